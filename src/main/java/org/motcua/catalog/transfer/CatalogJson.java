package org.motcua.catalog.transfer;

import java.io.InputStream;
import java.io.OutputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the catalog exchange format as JSON (UTF-8). */
public final class CatalogJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private CatalogJson() {
	}

	/**
	 * The catalog in {@code json}.
	 * @throws Unreadable when it is not JSON of this shape, with where it stopped
	 */
	public static CatalogFile read(InputStream json) {
		try {
			return JSON.readValue(json, CatalogFile.class);
		}
		catch (DatabindException ex) {
			throw new Unreadable(ex.getPathReference(), ex.getOriginalMessage(), ex);
		}
		catch (JacksonException ex) {
			throw new Unreadable("", ex.getOriginalMessage(), ex);
		}
	}

	public static void write(CatalogFile catalog, OutputStream out) {
		JSON.writeValue(out, catalog);
	}

}
