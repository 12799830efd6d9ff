package org.motcua.dossier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.motcua.MotcuaApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Generator (not a test): fills the dossier tables of a fresh PostgreSQL database with a
 * province-year of dossiers, for measuring the statistics' rebuild. Recreates the given
 * database, starts the application once in this JVM with demo data so that Flyway creates
 * the schema and the demo province, its catalog and {@code base} demo dossiers are loaded
 * through the aggregate's own actions (every state, papers of every provenance,
 * supplements, payments, extensions, ratings), then stops it and removes the event
 * publications it left (the rebuild's run must not replay them). The base dossiers are
 * then copied in SQL, all their tables at once ({@code INSERT ... SELECT} over
 * {@code generate_series}), until there are {@code dossiers}: copy {@code k} has its
 * instants moved {@code 7 × (1 + (k − 1) mod 52)} days earlier (whole weeks keep the
 * weekdays; the copies spread over the year before the base's four months), new keys and
 * codes of its agency and day (daily numbers from 1001 up). Finally the tables are
 * vacuumed and analysed. Arguments: database URL, dossiers, base dossiers
 * ({@code jdbc:postgresql://127.0.0.1:5432/motcua_rebuild_bench 1000000 2000}); system
 * properties {@code motcua.load.pg.user} (postgres) and {@code motcua.load.pg.password}
 * (empty). See docs/benchmarks.md for the command.
 */
public final class DossierTableGenerator {

	/** The dossier's tables, each with a {@code dossier_id} but the first. */
	private static final String[] TABLES = { "dossier", "dossier_plan_step", "dossier_document", "dossier_step",
			"dossier_pause", "dossier_due_change", "dossier_extension", "dossier_timeline" };

	private DossierTableGenerator() {
	}

	public static void main(String[] args) throws Exception {
		String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/motcua_rebuild_bench";
		int dossiers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
		int base = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
		String user = System.getProperty("motcua.load.pg.user", "postgres");
		String password = System.getProperty("motcua.load.pg.password", "");
		System.out.printf("database=%s dossiers=%d base=%d%n", url, dossiers, base);
		IntakeLoad.recreate(url, user, password);
		long started = System.nanoTime();
		Path dir = Files.createDirectories(Path.of("target", "load")).resolve("tables-" + System.nanoTime());
		ConfigurableApplicationContext app = SpringApplication.run(MotcuaApplication.class, "--server.port=0",
				"--server.address=127.0.0.1", "--motcua.data-dir=" + dir.toAbsolutePath(), "--motcua.demo=true",
				"--motcua.dossier.demo-dossiers=" + base, "--motcua.scheduling.enabled=false",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=" + password, "--logging.level.root=WARN",
				"--logging.level.org.motcua=INFO");
		app.close();
		System.out.printf("schema, demo province and %d base dossiers in %.1f s%n", base, seconds(started));
		try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
			s.execute("DELETE FROM event_publication");
			long max = single(s, "SELECT MAX(id) FROM dossier");
			long count = single(s, "SELECT COUNT(*) FROM dossier");
			int copies = (int) Math.max(0, (dossiers - count + count - 1) / count);
			System.out.printf("base: %d dossiers (largest key %d); %d copies%n", count, max, copies);
			s.execute("CREATE TEMPORARY TABLE copy_map AS SELECT d.id AS old_id, d.id + k * " + (max + 1)
					+ " AS new_id, make_interval(days => 7 * (1 + (k - 1) % 52)) AS shift, k"
					+ " FROM dossier d, generate_series(1, " + copies + ") k");
			s.execute("DELETE FROM copy_map WHERE new_id IN (SELECT new_id FROM copy_map ORDER BY new_id DESC LIMIT "
					+ Math.max(0, count * (copies + 1) - dossiers) + ")");
			s.execute("CREATE UNIQUE INDEX copy_map_old ON copy_map (old_id, new_id)");
			s.execute("ANALYZE copy_map");
			for (String table : TABLES) {
				long at = System.nanoTime();
				int rows = s.executeUpdate(copy(c, table));
				System.out.printf("%s: %d rows copied in %.1f s%n", table, rows, seconds(at));
			}
			s.execute("SELECT setval(pg_get_serial_sequence('dossier', 'id'), (SELECT MAX(id) FROM dossier))");
			long reuse = System.nanoTime();
			int reused = s.executeUpdate("UPDATE dossier_document SET provenance = CASE dossier_id % 3"
					+ " WHEN 0 THEN 'REUSED_PAPER' WHEN 1 THEN 'REUSED_RESULT' ELSE 'NATIONAL_WAREHOUSE' END,"
					+ " warehouse_item_id = 'GEN-' || dossier_id || '-' || position, paper_number = NULL,"
					+ " issued_on = NULL, issuer = NULL, valid_until = NULL, summary = NULL, digitized_by = NULL,"
					+ " digitized_at = NULL WHERE provenance = 'DIGITIZED' AND dossier_id > " + max
					+ " AND (dossier_id + position) % 8 = 0");
			System.out.printf("%d copied papers made reused in %.1f s%n", reused, seconds(reuse));
			long at = System.nanoTime();
			for (String table : TABLES) {
				s.execute("VACUUM ANALYZE " + table);
			}
			System.out.printf("vacuumed and analysed in %.1f s%n", seconds(at));
			System.out.printf("dossiers: %d, of which received: %d; in %.1f s%n",
					single(s, "SELECT COUNT(*) FROM dossier"),
					single(s, "SELECT COUNT(*) FROM dossier WHERE received_at IS NOT NULL"), seconds(started));
		}
	}

	/**
	 * The statement copying {@code table}'s rows of the base dossiers: keys mapped,
	 * instants moved, codes renumbered.
	 */
	private static String copy(Connection c, String table) throws Exception {
		List<String> columns = new ArrayList<>();
		List<String> values = new ArrayList<>();
		try (ResultSet rs = c.getMetaData().getColumns(null, "public", table, null)) {
			while (rs.next()) {
				String column = rs.getString("COLUMN_NAME");
				String type = rs.getString("TYPE_NAME");
				columns.add(column);
				if (column.equals("id") || column.equals("dossier_id")) {
					values.add("m.new_id");
				}
				else if (column.equals("code") && table.equals("dossier")) {
					values.add("CASE WHEN t.code IS NULL THEN NULL ELSE t.agency_code || '-' || to_char((t.submitted_at"
							+ " - m.shift) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' || lpad((1000 + row_number()"
							+ " OVER (PARTITION BY t.agency_code, to_char((t.submitted_at - m.shift) AT TIME ZONE"
							+ " 'Asia/Ho_Chi_Minh', 'YYMMDD') ORDER BY m.new_id))::text, 4, '0') END");
				}
				else if (type.equals("timestamptz")) {
					values.add("t." + column + " - m.shift");
				}
				else {
					values.add("t." + column);
				}
			}
		}
		String key = table.equals("dossier") ? "t.id" : "t.dossier_id";
		return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
				+ " FROM " + table + " t JOIN copy_map m ON m.old_id = " + key;
	}

	private static long single(Statement s, String sql) throws Exception {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
