package org.motcua.population;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The count of lookups ({@code population_lookup}): one row per lookup, written in a
 * transaction of its own so a lookup made inside a read-only transaction is counted.
 */
@Repository
class Lookups {

	private final JdbcClient jdbc;

	private final TransactionTemplate own;

	Lookups(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void add(Instant at, String by, String purpose, LookupResult result, String idLastFour) {
		this.own.executeWithoutResult((status) -> this.jdbc
			.sql("""
					INSERT INTO population_lookup (looked_up_at, looked_up_by, purpose, outcome, reason, detail, id_last_four)
					VALUES (:at, :by, :purpose, :outcome, :reason, :detail, :lastFour)
					""")
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", cut(by, 100))
			.param("purpose", cut(purpose, 200))
			.param("outcome", result.outcome().name())
			.param("reason", result.reason() == null ? null : result.reason().name())
			.param("detail", result.detail() == null ? null : cut(result.detail(), 300))
			.param("lastFour", idLastFour)
			.update());
	}

	Map<LookupResult.Outcome, Long> countSince(Instant from) {
		Map<LookupResult.Outcome, Long> counts = new EnumMap<>(LookupResult.Outcome.class);
		this.jdbc
			.sql("SELECT outcome, COUNT(*) AS n FROM population_lookup WHERE looked_up_at >= :from GROUP BY outcome")
			.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.query((rs) -> {
				counts.put(LookupResult.Outcome.valueOf(rs.getString("outcome")), rs.getLong("n"));
			});
		return counts;
	}

	private static String cut(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

}
