package org.motcua.account;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.motcua.shared.AgencyCode;

import org.springframework.stereotype.Service;

/**
 * The staff of the province, for other modules: who an account is, who works at an
 * agency, who staffs its desks. Answers records, never passwords or keys; citizen
 * accounts are not staff and are never answered.
 */
@Service
public class StaffDirectory {

	private final Accounts accounts;

	private final Desks desks;

	private final Duties duties;

	StaffDirectory(Accounts accounts, Desks desks, Duties duties) {
		this.accounts = accounts;
		this.desks = desks;
		this.duties = duties;
	}

	/** The staff account with this identifier, if there is one. */
	public Optional<StaffAccount> findAccount(long id) {
		return this.accounts.findById(id).filter(Accounts.Row::isStaff).map(StaffDirectory::staff);
	}

	/** The staff account with this username, if there is one. */
	public Optional<StaffAccount> findByUsername(String username) {
		return this.accounts.findByUsername(username).filter(Accounts.Row::isStaff).map(StaffDirectory::staff);
	}

	/** Every staff account of an agency, enabled or not, ordered by username. */
	public List<StaffAccount> staffOf(AgencyCode agency) {
		return this.accounts.findAll(agency)
			.stream()
			.filter(Accounts.Row::isStaff)
			.map(StaffDirectory::staff)
			.sorted(java.util.Comparator.comparing(StaffAccount::username))
			.toList();
	}

	/**
	 * The desk officers on duty at an agency's desks on a date and shift, one per staffed
	 * desk, ordered by desk name; empty on Sundays and where nobody is rostered.
	 */
	public List<OnDuty> whoIsOnDuty(AgencyCode agency, LocalDate date, Shift shift) {
		List<Desks.Desk> agencyDesks = this.desks.findByAgency(agency);
		return this.duties.findBetween(agency, date, date)
			.stream()
			.filter(duty -> duty.shift() == shift)
			.flatMap(duty -> agencyDesks.stream()
				.filter(desk -> desk.id() == duty.deskId())
				.findFirst()
				.flatMap(desk -> findAccount(duty.accountId())
					.map(officer -> new OnDuty(desk.id(), desk.name(), officer)))
				.stream())
			.sorted(java.util.Comparator.comparing(OnDuty::desk))
			.toList();
	}

	static StaffAccount staff(Accounts.Row row) {
		return new StaffAccount(row.id(), row.actor().username(), row.actor().displayName(), row.actor().agency(),
				row.actor().department(), row.actor().roles(), row.enabled(), row.email(), row.phone());
	}

}
