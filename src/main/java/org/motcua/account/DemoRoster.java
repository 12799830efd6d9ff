package org.motcua.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.motcua.platform.DemoMode;
import org.motcua.shared.AgencyCode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo desks ("Quầy 1", "Quầy 2" of the commune Đông Sơn and of the provincial
 * service centre, "Quầy 1" of the commune Tây Sơn) and a roster for the current and the
 * next week: desk1, desk2 and desk3 on their agency's first desk, every shift from Monday
 * to Saturday. Only in demo mode; fills only what is missing, so it may run at every
 * start.
 */
@Component
@Order(21)
class DemoRoster implements ApplicationRunner {

	/** Which demo officer staffs which demo agency's first desk. */
	record Demo(String agency, List<String> desks, String officer) {
	}

	static final List<Demo> DESKS = List.of(new Demo("000.20.01.H99", List.of("Quầy 1", "Quầy 2"), "desk1"),
			new Demo("000.00.01.H99", List.of("Quầy 1", "Quầy 2"), "desk2"),
			new Demo("000.20.02.H99", List.of("Quầy 1"), "desk3"));

	private final DemoMode demo;

	private final Desks desks;

	private final Duties duties;

	private final Accounts accounts;

	private final Clock clock;

	DemoRoster(DemoMode demo, Desks desks, Duties duties, Accounts accounts, Clock clock) {
		this.demo = demo;
		this.desks = desks;
		this.duties = duties;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demo.isOn()) {
			return;
		}
		LocalDate monday = RosterRules.mondayOf(RosterRules.weekOf(LocalDate.now(this.clock))).orElseThrow();
		for (Demo d : DESKS) {
			AgencyCode agency = AgencyCode.of(d.agency());
			for (String name : d.desks()) {
				if (this.desks.findByName(agency, name).isEmpty()) {
					this.desks.insert(agency, name, this.clock.instant());
				}
			}
			long firstDesk = this.desks.findByName(agency, d.desks().get(0)).orElseThrow().id();
			this.accounts.findByUsername(d.officer()).ifPresent(officer -> {
				for (LocalDate week : List.of(monday, monday.plusWeeks(1))) {
					for (LocalDate day : RosterRules.workingDays(week)) {
						for (Shift shift : Shift.values()) {
							if (this.duties.find(firstDesk, day, shift).isEmpty()) {
								this.duties.assign(firstDesk, day, shift, officer.id(), this.clock.instant());
							}
						}
					}
				}
			});
		}
	}

}
