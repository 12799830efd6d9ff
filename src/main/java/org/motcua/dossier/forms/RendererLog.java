package org.motcua.dossier.forms;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTML renderer's messages through the application's logging (logger
 * {@code com.openhtmltopdf.<area>}), so that its configured levels apply: by default its
 * per-form information lines are not even formatted.
 */
final class RendererLog implements XRLogger {

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable failure) {
		Logger logger = LoggerFactory.getLogger(where);
		if (level.intValue() >= Level.SEVERE.intValue()) {
			logger.error(message, failure);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			logger.warn(message, failure);
		}
		else if (level.intValue() >= Level.INFO.intValue()) {
			logger.info(message, failure);
		}
		else {
			logger.debug(message, failure);
		}
	}

	@Override
	public void setLevel(String where, Level level) {
		// the application's logging configuration decides
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int level = diagnostic.getLevel().intValue();
		if (level >= Level.WARNING.intValue()) {
			return logger.isWarnEnabled();
		}
		return (level >= Level.INFO.intValue()) ? logger.isInfoEnabled() : logger.isDebugEnabled();
	}

}
