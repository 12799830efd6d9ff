package org.motcua.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Origin;
import org.motcua.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk duty roster: which desk officer staffs which desk of an agency on which date
 * and shift. Agency administrators (of that agency) and province administrators change
 * it; desk officers read their own agency's. Refuses Sundays, unknown desks, and officers
 * who are not enabled desk officers of the desk's agency.
 */
@Service
class Roster {

	private final Desks desks;

	private final Duties duties;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Roster(Desks desks, Duties duties, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
		this.desks = desks;
		this.duties = duties;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	static boolean mayView(Actor actor, AgencyCode agency) {
		return actor.has(Role.PROVINCE_ADMIN)
				|| ((actor.has(Role.AGENCY_ADMIN) || actor.has(Role.DESK_OFFICER)) && agency.equals(actor.agency()));
	}

	static boolean mayChange(Actor actor, AgencyCode agency) {
		return actor.has(Role.PROVINCE_ADMIN) || (actor.has(Role.AGENCY_ADMIN) && agency.equals(actor.agency()));
	}

	List<Desks.Desk> desksOf(Actor actor, AgencyCode agency) {
		if (!mayView(actor, agency)) {
			throw new AccessDeniedException("May not view this roster");
		}
		return this.desks.findByAgency(agency);
	}

	List<Duties.Duty> dutiesOf(Actor actor, AgencyCode agency, LocalDate from, LocalDate to) {
		if (!mayView(actor, agency)) {
			throw new AccessDeniedException("May not view this roster");
		}
		return this.duties.findBetween(agency, from, to);
	}

	@Transactional
	long addDesk(Actor actor, AgencyCode agency, String name) {
		if (!mayChange(actor, agency)) {
			throw new AccessDeniedException("May not change this roster");
		}
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw new RosterRefused("roster.refused.deskName");
		}
		if (this.desks.findByName(agency, name.strip()).isPresent()) {
			throw new RosterRefused("roster.refused.deskExists");
		}
		return this.desks.insert(agency, name.strip(), this.clock.instant());
	}

	@Transactional
	void assign(Actor actor, long deskId, LocalDate date, Shift shift, long accountId) {
		Desks.Desk desk = this.desks.findById(deskId).orElseThrow(() -> new RosterRefused("roster.refused.noDesk"));
		if (!mayChange(actor, desk.agency())) {
			throw new AccessDeniedException("May not change this roster");
		}
		if (!RosterRules.isDutyDay(date)) {
			throw new RosterRefused("roster.refused.sunday");
		}
		Accounts.Row officer = this.accounts.findById(accountId)
			.filter(row -> row.isStaff() && row.enabled() && row.actor().has(Role.DESK_OFFICER))
			.orElseThrow(() -> new RosterRefused("roster.refused.notDeskOfficer"));
		if (!desk.agency().equals(officer.actor().agency())) {
			throw new RosterRefused("roster.refused.otherAgency");
		}
		this.duties.assign(deskId, date, shift, accountId, this.clock.instant());
		this.events.publishEvent(new DutyAssigned(deskId, desk.name(), desk.agency(), date, shift, accountId,
				officer.actor().username(), Origin.current(this.clock)));
	}

	@Transactional
	void unassign(Actor actor, long deskId, LocalDate date, Shift shift) {
		Desks.Desk desk = this.desks.findById(deskId).orElseThrow(() -> new RosterRefused("roster.refused.noDesk"));
		if (!mayChange(actor, desk.agency())) {
			throw new AccessDeniedException("May not change this roster");
		}
		this.duties.find(deskId, date, shift).ifPresent(duty -> {
			this.duties.remove(deskId, date, shift);
			String username = this.accounts.findById(duty.accountId()).map(r -> r.actor().username()).orElse("?");
			this.events.publishEvent(new DutyRemoved(deskId, desk.name(), desk.agency(), date, shift, duty.accountId(),
					username, Origin.current(this.clock)));
		});
	}

}
