package org.verbatim.plugins;

/**
 * A plugin could not be listed, installed or uninstalled; the message is one sentence for the user,
 * naming the site or feature and what to do.
 */
public final class PluginException extends Exception {

	private static final long serialVersionUID = 1L;

	/** A failure described by {@code message}. */
	public PluginException(String message) {
		super(message);
	}

	/** A failure described by {@code message}, caused by {@code cause} (for the log). */
	public PluginException(String message, Throwable cause) {
		super(message, cause);
	}
}
