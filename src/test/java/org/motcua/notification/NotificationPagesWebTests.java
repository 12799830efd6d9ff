package org.motcua.notification;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notification pages: the connection health for province administrators only; an
 * officer's notices, with the unit's overdue list for heads and approvers; Vietnamese
 * first, English on request.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationPagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void showsTheConnectionHealthToProvinceAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/admin/notifications").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kết nối gửi thông báo")))
			.andExpect(content().string(containsString("id=\"channel-EMAIL\"")))
			.andExpect(content().string(containsString("id=\"channel-SMS\"")))
			.andExpect(content().string(containsString("Tồn đọng")));
		this.mvc
			.perform(get("/admin/notifications").param("lang", "en").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(content().string(containsString("Notification connections")));
		this.mvc.perform(get("/admin/notifications").with(user(this.users.loadUserByUsername("desk1"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsTheUnitsOverdueListToHeadsButNotToSpecialists() throws Exception {
		this.mvc.perform(get("/notices").with(user(this.users.loadUserByUsername("head1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thông báo của tôi")))
			.andExpect(content().string(containsString("Hồ sơ quá hạn của đơn vị")));
		this.mvc.perform(get("/notices").with(user(this.users.loadUserByUsername("specialist1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hộp thư")))
			.andExpect(content().string(not(containsString("Hồ sơ quá hạn của đơn vị"))));
		this.mvc.perform(get("/notices").with(user(this.users.loadUserByUsername("citizen1"))))
			.andExpect(status().isForbidden());
	}

}
