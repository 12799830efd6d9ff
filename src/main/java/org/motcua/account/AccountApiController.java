package org.motcua.account;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.motcua.platform.Problems;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.Role;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff accounts over the HTTP API, for administrators: province administrators see every
 * account, agency administrators those of their agency; an account outside the caller's
 * scope is a 404.
 */
@RestController
@RequestMapping("/api/v1/accounts")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','AGENCY_ADMIN')")
@Tag(name = "Accounts", description = "Staff accounts and their API keys (administrators)")
@SecurityRequirement(name = "bearer")
class AccountApiController {

	private final AccountAdministration administration;

	private final Problems problems;

	private final Clock clock;

	AccountApiController(AccountAdministration administration, Problems problems, Clock clock) {
		this.administration = administration;
		this.problems = problems;
		this.clock = clock;
	}

	/** An account as the API shows it. */
	record AccountView(long id, String username, String displayName, String kind, String agency, String department,
			Set<Role> roles, boolean enabled, boolean locked, String email, String phone) {
	}

	/** A page of accounts. */
	record AccountPage(List<AccountView> items, long total) {
	}

	/** The body of a key request. */
	record KeyRequest(String label) {
	}

	/** A key just issued: the key itself is shown only in this answer. */
	record IssuedKey(long id, String key, String prefix) {
	}

	@GetMapping
	@Operation(summary = "List the accounts the caller administers",
			description = "Paged: size at most 500 (larger values are capped). Province administrators see all "
					+ "accounts, agency administrators those of their own agency.")
	AccountPage list(@Parameter(description = "page number from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "page size, at most 500") @RequestParam(defaultValue = "20") int size) {
		AccountAdministration.Page found = this.administration.list(AccountAdminController.actor(), page, size);
		return new AccountPage(found.items().stream().map(this::view).toList(), found.total());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account", responses = { @ApiResponse(responseCode = "200"),
			@ApiResponse(responseCode = "404", description = "unknown, or outside the caller's scope") })
	AccountView find(@PathVariable long id) {
		return view(this.administration.find(AccountAdminController.actor(), id));
	}

	@PostMapping("/{id}/api-keys")
	@Operation(summary = "Issue an API key to a staff account",
			description = "Answers the key once; only its hash is stored.",
			responses = { @ApiResponse(responseCode = "201"), @ApiResponse(responseCode = "404") })
	ResponseEntity<IssuedKey> issueKey(@PathVariable long id, @RequestBody(required = false) KeyRequest body) {
		ApiKeys.Issued issued = this.administration.issueKey(AccountAdminController.actor(), id,
				body == null ? null : body.label());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new IssuedKey(issued.id(), issued.key(), issued.prefix()));
	}

	@DeleteMapping("/{id}/api-keys/{keyId}")
	@Operation(summary = "Revoke an API key", responses = { @ApiResponse(responseCode = "204"),
			@ApiResponse(responseCode = "404", description = "no such unrevoked key of a visible account") })
	ResponseEntity<Void> revokeKey(@PathVariable long id, @PathVariable long keyId) {
		if (!this.administration.revokeKey(AccountAdminController.actor(), id, keyId)) {
			throw RequestRefused.notFound("account.key-not-found");
		}
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notVisible(AccountNotVisible ex) {
		ProblemDetail problem = this.problems.problem(HttpStatus.NOT_FOUND, "account.not-found",
				LocaleContextHolder.getLocale());
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private AccountView view(Accounts.Row row) {
		return new AccountView(row.id(), row.actor().username(), row.actor().displayName(), row.kind(),
				row.actor().agency() == null ? null : row.actor().agency().value(), row.actor().department(),
				row.actor().roles(), row.enabled(), row.isLockedAt(this.clock.instant()), row.email(), row.phone());
	}

}
