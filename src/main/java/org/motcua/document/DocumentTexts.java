package org.motcua.document;

import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recognized text of stored documents, a row per page, over {@code document_text}.
 */
@Repository
class DocumentTexts {

	private static final int EXCERPT = 80;

	private final JdbcClient jdbc;

	DocumentTexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the text of {@code sha256} with {@code pages}. */
	@Transactional
	void replace(String sha256, List<String> pages, String languages, Instant now) {
		this.jdbc.sql("DELETE FROM document_text WHERE sha256 = :sha256").param("sha256", sha256).update();
		for (int i = 0; i < pages.size(); i++) {
			String text = Normalizer.normalize(pages.get(i), Normalizer.Form.NFC);
			this.jdbc.sql("""
					INSERT INTO document_text (sha256, page, text, folded_text, languages, recognized_at)
					VALUES (:sha256, :page, :text, :folded, :languages, :now)
					""")
				.param("sha256", sha256)
				.param("page", i + 1)
				.param("text", text)
				.param("folded", fold(text))
				.param("languages", languages)
				.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
		}
	}

	/** The text of each page of {@code sha256}, empty when never recognized. */
	@Transactional(readOnly = true)
	List<String> pages(String sha256) {
		return this.jdbc.sql("SELECT text FROM document_text WHERE sha256 = :sha256 ORDER BY page")
			.param("sha256", sha256)
			.query(String.class)
			.list();
	}

	/**
	 * The pages holding every word of {@code query} (without regard to case, accents or
	 * {@code đ}/{@code d}), at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	List<TextMatch> search(String query, int limit) {
		List<String> words = Arrays.stream(fold(Normalizer.normalize(query, Normalizer.Form.NFC)).split("\\s+"))
			.filter(word -> !word.isBlank())
			.toList();
		if (words.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("SELECT sha256, page, text, folded_text FROM document_text WHERE 1 = 1");
		for (int i = 0; i < words.size(); i++) {
			sql.append(" AND folded_text LIKE :w").append(i).append(" ESCAPE '\\'");
		}
		sql.append(" ORDER BY recognized_at DESC, sha256, page LIMIT ").append(limit);
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString());
		for (int i = 0; i < words.size(); i++) {
			statement = statement.param("w" + i, "%" + escape(words.get(i)) + "%");
		}
		return statement
			.query((rs, n) -> new TextMatch(rs.getString("sha256"), rs.getInt("page"),
					excerpt(rs.getString("text"), rs.getString("folded_text"), words.get(0))))
			.list();
	}

	/**
	 * Lower case without accents, {@code đ} as {@code d}, one character for each
	 * character of {@code text} (so positions carry over).
	 */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 'đ' || c == 'Đ') {
				folded.append('d');
				continue;
			}
			if (c < 128) {
				folded.append(Character.toLowerCase(c));
				continue;
			}
			String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			folded.append(base.length() == 1 ? Character.toLowerCase(base.charAt(0)) : Character.toLowerCase(c));
		}
		return folded.toString();
	}

	private static String excerpt(String text, String folded, String word) {
		int at = Math.max(0, folded.indexOf(word));
		int from = Math.max(0, at - EXCERPT / 2);
		int to = Math.min(text.length(), at + word.length() + EXCERPT / 2);
		return ((from > 0) ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip()
				+ ((to < text.length()) ? "…" : "");
	}

	private static String escape(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
