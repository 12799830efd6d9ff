package org.motcua.platform;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Whether this installation is the embedded demo. Demo data and the fixed demo API keys
 * exist only in demo mode: on by default on the embedded H2 database, off on any other
 * database unless {@code motcua.demo=true} asks for it.
 */
@Component
public class DemoMode {

	private final boolean on;

	DemoMode(PlatformProperties properties, DataSourceProperties dataSource) {
		String url = dataSource.getUrl();
		this.on = properties.demo() != null ? properties.demo() : url == null || url.startsWith("jdbc:h2:");
	}

	public boolean isOn() {
		return this.on;
	}

}
