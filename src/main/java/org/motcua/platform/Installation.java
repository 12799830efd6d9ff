package org.motcua.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * What this running installation is: its version, its data directory, the database it
 * runs on and whether it is the demo. Read by the startup summary, the backup and the
 * backup page.
 */
@Component
class Installation {

	private final PlatformProperties properties;

	private final DataSource dataSource;

	private final DemoMode demo;

	private final String version;

	Installation(PlatformProperties properties, DataSource dataSource, DemoMode demo) {
		this.properties = properties;
		this.dataSource = dataSource;
		this.demo = demo;
		String fromJar = Installation.class.getPackage().getImplementationVersion();
		this.version = (fromJar != null) ? fromJar : "development";
	}

	/** The version in the jar's manifest; {@code development} when run from classes. */
	String version() {
		return this.version;
	}

	Path dataDir() {
		return this.properties.dataDir().toAbsolutePath().normalize();
	}

	Path documentsDir() {
		return dataDir().resolve("documents");
	}

	boolean isDemo() {
		return this.demo.isOn();
	}

	/** The database as the JDBC driver describes it; asks the database each time. */
	Database database() {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			return new Database(meta.getDatabaseProductName(), meta.getDatabaseProductVersion(), meta.getURL());
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Cannot describe the database", ex);
		}
	}

	/**
	 * The database behind the application.
	 *
	 * @param product the product name ({@code H2}, {@code PostgreSQL})
	 * @param version the product's version
	 * @param url the JDBC URL, without credentials
	 */
	record Database(String product, String version, String url) {

		/**
		 * Whether this is an H2 database kept in files, the only kind the built-in backup
		 * copies.
		 */
		boolean isEmbeddedFile() {
			return "H2".equalsIgnoreCase(this.product) && this.url != null && this.url.startsWith("jdbc:h2:")
					&& !this.url.startsWith("jdbc:h2:mem:");
		}

		/**
		 * Short name for logs and the backup manifest: {@code h2-file},
		 * {@code postgresql}.
		 */
		String kind() {
			if (isEmbeddedFile()) {
				return "h2-file";
			}
			return this.product.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
					+ (this.url != null && this.url.startsWith("jdbc:h2:mem:") ? "-memory" : "");
		}

	}

}
