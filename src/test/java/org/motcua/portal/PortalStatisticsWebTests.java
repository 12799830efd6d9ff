package org.motcua.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.motcua.platform.PlatformProperties;
import org.motcua.statistics.IndicatorQuery;
import org.motcua.statistics.Indicators;
import org.motcua.statistics.Statistics;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public home shows the province's figures of this year so far, as the statistics
 * module counts them: the dossiers received, of which online, and the rates, in
 * Vietnamese number format; rates with nothing to count are left empty, never 0.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalStatisticsWebTests {

	private static final Pattern RECEIVED = Pattern.compile("<tr id=\"stat-received\">.*?<td>([0-9.]+)</td>",
			Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	Statistics statistics;

	@Autowired
	Clock clock;

	@Autowired
	PlatformProperties platform;

	@Test
	void theHomeShowsThisYearsFiguresAsCounted() throws Exception {
		LocalDate today = LocalDate.now(this.clock.withZone(this.platform.zone()));
		IndicatorQuery thisYear = new IndicatorQuery(today.withDayOfYear(1), today, null, null, null, null, null,
				today);
		// the read model is fed in the background: compare with a count that did not move
		// during the request
		for (int attempt = 0; attempt < 50; attempt++) {
			Indicators before = this.statistics.indicators(thisYear);
			String page = this.mvc.perform(get("/portal")).andReturn().getResponse().getContentAsString();
			Indicators after = this.statistics.indicators(thisYear);
			if (before.equals(after)) {
				Matcher received = RECEIVED.matcher(page);
				assertThat(received.find()).isTrue();
				assertThat(received.group(1).replace(".", "")).isEqualTo(Long.toString(after.received()));
				assertThat(page).contains("id=\"stat-resolution\"")
					.contains("Tỷ lệ số hóa hồ sơ")
					.contains("Năm " + today.getYear() + " đến nay");
				if (after.received() > 0) {
					assertThat(after.dossierDigitizationRate()).isNotNull();
				}
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the statistics kept changing");
	}

}
