package org.motcua.account;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

class AccountScopeTests {

	static final AgencyCode DONG_SON = AgencyCode.of("000.20.01.H99");

	static final AgencyCode TAY_SON = AgencyCode.of("000.20.02.H99");

	static Actor actor(Role role, AgencyCode agency) {
		return new Actor(1, "someone", "Someone", Set.of(role), agency, null, null);
	}

	@Test
	void agencyAdministratorManagesOwnAgencyOnly() {
		Actor admin = actor(Role.AGENCY_ADMIN, DONG_SON);
		assertThat(AccountScope.mayManage(admin, DONG_SON)).isTrue();
		assertThat(AccountScope.mayManage(admin, TAY_SON)).isFalse();
		assertThat(AccountScope.visibleAgency(admin)).isEqualTo(DONG_SON);
	}

	@Test
	void agencyAdministratorMayNotGrantProvinceRoles() {
		Actor admin = actor(Role.AGENCY_ADMIN, DONG_SON);
		assertThat(AccountScope.mayGrant(admin, DONG_SON, EnumSet.of(Role.DESK_OFFICER, Role.SPECIALIST))).isTrue();
		for (Role role : AccountScope.PROVINCE_ROLES) {
			assertThat(AccountScope.mayGrant(admin, DONG_SON, EnumSet.of(role))).as(role.name()).isFalse();
		}
		assertThat(AccountScope.mayGrant(admin, TAY_SON, EnumSet.of(Role.DESK_OFFICER))).isFalse();
		assertThat(AccountScope.grantable(admin)).doesNotContain(Role.PROVINCE_ADMIN, Role.CITIZEN);
	}

	@Test
	void provinceAdministratorManagesEveryAgencyButGrantsNoCitizenRole() {
		Actor admin = actor(Role.PROVINCE_ADMIN, AgencyCode.of("000.00.01.H99"));
		assertThat(AccountScope.visibleAgency(admin)).isNull();
		assertThat(AccountScope.mayGrant(admin, TAY_SON, EnumSet.of(Role.PROVINCE_ADMIN))).isTrue();
		assertThat(AccountScope.mayGrant(admin, TAY_SON, EnumSet.of(Role.CITIZEN))).isFalse();
	}

	@Test
	void otherRolesAdministerNothing() {
		Actor desk = actor(Role.DESK_OFFICER, DONG_SON);
		assertThat(AccountScope.isAdministrator(desk)).isFalse();
		assertThat(AccountScope.mayManage(desk, DONG_SON)).isFalse();
	}

}
