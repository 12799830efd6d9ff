package org.motcua.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The sums of the daily roll-ups over a cut (a period and a part of the province), from
 * which every indicator is a ratio; {@code key} names the group when tallies are grouped.
 */
record Tally(String key, long received, long counter, long online, long post, long resolved, long early, long onTime,
		long late, long inProcess, long stopped, long withdrawn, long digitized, long fullyDigitized,
		long resultDigitized, long reused, long verified, long rated, long satisfied, long lowRated, long eligibleFull,
		long fullOnline) {

	static final String SUMS = "SUM(received), SUM(counter), SUM(online), SUM(post), SUM(resolved), SUM(early),"
			+ " SUM(on_time), SUM(late), SUM(in_process), SUM(stopped), SUM(withdrawn), SUM(digitized),"
			+ " SUM(fully_digitized), SUM(result_digitized), SUM(reused), SUM(verified), SUM(rated), SUM(satisfied),"
			+ " SUM(low_rated), SUM(eligible_full), SUM(full_online)";

	static Tally read(ResultSet rs, String key, int first) throws SQLException {
		long[] v = new long[21];
		for (int i = 0; i < v.length; i++) {
			v[i] = rs.getLong(first + i);
		}
		return new Tally(key, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
				v[14], v[15], v[16], v[17], v[18], v[19], v[20]);
	}

	/** The finished dossiers: early, on time and late. */
	long finished() {
		return this.early + this.onTime + this.late;
	}

	/** {@code part ÷ whole}, or {@code null} when the whole is zero. */
	static Double rate(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}

}
