package org.verbatim.core.store;

/**
 * A project could not be created, opened, read or changed. The message is one sentence meant for
 * the analyst: it names the folder or file and says what to do.
 */
public class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
