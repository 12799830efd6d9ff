package org.motcua.catalog.web;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Fixtures;
import org.motcua.catalog.administration.CatalogTransfer;
import org.motcua.catalog.transfer.CatalogFile;
import org.motcua.catalog.transfer.CatalogJson;

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
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalog API exactly as API.md says, and the catalog pages with the demo accounts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	CatalogTransfer transfer;

	String code;

	RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

	@BeforeEach
	void publishOne() {
		this.code = Fixtures.code();
		assertThat(this.transfer
			.importCatalog(Fixtures.file(Fixtures.entry(this.code, "Cấp giấy phép kinh doanh Đặc thù")), "test", null)
			.errors()).isEmpty();
	}

	@Test
	void listsPublishedProceduresWithTheFieldsOfApiMd() throws Exception {
		this.mvc.perform(get("/api/v1/procedures").param("q", "giay phep kinh doanh dac thu"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.items[?(@.code == '" + this.code + "')].name")
				.value("Cấp giấy phép kinh doanh Đặc thù"))
			.andExpect(jsonPath("$.items[?(@.code == '" + this.code + "')].field").value("Hộ tịch"))
			.andExpect(jsonPath("$.items[?(@.code == '" + this.code + "')].fieldCode").value("HT"))
			.andExpect(jsonPath("$.items[?(@.code == '" + this.code + "')].levels[0]").value("COMMUNE"))
			.andExpect(jsonPath("$.items[?(@.code == '" + this.code + "')].onlineLevel").value("FULL"))
			.andExpect(jsonPath("$.items[?(@.code == '" + this.code + "')].timeLimit.amount").value(1))
			.andExpect(jsonPath("$.items[?(@.code == '" + this.code + "')].timeLimit.unit").value("WORKING_DAYS"));
		this.mvc.perform(get("/api/v1/procedures").param("q", "GIẤY PHÉP KINH DOANH đặc").param("level", "COMMUNE"))
			.andExpect(jsonPath("$.items[*].code").value(org.hamcrest.Matchers.hasItem(this.code)));
		this.mvc.perform(get("/api/v1/procedures").param("q", "kinh doanh dac thu").param("level", "PROVINCE"))
			.andExpect(jsonPath("$.items[*].code").value(not(org.hamcrest.Matchers.hasItem(this.code))));
	}

	@Test
	void capsThePageSizeAt500() throws Exception {
		this.mvc.perform(get("/api/v1/procedures").param("size", "100000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(org.hamcrest.Matchers.lessThanOrEqualTo(500)))
			.andExpect(jsonPath("$", hasKey("total")));
		this.mvc.perform(get("/api/v1/procedures").param("size", "1")).andExpect(jsonPath("$.items.length()").value(1));
	}

	@Test
	void answersOneProcedureInFull() throws Exception {
		this.mvc.perform(get("/api/v1/procedures/" + this.code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(this.code))
			.andExpect(jsonPath("$.field").value("Hộ tịch"))
			.andExpect(jsonPath("$.levels[0]").value("COMMUNE"))
			.andExpect(jsonPath("$.agencies[0]").value("000.20.01.H99"))
			.andExpect(jsonPath("$.legalBasis").value("Luật Hộ tịch số 60/2014/QH13"))
			.andExpect(jsonPath("$.timeLimit.amount").value(1))
			.andExpect(jsonPath("$.timeLimit.unit").value("WORKING_DAYS"))
			.andExpect(jsonPath("$.onlineLevel").value("FULL"))
			.andExpect(jsonPath("$.crossBoundary").value(true))
			.andExpect(jsonPath("$.fees[0].name").value("Lệ phí"))
			.andExpect(jsonPath("$.fees[0].amount").value(8000))
			.andExpect(jsonPath("$.requiredDocuments[0].code").value("TK"))
			.andExpect(jsonPath("$.requiredDocuments[0].name").value("Tờ khai"))
			.andExpect(jsonPath("$.requiredDocuments[0].mandatory").value(true))
			.andExpect(jsonPath("$.requiredDocuments[0].copies").value(1))
			.andExpect(jsonPath("$.requiredDocuments[0].acceptsReuseOf[0]").value("CCCD"))
			.andExpect(jsonPath("$.resultTypes[0].code").value("GKS"))
			.andExpect(jsonPath("$.resultTypes[0].name").value("Giấy khai sinh"))
			.andExpect(jsonPath("$.resultTypes[0].paperResult").value(true))
			.andExpect(jsonPath("$.processingPlan.steps.length()").value(3))
			.andExpect(jsonPath("$.processingPlan.steps[1].name").value("Thẩm định"))
			.andExpect(jsonPath("$.processingPlan.steps[1].role").value("SPECIALIST"))
			.andExpect(jsonPath("$.processingPlan.steps[1].hours").value(5))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void answersUnknownCodeWithNotFoundProblem() throws Exception {
		for (String unknown : new String[] { "9.999999", "not-a-code" }) {
			this.mvc.perform(get("/api/v1/procedures/" + unknown))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("catalog.not-found"))
				.andExpect(jsonPath("$.title").value("Không tìm thấy thủ tục"));
		}
	}

	@Test
	void answersBadLevelWithProblemNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/v1/procedures").param("level", "FOO"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("request.invalid"))
			.andExpect(jsonPath("$.errors[0].field").value("level"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("FOO")));
		this.mvc.perform(get("/api/v1/procedures").param("online", "SOMETIMES").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("online"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("not allowed")));
	}

	@Test
	void servesTheFormTemplateWithItsMediaType() throws Exception {
		String withTemplate = Fixtures.code();
		CatalogFile.Entry e = Fixtures.entry(withTemplate, "Thủ tục có mẫu đơn");
		CatalogFile.Entry entry = new CatalogFile.Entry(e.code(), e.name(), e.field(), e.levels(), e.agencies(),
				e.legalBasis(), e.timeLimit(), e.onlineLevel(), e.crossBoundary(), e.fees(),
				java.util.List.of(new CatalogFile.DocumentEntry("TKKS", "Tờ khai", true, 1, true,
						new CatalogFile.TemplateEntry("forms/to-khai-test.pdf", null, "to-khai.pdf", "application/pdf"),
						java.util.List.of())),
				e.resultTypes(), e.processingPlan(), null);
		assertThat(this.transfer.importCatalog(Fixtures.file(entry), "test", "catalog/").errors()).isEmpty();
		byte[] pdf = this.mvc.perform(get("/api/v1/procedures/" + withTemplate + "/documents/TKKS/template"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("to-khai.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("%PDF");
		this.mvc.perform(get("/api/v1/procedures/" + this.code + "/documents/TK/template"))
			.andExpect(status().isNotFound());
	}

	@Test
	void importsThroughTheApiOnlyForProvinceAdministrators() throws Exception {
		String fresh = Fixtures.code();
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		CatalogJson.write(Fixtures.file(Fixtures.entry(fresh, "Thủ tục nhập qua API")), json);
		this.mvc
			.perform(post("/api/v1/catalog/import").header("Authorization", "Bearer demo-desk1")
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.toByteArray()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/catalog/import").header("Authorization", "Bearer demo-admin")
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.toByteArray()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.published").value(1));
		this.mvc.perform(get("/api/v1/procedures/" + fresh)).andExpect(status().isOk());
	}

	@Test
	void refusesABadImportWithAnErrorPerRowInTheCallersLanguage() throws Exception {
		String good = Fixtures.code();
		CatalogFile bad = Fixtures.file(Fixtures.entry(good, "Thủ tục tốt"),
				Fixtures.withSteps(Fixtures.entry("1.23", "Mã sai"), java.util.List.of()));
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		CatalogJson.write(bad, json);
		this.mvc
			.perform(multipart("/api/v1/catalog/import")
				.file(new MockMultipartFile("file", "catalog.json", "application/json", json.toByteArray()))
				.header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("catalog.import-refused"))
			.andExpect(jsonPath("$.errors[0].index").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("procedures[1].code"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("không đúng dạng")));
		this.mvc.perform(get("/api/v1/procedures/" + good)).andExpect(status().isNotFound());
	}

	@Test
	void exportsJsonAndExcel() throws Exception {
		this.mvc.perform(get("/api/v1/catalog/export").header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"format\" : \"motcua-catalog/1\"")))
			.andExpect(content().string(containsString(this.code)));
		this.mvc
			.perform(get("/api/v1/catalog/export").param("format", "xlsx").header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(CatalogTransfer.Format.XLSX.mediaType));
	}

	@Test
	void showsThePublicPagesWithoutLogin() throws Exception {
		this.mvc.perform(get("/procedures").param("q", "giay phep kinh doanh dac thu"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cấp giấy phép kinh doanh Đặc thù")));
		this.mvc.perform(get("/procedures").param("q", "kinh doanh dac thu").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cấp giấy phép kinh doanh Đặc thù")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get("/procedures/" + this.code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tờ khai")))
			.andExpect(content().string(containsString("Thẩm định")))
			.andExpect(content().string(containsString("8.000 ₫")));
	}

	@Test
	void refusesAdministrationPagesToAnonymousAndDeskOfficers() throws Exception {
		this.mvc.perform(get("/admin/procedures"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", endsWith("/login")));
		this.mvc.perform(get("/admin/procedures").with(as("desk1"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/procedures/" + this.code).with(as("agencyadmin"))).andExpect(status().isOk());
		this.mvc.perform(post("/admin/procedures/" + this.code + "/withdraw").with(as("agencyadmin")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void administratorCreatesEditsPublishesAndWithdraws() throws Exception {
		String fresh = Fixtures.code();
		this.mvc.perform(get("/admin/procedures/new").with(as("admin"))).andExpect(status().isOk());
		this.mvc
			.perform(post("/admin/procedures").with(as("admin")).with(csrf()).params(form(fresh, "Thủ tục mới", "2")))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", endsWith("/admin/procedures/" + fresh)));
		this.mvc
			.perform(post("/admin/procedures/" + fresh + "/publish").with(as("admin"))
				.with(csrf())
				.param("effectiveFrom", "2026-01-01"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/procedures/" + fresh)).andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(post("/admin/procedures/" + fresh).with(as("admin"))
				.with(csrf())
				.params(form(fresh, "Thủ tục sửa", "2")))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/procedures/" + fresh)).andExpect(jsonPath("$.name").value("Thủ tục mới"));
		this.mvc.perform(get("/admin/procedures/" + fresh).with(as("admin")))
			.andExpect(content().string(containsString("Thủ tục sửa")))
			.andExpect(content().string(containsString("/admin/procedures/" + fresh + "/versions/2")));
		this.mvc
			.perform(post("/admin/procedures/" + fresh + "/publish").with(as("admin"))
				.with(csrf())
				.param("effectiveFrom", "2026-02-01"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/procedures/" + fresh))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.name").value("Thủ tục sửa"));
		this.mvc.perform(get("/admin/procedures/" + fresh + "/versions/1").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thủ tục mới")));
		this.mvc
			.perform(post("/admin/procedures/" + fresh + "/withdraw").with(as("admin"))
				.with(csrf())
				.param("withdrawnOn", "2026-03-01"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/procedures/" + fresh)).andExpect(status().isNotFound());
	}

	@Test
	void uploadsAFormTemplateIntoANewDraft() throws Exception {
		byte[] pdf = "%PDF-1.4 mẫu tờ khai".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		this.mvc
			.perform(multipart("/admin/procedures/" + this.code + "/documents/TK/template")
				.file(new MockMultipartFile("file", "mau-to-khai.pdf", "application/pdf", pdf))
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/procedures/" + this.code + "/documents/TK/template"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/procedures/" + this.code + "/documents/TK/template").param("version", "2"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/procedures/" + this.code).param("version", "2")).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/procedures/" + this.code + "/versions/2/documents/TK/template").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(content().bytes(pdf));
		this.mvc.perform(get("/admin/procedures/" + this.code).with(as("admin")))
			.andExpect(content().string(containsString("mau-to-khai.pdf")));
	}

	@Test
	void showsThePlanHoursErrorInVietnameseNextToThePlan() throws Exception {
		String fresh = Fixtures.code();
		this.mvc.perform(
				post("/admin/procedures").with(as("admin")).with(csrf()).params(form(fresh, "Thủ tục sai giờ", "3")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"plan-error\"")))
			.andExpect(content()
				.string(containsString("Tổng số giờ của các bước là 9, phải bằng đúng thời hạn giải quyết 8 giờ")));
		this.mvc.perform(get("/api/v1/procedures/" + fresh)).andExpect(status().isNotFound());
	}

	@Test
	void addsAndRemovesStepRowsWithoutJavaScript() throws Exception {
		String fresh = Fixtures.code();
		var params = form(fresh, "Thủ tục thêm dòng", "2");
		params.set("action", "add:steps");
		this.mvc.perform(post("/admin/procedures").with(as("admin")).with(csrf()).params(params))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"steps[3].name\"")));
		params.set("action", "remove:steps:0");
		this.mvc.perform(post("/admin/procedures").with(as("admin")).with(csrf()).params(params))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"steps[2].name\""))))
			.andExpect(content().string(not(containsString("value=\"Tiếp nhận\""))));
	}

	private static org.springframework.util.LinkedMultiValueMap<String, String> form(String code, String name,
			String lastHours) {
		var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
		params.add("code", code);
		params.add("name", name);
		params.add("fieldCode", "HT");
		params.add("fieldName", "Hộ tịch");
		params.add("levels", "COMMUNE");
		params.add("agencies", "000.20.01.H99");
		params.add("legalBasis", "Luật Hộ tịch");
		params.add("limitAmount", "1");
		params.add("limitUnit", "WORKING_DAYS");
		params.add("onlineLevel", "PARTIAL");
		params.add("requiredDocuments[0].code", "TK");
		params.add("requiredDocuments[0].name", "Tờ khai");
		params.add("requiredDocuments[0].mandatory", "true");
		params.add("requiredDocuments[0].copies", "1");
		params.add("resultTypes[0].code", "KQ");
		params.add("resultTypes[0].name", "Kết quả");
		params.add("resultTypes[0].paperResult", "true");
		params.add("resultTypes[0].fields", "fullName; Họ và tên; TEXT; required");
		params.add("fees[0].name", "Lệ phí");
		params.add("fees[0].amount", "10000");
		String[][] steps = { { "Tiếp nhận", "DESK_OFFICER", "1" }, { "Thẩm định", "SPECIALIST", "5" },
				{ "Phê duyệt", "APPROVER", lastHours } };
		for (int i = 0; i < steps.length; i++) {
			params.add("steps[" + i + "].name", steps[i][0]);
			params.add("steps[" + i + "].role", steps[i][1]);
			params.add("steps[" + i + "].hours", steps[i][2]);
		}
		params.add("action", "save");
		return params;
	}

}
