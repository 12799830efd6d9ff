package org.motcua.notification;

import java.util.Set;

/**
 * The channels an applicant chose for their messages and the language of them;
 * {@code chosen} false: nothing chosen yet, the default applies (email when the dossier
 * gives an email address, else SMS when it gives a phone).
 */
public record ChannelPreference(String ownerId, Set<MessageChannel> channels, String language, boolean chosen) {

	public ChannelPreference {
		channels = Set.copyOf(channels);
	}

}
