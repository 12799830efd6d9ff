package org.motcua.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.motcua.platform.DemoMode;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.PersonalId;
import org.motcua.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo province's accounts, created on the first start in demo mode: a staff account
 * for every role in several agencies, and a citizen, all with the password
 * {@value #PASSWORD} and each staff account with the fixed API key
 * {@code demo-<username>}. Outside demo mode the demo keys are revoked at start, so they
 * never work there.
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "motcua2026";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	record Demo(String username, String name, String agency, String department, Set<Role> roles) {
	}

	static final List<Demo> STAFF = List.of(
			new Demo("admin", "Nguyễn Văn Quản", "000.00.01.H99", null, EnumSet.of(Role.PROVINCE_ADMIN)),
			new Demo("agencyadmin", "Trần Thị Hạnh", "000.20.01.H99", "VP", EnumSet.of(Role.AGENCY_ADMIN)),
			new Demo("desk1", "Lê Thị Thu", "000.20.01.H99", "VP", EnumSet.of(Role.DESK_OFFICER)),
			new Demo("desk2", "Phạm Minh Tuấn", "000.00.01.H99", null, EnumSet.of(Role.DESK_OFFICER)),
			new Demo("desk3", "Võ Thị Lan", "000.20.02.H99", "VP", EnumSet.of(Role.DESK_OFFICER)),
			new Demo("specialist1", "Hoàng Văn Nam", "000.20.01.H99", "VHXH", EnumSet.of(Role.SPECIALIST)),
			new Demo("head1", "Đặng Thị Mai", "000.20.01.H99", "VHXH", EnumSet.of(Role.DEPARTMENT_HEAD)),
			new Demo("approver1", "Bùi Quang Huy", "000.20.01.H99", null, EnumSet.of(Role.APPROVER)),
			new Demo("specialist2", "Ngô Thị Hồng", "000.00.02.H99", "HCTP", EnumSet.of(Role.SPECIALIST)),
			new Demo("approver2", "Đỗ Văn Thành", "000.00.02.H99", null, EnumSet.of(Role.APPROVER)),
			new Demo("leader1", "Trịnh Xuân Bình", "000.00.00.H99", null, EnumSet.of(Role.LEADER)),
			new Demo("stats1", "Lý Thị Ngọc", "000.00.00.H99", null, EnumSet.of(Role.STATISTICS_VIEWER)),
			new Demo("auditor1", "Phan Đức Long", "000.00.00.H99", null, EnumSet.of(Role.AUDITOR)));

	private final DemoMode demo;

	private final Accounts accounts;

	private final ApiKeys keys;

	private final PasswordEncoder passwords;

	private final java.time.Clock clock;

	DemoAccounts(DemoMode demo, Accounts accounts, ApiKeys keys, PasswordEncoder passwords, java.time.Clock clock) {
		this.demo = demo;
		this.accounts = accounts;
		this.keys = keys;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demo.isOn()) {
			if (this.keys.hasDemoKeys()) {
				this.keys.revokeDemoKeys();
				log.warn("Not in demo mode: the demo API keys were revoked");
			}
			return;
		}
		if (this.accounts.existsByUsername("admin")) {
			return;
		}
		String hash = this.passwords.encode(PASSWORD);
		for (Demo d : STAFF) {
			long id = this.accounts.insert(d.username(), hash, d.name(), "STAFF", AgencyCode.of(d.agency()),
					d.department(), null, d.username() + "@demo.motcua.vn", null, d.roles(), this.clock.instant());
			this.keys.storeDemoKey(id, "demo-" + d.username());
		}
		this.accounts.insert("citizen1", hash, "Nguyễn Thị Hoa", "CITIZEN", null, null, PersonalId.of("034099001234"),
				"citizen1@demo.motcua.vn", "0912345678", EnumSet.of(Role.CITIZEN), this.clock.instant());
		log.info("Demo accounts created ({} staff and one citizen, password '{}')", STAFF.size(), PASSWORD);
	}

}
