package org.motcua.account;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A production installation (no demo data) gets its first province administrator from the
 * configuration. Needs an empty database, so it runs on the embedded H2 only.
 */
@SpringBootTest(properties = { "motcua.demo=false", "motcua.account.bootstrap.username=root",
		"motcua.account.bootstrap.password=mat-khau-ban-dau", "motcua.account.bootstrap.agency=000.00.00.H01" })
class BootstrapAdministratorIntegrationTests {

	@Autowired
	StaffDirectory directory;

	@Autowired
	AccountLogin login;

	@Autowired
	PasswordEncoder passwords;

	@BeforeAll
	static void onlyOnAnEmptyDatabase() {
		assumeFalse("postgresql".equals(System.getProperty("motcua.test.database")),
				"the shared PostgreSQL test database is not empty");
	}

	@Test
	void createsTheFirstProvinceAdministratorWithoutDemoData() {
		StaffAccount root = this.directory.findByUsername("root").orElseThrow();
		assertThat(root.roles()).containsExactly(Role.PROVINCE_ADMIN);
		assertThat(this.passwords.matches("mat-khau-ban-dau", this.login.loadUserByUsername("root").getPassword()))
			.isTrue();
		assertThat(this.directory.findByUsername("admin")).isEmpty();
	}

}
