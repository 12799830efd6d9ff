package org.motcua.account;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How logins are guarded and how OpenID Connect identities map to local accounts.
 *
 * @param maxFailedLogins failed logins in a row before the account is locked
 * @param lockDuration how long a locked account stays locked
 * @param minPasswordLength the fewest characters a password may have
 * @param oidc the claims read from OpenID Connect tokens
 * @param bootstrap the first province administrator of a new production installation
 */
@Validated
@ConfigurationProperties("motcua.account")
public record AccountProperties(@Min(1) @DefaultValue("5") int maxFailedLogins,
		@NotNull @DefaultValue("PT15M") Duration lockDuration, @Min(8) @DefaultValue("10") int minPasswordLength,
		@Valid @NotNull @DefaultValue Oidc oidc, @NotNull @DefaultValue Bootstrap bootstrap) {

	/**
	 * The first province administrator, created at start when {@code username} and
	 * {@code password} are set (from the environment:
	 * {@code MOTCUA_ACCOUNT_BOOTSTRAP_USERNAME},
	 * {@code MOTCUA_ACCOUNT_BOOTSTRAP_PASSWORD}, {@code MOTCUA_ACCOUNT_BOOTSTRAP_AGENCY})
	 * and no province administrator exists yet; ignored afterwards.
	 *
	 * @param username the administrator's username
	 * @param password the initial password (change it after the first login)
	 * @param agency the agency code the administrator belongs to
	 * @param name the administrator's display name
	 */
	public record Bootstrap(String username, String password, @DefaultValue("000.00.00.H00") String agency,
			@DefaultValue("Quản trị hệ thống") String name) {

		boolean isRequested() {
			return this.username != null && !this.username.isBlank() && this.password != null
					&& !this.password.isBlank();
		}

	}

	/**
	 * The claims of OpenID Connect tokens that motcua reads.
	 *
	 * @param personalIdClaim the ID token claim holding a citizen's 12-digit personal ID
	 * (VNeID gives it; for Keycloak add a user-attribute mapper)
	 * @param nameClaim the claim holding the citizen's full name
	 * @param birthDateClaim the claim holding the birth date ({@code YYYY-MM-DD})
	 * @param usernameClaim the claim of an API bearer JWT naming the local staff account
	 */
	public record Oidc(@NotBlank @DefaultValue("personal_id") String personalIdClaim,
			@NotBlank @DefaultValue("name") String nameClaim,
			@NotBlank @DefaultValue("birthdate") String birthDateClaim,
			@NotBlank @DefaultValue("preferred_username") String usernameClaim) {
	}

}
