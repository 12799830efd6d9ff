package org.motcua.dossier;

import java.time.LocalDate;

import org.motcua.shared.AgencyCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-agency daily numbers of dossier codes, unique across threads and instances:
 * taking a number updates the agency's row for the day, which locks it until the taking
 * transaction ends; the row is created on first use in its own transaction (a concurrent
 * creator's duplicate is ignored). Because the row stays locked until the taking
 * transaction ends, a transaction that rolls back undoes its increment and the next
 * intake gets the same number: numbers of committed dossiers have no gaps and are never
 * reused. (Were the sequence ever moved out of the transaction, e.g. to a database
 * sequence, rolled-back intakes would leave gaps, never duplicates.)
 */
@Component
class CodeSequence {

	private final JdbcClient jdbc;

	private final TransactionTemplate separate;

	CodeSequence(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The next code of the agency on the day; the caller's transaction holds the row. */
	@Transactional(propagation = Propagation.MANDATORY)
	DossierCode next(AgencyCode agency, LocalDate day) {
		if (increment(agency, day) == 0) {
			create(agency, day);
			if (increment(agency, day) != 1) {
				throw new IllegalStateException("No code sequence for " + agency + " on " + day);
			}
		}
		int number = this.jdbc
			.sql("SELECT last_number FROM dossier_code_sequence WHERE agency_code = ? AND issued_on = ?")
			.params(agency.value(), day)
			.query(Integer.class)
			.single();
		if (number > DossierCode.MAX_NUMBER) {
			// the code has four digits for the day's number; the increment is undone with
			// the refused intake's transaction
			throw new DossierRefused("dossier.daily-numbers-used-up",
					"More than " + DossierCode.MAX_NUMBER + " dossiers at " + agency + " on " + day, agency.value(),
					DossierCode.MAX_NUMBER);
		}
		return new DossierCode(agency, day, number);
	}

	private int increment(AgencyCode agency, LocalDate day) {
		return this.jdbc.sql(
				"UPDATE dossier_code_sequence SET last_number = last_number + 1 WHERE agency_code = ? AND issued_on = ?")
			.params(agency.value(), day)
			.update();
	}

	private void create(AgencyCode agency, LocalDate day) {
		try {
			this.separate.executeWithoutResult(status -> this.jdbc
				.sql("INSERT INTO dossier_code_sequence (agency_code, issued_on, last_number) VALUES (?, ?, 0)")
				.params(agency.value(), day)
				.update());
		}
		catch (DuplicateKeyException ex) {
			// another transaction created the row first: it is there now
		}
	}

}
