package org.motcua.dossier.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.motcua.dossier.Channel;
import org.motcua.dossier.IdType;
import org.motcua.dossier.PartyKind;

/** The request bodies of the dossier API (API.md). */
final class DossierRequests {

	private DossierRequests() {
	}

	/** {@code POST /api/v1/dossiers}. */
	record Intake(@NotBlank @Size(max = 50) String procedureCode, @Size(max = 35) String agencyCode,
			@NotNull Channel channel, @NotNull @Valid Party applicant, @Valid Party representative,
			@Valid List<@NotNull @Valid Paper> documents) {

	}

	/** An applicant or a representative. */
	record Party(@NotNull PartyKind kind, @NotNull IdType idType, @NotBlank @Size(max = 20) String idNumber,
			@NotBlank @Size(max = 300) String name, LocalDate birthDate, @Size(max = 30) String phone,
			@Size(max = 200) String email, @Size(max = 500) String address) {

	}

	/** A paper given for a required document: a stored upload or a warehouse item. */
	record Paper(@NotBlank @Size(max = 50) String requiredDocumentCode, @Size(max = 64) String documentId,
			@Size(max = 100) String warehouseItemId) {

	}

	/**
	 * The body of any action; each action reads its own fields ({@code assign} reads
	 * {@code toAccount}, absent for a claim, and {@code note}).
	 */
	record ActionJson(List<String> reasons, Integer toStep, String toAgencyCode, String toDepartment,
			@Size(max = 100) String toAccount, @Size(max = 4000) String note, List<String> missing,
			@Valid List<@Valid Paper> documents, BigDecimal amount, String reference, OffsetDateTime newDueAt,
			@Size(max = 2000) String reason, String resultDocumentId, Channel how, Integer score,
			@Size(max = 2000) String comment) {

	}

}
