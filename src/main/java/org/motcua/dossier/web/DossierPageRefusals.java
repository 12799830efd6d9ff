package org.motcua.dossier.web;

import java.util.Locale;
import java.util.Optional;

import org.motcua.dossier.DossierRefused;
import org.motcua.dossier.IllegalTransition;
import org.motcua.dossier.MissingDocuments;
import org.motcua.platform.RequestRefused;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Says why an action was refused, in the reader's language, with the same texts the API's
 * problems carry: an illegal transition, a refusal of the dossier module, a refused file,
 * a bad value, a change made meanwhile by someone else.
 */
@Component
class DossierPageRefusals {

	private final MessageSource messages;

	DossierPageRefusals(MessageSource messages) {
		this.messages = messages;
	}

	/** The message for a refusal the pages expect, or empty for anything else. */
	Optional<String> explain(RuntimeException ex, Locale locale) {
		if (ex instanceof IllegalTransition illegal) {
			String status = text("dossier.status." + illegal.status().name(), locale);
			String action = text("dossier.action." + illegal.action().path(), locale);
			return Optional.of(this.messages.getMessage("problem.dossier.illegal-transition.detail",
					new Object[] { status, action }, locale) + reason(illegal, locale));
		}
		if (ex instanceof MissingDocuments missing) {
			return Optional.of(this.messages.getMessage("problem.dossier.missing-documents.detail",
					new Object[] { String.join(", ", missing.missing()) }, locale));
		}
		if (ex instanceof DossierRefused refused) {
			return Optional.of(problem(refused.code(), refused.arguments(), locale));
		}
		if (ex instanceof RequestRefused refused) {
			return Optional.of(problem(refused.code(), refused.arguments(), locale));
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return Optional.of(text("work.refused.changed-meanwhile", locale));
		}
		if (ex instanceof IllegalArgumentException || ex instanceof NullPointerException) {
			return Optional.of(text("work.refused.invalid", locale));
		}
		return Optional.empty();
	}

	String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	private String problem(String code, Object[] arguments, Locale locale) {
		return this.messages.getMessage("problem." + code + ".detail", arguments,
				this.messages.getMessage("problem." + code + ".title", null, code, locale), locale);
	}

	/** The aggregate's own reason for refusing ("no previous step"…), if a known one. */
	private String reason(IllegalTransition ex, Locale locale) {
		String message = ex.getMessage();
		int colon = message.indexOf(": ");
		if (colon < 0) {
			return "";
		}
		String why = message.substring(colon + 2).replaceAll("[^a-z ]", "").strip().replace(' ', '-');
		String text = this.messages.getMessage("work.refused.why." + why, null, null, locale);
		return text == null ? "" : " " + text;
	}

}
