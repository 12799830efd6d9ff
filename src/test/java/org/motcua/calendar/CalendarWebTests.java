package org.motcua.calendar;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar API (public) and the administration page (province administrators only).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

	@Test
	void answersDomainExampleExactly() throws Exception {
		this.mvc
			.perform(get("/api/v1/calendar/due").param("from", "2023-10-27T09:32:00+07:00")
				.param("amount", "5")
				.param("unit", "WORKING_DAYS"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"dueAt\":\"2023-11-03T09:32:00+07:00\"}",
					org.springframework.test.json.JsonCompareMode.STRICT));
		this.mvc
			.perform(get("/api/v1/calendar/due").param("from", "2023-10-27T02:32:00Z")
				.param("amount", "5")
				.param("unit", "WORKING_DAYS"))
			.andExpect(jsonPath("$.dueAt").value("2023-11-03T09:32:00+07:00"));
		this.mvc
			.perform(get("/api/v1/calendar/due").param("from", "2024-04-26T09:00:00+07:00")
				.param("amount", "1")
				.param("unit", "WORKING_DAYS"))
			.andExpect(jsonPath("$.dueAt").value("2024-05-02T09:00:00+07:00"));
		this.mvc
			.perform(get("/api/v1/calendar/due").param("from", "2023-10-02T09:00:00+07:00")
				.param("amount", "6")
				.param("unit", "CALENDAR_DAYS"))
			.andExpect(jsonPath("$.dueAt").value("2023-10-09T09:00:00+07:00"));
	}

	@Test
	void refusesBadParametersNamingThem() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/due").param("amount", "5").param("unit", "WORKING_DAYS"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.code").value("request.invalid"))
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.errors[0].message").value("Bắt buộc phải có."));
		this.mvc
			.perform(get("/api/v1/calendar/due").header("Accept-Language", "en")
				.param("from", "yesterday")
				.param("amount", "0")
				.param("unit", "WEEKS"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid data"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("from")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("amount")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("unit")))
			.andExpect(
					jsonPath("$.errors[*].message", hasItem("Must be WORKING_DAYS, WORKING_HOURS or CALENDAR_DAYS.")));
		this.mvc
			.perform(get("/api/v1/calendar/due").param("from", "2023-10-27T09:32:00+07:00")
				.param("amount", "-1")
				.param("unit", "WORKING_DAYS"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		this.mvc.perform(get("/api/v1/calendar/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	@Test
	void answersWorkingTimeAndYear() throws Exception {
		this.mvc
			.perform(get("/api/v1/calendar/working-time").param("from", "2023-10-27T09:32:00+07:00")
				.param("to", "2023-11-03T09:32:00+07:00"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minutes").value(2400));
		this.mvc.perform(get("/api/v1/calendar/working-time").param("from", "2023-10-27T09:32:00+07:00"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		this.mvc.perform(get("/api/v1/calendar/2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2024))
			.andExpect(jsonPath("$.hours.MONDAY").value("07:00-11:30, 13:30-17:00"))
			.andExpect(jsonPath("$.holidays[*].date", hasItem("2024-02-08")))
			.andExpect(jsonPath("$.makeUpDays[0].date").value("2024-05-04"));
	}

	@Test
	void showsPageToProvinceAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/admin/calendar").param("year", "2024"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", endsWith("/login")));
		this.mvc.perform(get("/admin/calendar").with(as("desk1"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/calendar").with(as("agencyadmin"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/calendar").param("year", "2024").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lịch làm việc năm 2024")))
			.andExpect(content().string(containsString("Tết Nguyên đán Giáp Thìn")))
			.andExpect(content().string(containsString("Làm bù cho thứ Hai 29/4")))
			.andExpect(content().string(containsString("07:00-11:30, 13:30-17:00")));
		this.mvc.perform(get("/admin/calendar").param("year", "2024").param("lang", "en").with(as("admin")))
			.andExpect(content().string(containsString("Working calendar 2024")));
	}

	@Test
	void editsDaysAndRefusesYearWithoutWorkingDays() throws Exception {
		this.mvc
			.perform(post("/admin/calendar/days").with(csrf())
				.with(as("admin"))
				.param("year", "2046")
				.param("date", "2046-03-06")
				.param("kind", "HOLIDAY")
				.param("name", "Ngày thử trang"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã thêm ngày vào lịch."));
		this.mvc.perform(get("/admin/calendar").param("year", "2046").with(as("admin")))
			.andExpect(content().string(containsString("Ngày thử trang")));
		this.mvc.perform(post("/admin/calendar/days/2046-03-06/delete").with(csrf()).with(as("admin")))
			.andExpect(flash().attribute("flash", "Đã xóa ngày khỏi lịch."));
		this.mvc
			.perform(post("/admin/calendar/days").with(csrf())
				.with(as("admin"))
				.param("year", "2046")
				.param("date", "2046-03-06")
				.param("kind", "MAKE_UP")
				.param("name", "Làm bù sai"))
			.andExpect(flash().attribute("failure", containsString("đã là ngày làm việc")));
		this.mvc
			.perform(post("/admin/calendar/hours").with(csrf())
				.with(as("admin"))
				.param("year", "2046")
				.param("hours-MONDAY", "")
				.param("hours-TUESDAY", ""))
			.andExpect(flash().attribute("failure", "Không thể lưu: năm 2046 sẽ không còn ngày làm việc nào."));
		this.mvc.perform(post("/admin/calendar/hours").with(csrf()).with(as("desk1")).param("year", "2046"))
			.andExpect(status().isForbidden());
	}

	@Test
	void proposesAndAcceptsStatutoryHolidays() throws Exception {
		this.mvc.perform(get("/admin/calendar").param("year", "2047").param("propose", "true").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giỗ Tổ Hùng Vương")))
			.andExpect(content().string(containsString("2047-09-02")));
		this.mvc
			.perform(post("/admin/calendar/accept").with(csrf())
				.with(as("admin"))
				.param("year", "2047")
				.param("date", "2047-01-01", "2047-04-30")
				.param("name", "Tết Dương lịch", "Ngày Chiến thắng")
				.param("include", "0"))
			.andExpect(flash().attribute("flash", "Đã chấp nhận lịch nghỉ lễ của năm."));
		this.mvc.perform(get("/api/v1/calendar/2047"))
			.andExpect(jsonPath("$.holidays.length()").value(1))
			.andExpect(jsonPath("$.holidays[0].date").value("2047-01-01"));
	}

}
