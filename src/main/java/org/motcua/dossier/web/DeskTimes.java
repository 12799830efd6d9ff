package org.motcua.dossier.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants as the desk pages show them: in the province's zone, to the minute. */
record DeskTimes(ZoneId zone) {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** {@code 09:32 03/11/2023}, or empty for {@code null}. */
	public String minute(Instant at) {
		return at == null ? "" : MINUTE.format(at.atZone(this.zone));
	}

	/** {@code 03/11/2023}, or empty for {@code null}. */
	public String day(Instant at) {
		return at == null ? "" : DAY.format(at.atZone(this.zone));
	}

}
