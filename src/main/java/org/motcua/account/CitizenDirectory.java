package org.motcua.account;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Citizen accounts as other modules read them (the portal pre-fills its forms). */
@Service
public class CitizenDirectory {

	private final Accounts accounts;

	CitizenDirectory(Accounts accounts) {
		this.accounts = accounts;
	}

	/** The citizen account {@code accountId}; empty for an unknown or a staff account. */
	@Transactional(readOnly = true)
	public Optional<CitizenProfile> find(long accountId) {
		return this.accounts.findById(accountId)
			.filter(row -> row.actor().personalId() != null && "CITIZEN".equals(row.kind()))
			.map(row -> new CitizenProfile(row.actor().accountId(), row.actor().personalId(), row.actor().displayName(),
					row.birthDate(), row.email(), row.phone()));
	}

}
