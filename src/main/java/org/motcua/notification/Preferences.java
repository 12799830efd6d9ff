package org.motcua.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The channels each owner chose ({@code notification_preference}). */
@Repository
class Preferences {

	private final JdbcClient jdbc;

	Preferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ChannelPreference> find(String ownerId) {
		return this.jdbc.sql("SELECT channels, language FROM notification_preference WHERE owner_id = :owner")
			.param("owner", ownerId)
			.query((rs, i) -> new ChannelPreference(ownerId, parse(rs.getString("channels")), rs.getString("language"),
					true))
			.optional();
	}

	void save(ChannelPreference preference, Instant now) {
		String channels = preference.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		int updated = this.jdbc.sql("""
				UPDATE notification_preference SET channels = :channels, language = :language, updated_at = :now
				WHERE owner_id = :owner
				""")
			.param("owner", preference.ownerId())
			.param("channels", channels)
			.param("language", preference.language())
			.param("now", MessageLog.utc(now))
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO notification_preference (owner_id, channels, language, updated_at)
					VALUES (:owner, :channels, :language, :now) ON CONFLICT DO NOTHING
					""")
				.param("owner", preference.ownerId())
				.param("channels", channels)
				.param("language", preference.language())
				.param("now", MessageLog.utc(now))
				.update();
		}
	}

	private static Set<MessageChannel> parse(String channels) {
		Set<MessageChannel> set = EnumSet.noneOf(MessageChannel.class);
		Arrays.stream(channels.split(",")).filter(s -> !s.isBlank()).map(MessageChannel::valueOf).forEach(set::add);
		return set;
	}

}
