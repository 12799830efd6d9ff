package org.motcua.account;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.motcua.shared.AgencyCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The desk duty roster page and its rules. */
@SpringBootTest
@AutoConfigureMockMvc
class RosterWebTests {

	static final AgencyCode DONG_SON = AgencyCode.of("000.20.01.H99");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	StaffDirectory directory;

	@Autowired
	Desks desks;

	@Autowired
	Clock clock;

	LocalDate thisMonday() {
		return LocalDate.now(this.clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	@Test
	void demoRosterPutsDeskOfficersOnDutyThisWeekAndNext() {
		LocalDate monday = thisMonday();
		for (LocalDate day : new LocalDate[] { monday, monday.plusDays(5), monday.plusWeeks(1) }) {
			assertThat(this.directory.whoIsOnDuty(DONG_SON, day, Shift.MORNING))
				.extracting(duty -> duty.officer().username())
				.contains("desk1");
			assertThat(this.directory.whoIsOnDuty(AgencyCode.of("000.00.01.H99"), day, Shift.AFTERNOON))
				.extracting(duty -> duty.officer().username())
				.contains("desk2");
		}
		assertThat(this.directory.whoIsOnDuty(DONG_SON, monday.plusDays(6), Shift.MORNING)).isEmpty();
		assertThat(this.desks.findByAgency(DONG_SON)).extracting(Desks.Desk::name).contains("Quầy 1", "Quầy 2");
	}

	@Test
	void showsWeekGridToAgencyAdministratorAndDeskOfficerReadOnly() throws Exception {
		String week = RosterRules.weekOf(thisMonday());
		this.mvc.perform(get("/admin/roster?week=" + week).with(user(this.users.loadUserByUsername("agencyadmin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quầy 2")))
			.andExpect(content().string(containsString("(desk1)")))
			.andExpect(content().string(containsString("/admin/roster/assign")));
		this.mvc.perform(get("/admin/roster?week=" + week).with(user(this.users.loadUserByUsername("desk1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("(desk1)")))
			.andExpect(content().string(not(containsString("/admin/roster/assign"))));
		this.mvc
			.perform(get("/admin/roster?week=" + week + "&agency=000.20.02.H99")
				.with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(content().string(containsString("(desk3)")));
		this.mvc.perform(get("/admin/roster").with(user(this.users.loadUserByUsername("specialist1"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void assignsAndUnassignsWithinOwnAgencyRefusingSundayAndOtherAgencysOfficer() throws Exception {
		var agencyAdmin = user(this.users.loadUserByUsername("agencyadmin"));
		long desk2 = this.desks.findByName(DONG_SON, "Quầy 2").orElseThrow().id();
		LocalDate saturday = thisMonday().plusWeeks(3).plusDays(5);
		long desk1Officer = this.directory.findByUsername("desk1").orElseThrow().id();
		long desk3Officer = this.directory.findByUsername("desk3").orElseThrow().id();

		this.mvc
			.perform(post("/admin/roster/assign").with(agencyAdmin)
				.with(csrf())
				.param("desk", String.valueOf(desk2))
				.param("date", saturday.toString())
				.param("shift", "AFTERNOON")
				.param("officer", String.valueOf(desk1Officer)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã phân công."));
		assertThat(this.directory.whoIsOnDuty(DONG_SON, saturday, Shift.AFTERNOON))
			.extracting(OnDuty::desk, duty -> duty.officer().username())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Quầy 2", "desk1"));

		this.mvc
			.perform(post("/admin/roster/assign").with(agencyAdmin)
				.with(csrf())
				.param("desk", String.valueOf(desk2))
				.param("date", saturday.plusDays(1).toString())
				.param("shift", "MORNING")
				.param("officer", String.valueOf(desk1Officer)))
			.andExpect(flash().attribute("error", containsString("Chủ nhật")));
		this.mvc
			.perform(post("/admin/roster/assign").with(agencyAdmin)
				.with(csrf())
				.param("desk", String.valueOf(desk2))
				.param("date", saturday.toString())
				.param("shift", "MORNING")
				.param("officer", String.valueOf(desk3Officer)))
			.andExpect(flash().attribute("error", containsString("cơ quan khác")));
		assertThat(this.directory.whoIsOnDuty(DONG_SON, saturday, Shift.MORNING)).noneMatch(d -> d.deskId() == desk2);

		this.mvc
			.perform(post("/admin/roster/remove").with(agencyAdmin)
				.with(csrf())
				.param("desk", String.valueOf(desk2))
				.param("date", saturday.toString())
				.param("shift", "AFTERNOON"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.directory.whoIsOnDuty(DONG_SON, saturday, Shift.AFTERNOON)).isEmpty();
	}

	@Test
	void refusesRosterChangesToDeskOfficersAndOtherAgencies() throws Exception {
		long desk2 = this.desks.findByName(DONG_SON, "Quầy 2").orElseThrow().id();
		long desk1Officer = this.directory.findByUsername("desk1").orElseThrow().id();
		LocalDate monday = thisMonday().plusWeeks(4);
		this.mvc
			.perform(post("/admin/roster/assign").with(user(this.users.loadUserByUsername("desk1")))
				.with(csrf())
				.param("desk", String.valueOf(desk2))
				.param("date", monday.toString())
				.param("shift", "MORNING")
				.param("officer", String.valueOf(desk1Officer)))
			.andExpect(status().isForbidden());
		long tayDesk = this.desks.findByName(AgencyCode.of("000.20.02.H99"), "Quầy 1").orElseThrow().id();
		this.mvc
			.perform(post("/admin/roster/remove").with(user(this.users.loadUserByUsername("agencyadmin")))
				.with(csrf())
				.param("desk", String.valueOf(tayDesk))
				.param("date", thisMonday().toString())
				.param("shift", "MORNING"))
			.andExpect(status().isForbidden());
		assertThat(this.directory.whoIsOnDuty(AgencyCode.of("000.20.02.H99"), thisMonday(), Shift.MORNING))
			.isNotEmpty();
	}

}
