package org.motcua.dossier.forms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Dates and times as Vietnamese administrative documents write them, in the province's
 * zone: {@code ngày 03 tháng 11 năm 2023},
 * {@code 09 giờ 32 phút, ngày 03 tháng 11 năm 2023}.
 */
public final class VietnameseDates {

	private final ZoneId zone;

	VietnameseDates(ZoneId zone) {
		this.zone = zone;
	}

	/** {@code ngày 03 tháng 11 năm 2023}; empty for {@code null}. */
	public String date(Instant instant) {
		return instant == null ? "" : date(instant.atZone(this.zone).toLocalDate());
	}

	/** {@code ngày 03 tháng 11 năm 2023}. */
	public String date(LocalDate date) {
		return String.format("ngày %02d tháng %02d năm %d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	/** {@code 09 giờ 32 phút, ngày 03 tháng 11 năm 2023}; empty for {@code null}. */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime at = instant.atZone(this.zone);
		return String.format("%02d giờ %02d phút, %s", at.getHour(), at.getMinute(), date(at.toLocalDate()));
	}

	/** {@code 09:32 03/11/2023}, for table cells; empty for {@code null}. */
	public String shortDateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime at = instant.atZone(this.zone);
		return String.format("%02d:%02d %02d/%02d/%d", at.getHour(), at.getMinute(), at.getDayOfMonth(),
				at.getMonthValue(), at.getYear());
	}

	/** {@code 09:32}; empty for {@code null}. */
	public String time(Instant instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime at = instant.atZone(this.zone);
		return String.format("%02d:%02d", at.getHour(), at.getMinute());
	}

	/** {@code 03/11/2023}; empty for {@code null}. */
	public String day(Instant instant) {
		return instant == null ? "" : shortDate(instant.atZone(this.zone).toLocalDate());
	}

	/** {@code 03/11/2023}. */
	public String shortDate(LocalDate date) {
		return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	/** {@code Đông Sơn, ngày 27 tháng 11 năm 2026}. */
	public String placeAndDate(String place, Instant instant) {
		return place + ", " + date(instant);
	}

}
