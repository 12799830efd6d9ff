package org.motcua.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.motcua.shared.Audited;

/**
 * The hash chain's arithmetic. An entry's canonical text lists its content fields in a
 * fixed order, each as {@code name:length:value} on its own line (a missing value as
 * {@code name:-}), so no two different entries share a text. Its hash is the SHA-256
 * (hex) of the previous entry's hash followed by that text; the first entry follows
 * {@link #GENESIS}.
 */
final class Chain {

	static final String GENESIS = "0".repeat(64);

	private Chain() {
	}

	static String canonicalText(Entry entry, long position) {
		StringBuilder text = new StringBuilder(256);
		field(text, "position", Long.toString(position));
		field(text, "id", Long.toString(entry.id()));
		field(text, "occurredAt", instant(entry.occurredAt()));
		field(text, "recordedAt", instant(entry.recordedAt()));
		field(text, "username", entry.username());
		field(text, "address", entry.address());
		field(text, "action", entry.action());
		field(text, "subjectType", entry.subjectType());
		field(text, "subjectId", entry.subjectId());
		field(text, "summary", entry.summary());
		field(text, "purpose", entry.purpose());
		return text.toString();
	}

	/**
	 * The hash of {@code entry} sealed at {@code position} after {@code previousHash}.
	 */
	static String hash(String previousHash, Entry entry, long position) {
		return sha256Hex(previousHash + "\n" + canonicalText(entry, position));
	}

	/**
	 * The key that makes the recording of an event idempotent: the same event delivered
	 * twice gives the same key.
	 */
	static String eventKey(Audited event) {
		String text = String.join("|", event.action(), event.subjectType(), event.subjectId(),
				instant(event.origin().at()), event.origin().username(), String.valueOf(event.summary()));
		return sha256Hex(text);
	}

	static String sha256Hex(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

	private static void field(StringBuilder text, String name, String value) {
		text.append(name).append(':');
		if (value == null) {
			text.append('-');
		}
		else {
			text.append(value.length()).append(':').append(value);
		}
		text.append('\n');
	}

	private static String instant(Instant instant) {
		return instant == null ? null : instant.toString();
	}

}
