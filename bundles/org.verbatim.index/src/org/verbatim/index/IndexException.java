package org.verbatim.index;

/** The index cannot be used; the message is one line naming the folder and what to do. */
public final class IndexException extends Exception {

	private static final long serialVersionUID = 1L;

	public IndexException(String message, Throwable cause) {
		super(message, cause);
	}

	public IndexException(String message) {
		super(message);
	}
}
