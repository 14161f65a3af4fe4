package com.marketingplanner.web.report;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log through SLF4J (it writes to its own console handler otherwise, at
 * INFO for every report): warnings and errors as such, everything else at DEBUG under
 * {@code com.openhtmltopdf.<category>}.
 */
final class OpenHtmlToPdfLog implements XRLogger {

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		Logger logger = LoggerFactory.getLogger(where);
		if (level.intValue() >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		}
		else {
			logger.debug(message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels are configured through the application's logging settings
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
				|| LoggerFactory.getLogger("com.openhtmltopdf").isDebugEnabled();
	}

}
