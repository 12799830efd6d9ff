package org.motcua.dossier.web;

import java.time.LocalDate;

import org.motcua.dossier.DossierStatus;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The staff search: code, applicant name or ID number ({@code q}), procedure code,
 * status, and the period the dossier was received in (both dates inclusive).
 */
record SearchForm(String q, String procedure, DossierStatus status,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer page) {

	int pageOrFirst() {
		return this.page == null || this.page < 0 ? 0 : this.page;
	}

}
