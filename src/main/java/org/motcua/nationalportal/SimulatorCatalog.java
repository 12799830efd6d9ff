package org.motcua.nationalportal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.core.io.ClassPathResource;

/**
 * What the simulator lists as the portal's catalog: the demo catalog's procedures with a
 * few differences a real portal shows (one renamed, one gone, one new, one new field),
 * the fields, and the agencies of the demo province.
 */
final class SimulatorCatalog {

	final List<Map<String, String>> procedures = new ArrayList<>();

	final List<Map<String, String>> fields = new ArrayList<>();

	final List<Map<String, String>> agencies = new ArrayList<>();

	SimulatorCatalog() {
		Map<String, String> fieldNames = new LinkedHashMap<>();
		try (InputStream in = new ClassPathResource("catalog/demo/catalog.json").getInputStream()) {
			JsonNode root = HttpNationalPortal.JSON.readTree(in);
			for (JsonNode p : root.path("procedures")) {
				String code = p.path("code").asString();
				if ("1.004228".equals(code)) {
					continue;
				}
				String name = p.path("name").asString();
				if ("1.000894".equals(code)) {
					name = name + " (sửa đổi năm 2025)";
				}
				String field = p.path("field").path("code").asString();
				fieldNames.put(field, p.path("field").path("name").asString());
				this.procedures.add(Map.of("code", code, "name", name, "fieldCode", field));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.procedures
			.add(Map.of("code", "1.003604", "name", "Cấp giấy phép tổ chức lễ hội cấp tỉnh", "fieldCode", "VHCS"));
		fieldNames.put("VHCS", "Văn hóa cơ sở");
		fieldNames.forEach((code, name) -> this.fields.add(Map.of("code", code, "name", name)));
		this.agencies.add(Map.of("code", "000.00.01.H99", "name", "Trung tâm Phục vụ hành chính công tỉnh"));
		this.agencies.add(Map.of("code", "000.20.01.H99", "name", "Ủy ban nhân dân xã Đông Sơn"));
		this.agencies.add(Map.of("code", "000.00.99.H99", "name", "Ban Quản lý các khu công nghiệp tỉnh"));
	}

}
