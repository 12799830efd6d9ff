package org.motcua.warehouse;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.motcua.document.Documents;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.Actor;
import org.motcua.shared.PersonalId;
import org.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A citizen shares one item through a link that anyone may open, without logging in,
 * until it expires or is withdrawn; then the page says so in Vietnamese. Time is moved by
 * a clock the test holds.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WarehouseShareWebTests {

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-06-01T02:00:00Z"),
			ZoneId.of("Asia/Ho_Chi_Minh"));

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		MutableClock movableClock() {
			return CLOCK;
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Warehouse warehouse;

	@Autowired
	Documents documents;

	@Test
	void opensUntilItExpiresThenSaysItHasExpired() throws Exception {
		OwnerId owner = WarehouseFixtures.person();
		byte[] pdf = WarehouseFixtures.pdf();
		WarehouseItem item = this.warehouse
			.deposit(WarehouseFixtures.result(owner, WarehouseFixtures.stored(this.documents, pdf)));

		ShareLink link = this.warehouse.share(item.id(), owner(owner), Duration.ofDays(7));

		assertThat(link.token()).hasSize(43).doesNotContain(item.id());
		this.mvc.perform(get(link.path()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("Kết quả giải quyết thủ tục hành chính")))
			.andExpect(content().string(containsString("123/2024/TLKS")))
			.andExpect(content().string(containsString("Nguyễn Văn An")))
			.andExpect(content().string(containsString("Đã ký, nguyên vẹn")))
			.andExpect(content().string(containsString("********" + owner.value().substring(8))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(owner.value()))));
		byte[] downloaded = this.mvc.perform(get(link.path() + "/document.pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);

		CLOCK.advance(Duration.ofDays(7).minusMinutes(1));
		this.mvc.perform(get(link.path())).andExpect(status().isOk());
		CLOCK.advance(Duration.ofMinutes(1));

		this.mvc.perform(get(link.path()))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Liên kết chia sẻ đã hết hạn")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("123/2024/TLKS"))));
		this.mvc.perform(get(link.path() + "/document.pdf")).andExpect(status().isGone());
	}

	@Test
	void aWithdrawnLinkOrARevokedItemNoLongerOpens() throws Exception {
		OwnerId owner = WarehouseFixtures.person();
		WarehouseItem item = this.warehouse
			.deposit(WarehouseFixtures.result(owner, WarehouseFixtures.stored(this.documents)));
		ShareLink withdrawn = this.warehouse.share(item.id(), owner(owner), Duration.ofDays(1));
		ShareLink kept = this.warehouse.share(item.id(), owner(owner), Duration.ofDays(1));

		assertThatExceptionOfType(RequestRefused.class)
			.isThrownBy(() -> this.warehouse.revokeShare(withdrawn.id(), owner(WarehouseFixtures.person())))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("warehouse.share-not-found"));
		this.warehouse.revokeShare(withdrawn.id(), owner(owner));

		this.mvc.perform(get(withdrawn.path()))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Liên kết chia sẻ đã bị thu hồi")));
		this.mvc.perform(get(kept.path())).andExpect(status().isOk());
		this.warehouse.revoke(item.id(), "kết quả bị hủy");
		this.mvc.perform(get(kept.path())).andExpect(status().isGone());
	}

	@Test
	void anUnknownLinkIsNotFound() throws Exception {
		this.mvc.perform(get("/warehouse/shared/" + "A".repeat(43)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không tìm thấy liên kết chia sẻ")));
		this.mvc.perform(get("/warehouse/shared/short")).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheOwnerSharesAndForAtMostThirtyDays() {
		OwnerId owner = WarehouseFixtures.person();
		WarehouseItem item = this.warehouse
			.deposit(WarehouseFixtures.result(owner, WarehouseFixtures.stored(this.documents)));

		assertThatExceptionOfType(RequestRefused.class)
			.isThrownBy(() -> this.warehouse.share(item.id(), owner(owner), Duration.ofDays(30).plusSeconds(1)))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("warehouse.share-duration"));
		assertThatExceptionOfType(RequestRefused.class)
			.isThrownBy(() -> this.warehouse.share(item.id(), owner(owner), Duration.ZERO))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("warehouse.share-duration"));
		assertThatExceptionOfType(RequestRefused.class)
			.isThrownBy(() -> this.warehouse.share(item.id(), owner(WarehouseFixtures.person()), Duration.ofDays(1)))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("warehouse.item-not-found"));
		assertThat(this.warehouse.share(item.id(), owner(owner), Duration.ofDays(30)).expiresAt())
			.isEqualTo(CLOCK.instant().plus(Duration.ofDays(30)));
	}

	static Actor owner(OwnerId owner) {
		return new Actor(-1, owner.value(), "Chủ sở hữu", Set.of(Role.CITIZEN), null, null,
				PersonalId.of(owner.value()));
	}

}
