package org.motcua.population;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The JSON of the registry's lookup service, both ways: the request {@code {"personalId",
 * "fullName", "birthDate"}} and the answer {@code {"result": "FOUND" | "NOT_FOUND" |
 * "MISMATCH", "citizen": {...}}}. Reading checks every type and refuses anything else
 * with {@link Malformed}.
 */
final class RegistryWire {

	static final String LOOKUP_PATH = "/api/v1/citizens/lookup";

	static final String CLIENT_HEADER = "X-Client-Id";

	static final String KEY_HEADER = "X-Api-Key";

	private RegistryWire() {
	}

	static Map<String, Object> answer(String result, Resident resident) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("result", result);
		if (resident != null) {
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("personalId", resident.personalId());
			c.put("fullName", resident.fullName());
			c.put("gender", resident.gender());
			c.put("ethnicity", resident.ethnicity());
			c.put("birthDate", resident.birthDate().toString());
			c.put("birthplace", address(resident.birthplace()));
			c.put("homeTown", address(resident.homeTown()));
			c.put("permanentAddress", address(resident.permanentAddress()));
			c.put("currentAddress", address(resident.currentAddress()));
			c.put("parents", resident.parents().stream().map(RegistryWire::relative).toList());
			c.put("spouse", relative(resident.spouse()));
			c.put("headOfHousehold", relative(resident.headOfHousehold()));
			answer.put("citizen", c);
		}
		return answer;
	}

	static LookupResult read(JsonNode answer) {
		String result = text(answer, "result", true);
		return switch (result) {
			case "FOUND" -> LookupResult.found(resident(object(answer, "citizen", true)));
			case "NOT_FOUND" -> LookupResult.notFound();
			case "MISMATCH" -> LookupResult.mismatch();
			default -> throw new Malformed("unknown result " + result);
		};
	}

	private static Resident resident(JsonNode c) {
		String id = text(c, "personalId", true);
		if (!id.matches("[0-9]{12}")) {
			throw new Malformed("personalId is not 12 digits");
		}
		List<Resident.Relative> parents = new ArrayList<>();
		JsonNode list = c.get("parents");
		if (list != null && !list.isNull()) {
			if (!list.isArray() || list.size() > 4) {
				throw new Malformed("parents is not a short list");
			}
			list.forEach((p) -> parents.add(relative(p)));
		}
		return new Resident(id, text(c, "fullName", true), text(c, "gender", true), text(c, "ethnicity", false),
				date(c, "birthDate"), address(object(c, "birthplace", false)), address(object(c, "homeTown", false)),
				address(object(c, "permanentAddress", false)), address(object(c, "currentAddress", false)), parents,
				relative(object(c, "spouse", false)), relative(object(c, "headOfHousehold", false)));
	}

	private static Map<String, Object> address(Resident.Address address) {
		if (address == null) {
			return null;
		}
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("text", address.text());
		a.put("unitCode", address.unitCode());
		return a;
	}

	private static Map<String, Object> relative(Resident.Relative relative) {
		if (relative == null) {
			return null;
		}
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("relation", relative.relation());
		r.put("fullName", relative.fullName());
		r.put("personalId", relative.personalId());
		return r;
	}

	private static Resident.Address address(JsonNode a) {
		return a == null ? null : new Resident.Address(text(a, "text", true), text(a, "unitCode", false));
	}

	private static Resident.Relative relative(JsonNode r) {
		if (r == null) {
			return null;
		}
		if (!r.isObject()) {
			throw new Malformed("a relative is not an object");
		}
		return new Resident.Relative(text(r, "relation", true), text(r, "fullName", true),
				text(r, "personalId", false));
	}

	private static JsonNode object(JsonNode node, String field, boolean required) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				throw new Malformed(field + " is missing");
			}
			return null;
		}
		if (!value.isObject()) {
			throw new Malformed(field + " is not an object");
		}
		return value;
	}

	private static String text(JsonNode node, String field, boolean required) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				throw new Malformed(field + " is missing");
			}
			return null;
		}
		if (!value.isString() || value.asString().length() > 500) {
			throw new Malformed(field + " is not a short string");
		}
		return value.asString();
	}

	private static LocalDate date(JsonNode node, String field) {
		try {
			return LocalDate.parse(text(node, field, true));
		}
		catch (DateTimeParseException ex) {
			throw new Malformed(field + " is not a date");
		}
	}

	/** The answer does not follow the contract. */
	static final class Malformed extends RuntimeException {

		Malformed(String message) {
			super(message);
		}

	}

}
