package org.motcua.organization;

import org.junit.jupiter.api.Test;
import org.motcua.shared.AgencyCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The unit and agency pages and the organisation API, through MVC with the demo accounts:
 * who may see and change what, the forms and their errors in both languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganizationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Organization organization;

	RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

	@Test
	void sendsVisitorsWithoutSessionToLogin() throws Exception {
		for (String page : new String[] { "/admin/units", "/admin/units/new", "/admin/agencies",
				"/admin/agencies/000.20.01.H99" }) {
			this.mvc.perform(get(page))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", endsWith("/login")));
		}
	}

	@Test
	void refusesUnitPagesToOtherThanProvinceAdministrators() throws Exception {
		this.mvc.perform(get("/admin/units").with(as("desk1"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/units").with(as("agencyadmin"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/agencies").with(as("desk1"))).andExpect(status().isForbidden());
	}

	@Test
	void showsTreeAsOfChosenDate() throws Exception {
		this.mvc.perform(get("/admin/units").param("asOf", "2025-06-30").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Huyện Đông Sơn")))
			.andExpect(content().string(containsString("Xã Đông Hòa")))
			.andExpect(content().string(containsString("Sáp nhập vào 99100")));
		this.mvc.perform(get("/admin/units").param("asOf", "2025-07-01").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Huyện Đông Sơn"))))
			.andExpect(content().string(containsString("Xã Tây Sơn")))
			.andExpect(content().string(containsString("Sáp nhập từ 99001")));
	}

	@Test
	void createsUnitAndRefusesReusedCodeNextToTheField() throws Exception {
		this.mvc
			.perform(post("/admin/units").with(as("admin"))
				.with(csrf())
				.param("code", "99200")
				.param("name", "Phường Mới")
				.param("level", "COMMUNE")
				.param("parent", "99")
				.param("validFrom", "2026-01-01"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.organization.findUnit(org.motcua.shared.UnitCode.of("99200"))).isPresent();
		this.mvc
			.perform(post("/admin/units").with(as("admin"))
				.with(csrf())
				.param("code", "99001")
				.param("name", "Xã Trùng")
				.param("level", "COMMUNE")
				.param("parent", "99")
				.param("validFrom", "2026-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã 99001 đã được dùng")));
	}

	@Test
	void importsUnitsAndReportsBadRows() throws Exception {
		String csv = "code,name,level,parent_code,valid_from,valid_to\n99300,Xã Nhập,COMMUNE,99,2026-01-01,\n"
				+ "99301,Xã Lỗi,COMMUNE,77,2026-01-01,\n";
		this.mvc
			.perform(multipart("/admin/units/import")
				.file(new MockMultipartFile("file", "units.csv", "text/csv", csv.getBytes("UTF-8")))
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không có đơn vị cấp trên mã 77")))
			.andExpect(content().string(containsString("Không nhập bản ghi nào")));
		assertThat(this.organization.findUnit(org.motcua.shared.UnitCode.of("99300"))).isEmpty();
	}

	@Test
	void letsAgencyAdministratorChangeOwnDepartments() throws Exception {
		this.mvc
			.perform(post("/admin/agencies/000.20.01.H99/departments").with(as("agencyadmin"))
				.with(csrf())
				.param("departmentCode", "TPT")
				.param("departmentName", "Tổ phản ánh kiến nghị"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/agencies/000.20.01.H99"));
		this.mvc
			.perform(post("/admin/agencies/000.20.01.H99/departments/TPT").with(as("agencyadmin"))
				.with(csrf())
				.param("name", "Tổ tiếp nhận phản ánh"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.organization.departmentsOf(AgencyCode.of("000.20.01.H99")))
			.contains(new Department(AgencyCode.of("000.20.01.H99"), "TPT", "Tổ tiếp nhận phản ánh"));
		this.mvc.perform(get("/admin/agencies/000.20.01.H99").with(as("agencyadmin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tổ tiếp nhận phản ánh")));
	}

	@Test
	void refusesAgencyAdministratorChangingAnotherAgency() throws Exception {
		this.mvc
			.perform(post("/admin/agencies/000.20.02.H99/departments").with(as("agencyadmin"))
				.with(csrf())
				.param("departmentCode", "XX")
				.param("departmentName", "Phòng lạ"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/agencies/000.20.02.H99").with(as("agencyadmin"))
				.with(csrf())
				.param("name", "UBND xã Khác"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/agencies/000.20.02.H99/departments/VP").with(as("agencyadmin"))
				.with(csrf())
				.param("name", "Đổi tên"))
			.andExpect(status().isForbidden());
		assertThat(this.organization.findAgency(AgencyCode.of("000.20.02.H99")).orElseThrow().name())
			.isEqualTo("UBND xã Tây Sơn");
		assertThat(this.organization.departmentsOf(AgencyCode.of("000.20.02.H99"))).extracting(Department::code)
			.doesNotContain("XX");
	}

	@Test
	void refusesAgencyAdministratorCreatingAgency() throws Exception {
		this.mvc.perform(get("/admin/agencies/new").with(as("agencyadmin"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/agencies").with(as("agencyadmin"))
				.with(csrf())
				.param("code", "000.20.91.H99")
				.param("name", "UBND xã Lạ")
				.param("level", "COMMUNE")
				.param("unit", "99100")
				.param("validFrom", "2025-07-01"))
			.andExpect(status().isForbidden());
		assertThat(this.organization.findAgency(AgencyCode.of("000.20.91.H99"))).isEmpty();
		this.mvc.perform(get("/admin/agencies").with(as("agencyadmin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("000.20.02.H99")));
	}

	@Test
	void provinceAdministratorCreatesAgencyThroughTheForm() throws Exception {
		this.mvc
			.perform(post("/admin/agencies").with(as("admin"))
				.with(csrf())
				.param("code", "000.20.90.H99")
				.param("name", "Trung tâm Phục vụ hành chính công xã Đông Sơn")
				.param("level", "COMMUNE")
				.param("unit", "99100")
				.param("validFrom", "2025-07-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/agencies/000.20.90.H99"));
		this.mvc.perform(get("/admin/agencies").param("level", "COMMUNE").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("000.20.90.H99")))
			.andExpect(content().string(containsString("Trung tâm Phục vụ hành chính công xã Đông Sơn")));
	}

	@Test
	void showsValidationErrorsInVietnameseThenEnglish() throws Exception {
		this.mvc
			.perform(post("/admin/agencies").with(as("admin"))
				.with(csrf())
				.param("code", "bad code")
				.param("name", "")
				.param("unit", "99100")
				.param("validFrom", "2025-07-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trường này là bắt buộc.")))
			.andExpect(content().string(containsString("Mã định danh “bad code” không hợp lệ")));
		this.mvc
			.perform(post("/admin/agencies").param("lang", "en")
				.with(as("admin"))
				.with(csrf())
				.param("code", "000.20.92.H99")
				.param("name", "")
				.param("level", "DISTRICT")
				.param("unit", "99100")
				.param("validFrom", "2025-07-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This field is required.")));
		this.mvc
			.perform(post("/admin/agencies").param("lang", "en")
				.with(as("admin"))
				.with(csrf())
				.param("code", "000.20.92.H99")
				.param("name", "Wrong level")
				.param("level", "DISTRICT")
				.param("unit", "99100")
				.param("validFrom", "2025-07-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The agency must have the level of unit 99100")));
	}

	@Test
	void answersApiWithAgenciesAndUnitsForBearer() throws Exception {
		this.mvc
			.perform(get("/api/v1/agencies").param("asOf", "2025-07-01")
				.param("level", "PROVINCE")
				.header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", hasItem("000.00.02.H99")))
			.andExpect(jsonPath("$.items[0].unitCode").value("99"))
			.andExpect(jsonPath("$.items[0].level").value("PROVINCE"))
			.andExpect(jsonPath("$.items[0].validFrom").value("1991-01-01"))
			.andExpect(jsonPath("$.total").isNumber());
		this.mvc
			.perform(get("/api/v1/agencies").param("asOf", "2025-06-30")
				.param("level", "DISTRICT")
				.header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", hasItem("000.00.10.H99")))
			.andExpect(jsonPath("$.items[0].validTo").value("2025-07-01"));
		this.mvc
			.perform(get("/api/v1/units").param("asOf", "2025-07-01")
				.param("level", "COMMUNE")
				.header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", hasItem("99100")))
			.andExpect(jsonPath("$.items[*].code", not(hasItem("99001"))));
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/agencies")))
			.andExpect(content().string(containsString("/api/v1/units")));
		this.mvc.perform(get("/api/v1/agencies"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("auth.unauthenticated"));
		this.mvc.perform(get("/api/v1/agencies").param("level", "VILLAGE").header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void rendersEveryAdministrationPage() throws Exception {
		for (String page : new String[] { "/admin/units", "/admin/units/new", "/admin/units/merge",
				"/admin/units/import", "/admin/agencies", "/admin/agencies/new", "/admin/agencies/import",
				"/admin/agencies/000.00.02.H99" }) {
			this.mvc.perform(get(page).with(as("admin"))).andExpect(status().isOk());
			this.mvc.perform(get(page).param("lang", "en").with(as("admin"))).andExpect(status().isOk());
		}
	}

	@Test
	void mergesUnitsThroughTheFormAndKeepsSuccessorMap() throws Exception {
		String csv = "code,name,level,parent_code,valid_from,valid_to\n99400,Xã Bắc,COMMUNE,99,2026-01-01,\n"
				+ "99401,Xã Nam,COMMUNE,99,2026-01-01,\n";
		this.mvc
			.perform(multipart("/admin/units/import")
				.file(new MockMultipartFile("file", "units.csv", "text/csv", csv.getBytes("UTF-8")))
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã nhập 2 bản ghi")));
		this.mvc
			.perform(post("/admin/units/merge").with(as("admin"))
				.with(csrf())
				.param("predecessors", "99400, 99401")
				.param("code", "99402")
				.param("name", "Xã Bắc Nam")
				.param("level", "COMMUNE")
				.param("parent", "99")
				.param("validFrom", "2026-06-01"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.organization.successorOf(org.motcua.shared.UnitCode.of("99400")))
			.contains(org.motcua.shared.UnitCode.of("99402"));
		assertThat(
				this.organization.findUnit(org.motcua.shared.UnitCode.of("99401"), java.time.LocalDate.of(2026, 6, 1)))
			.isEmpty();

		this.mvc.perform(post("/admin/units/991/successor").with(as("admin")).with(csrf()).param("successor", "99101"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.organization.successorOf(org.motcua.shared.UnitCode.of("991")))
			.contains(org.motcua.shared.UnitCode.of("99101"));
	}

}
