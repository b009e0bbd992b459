package org.verbatim.search;

/**
 * A search that cannot be done: a bad query, a query too large or too slow, an index that cannot be
 * used. The message is one line for the analyst, saying what is wrong and what to do.
 */
public final class SearchException extends Exception {

	private static final long serialVersionUID = 1L;

	public SearchException(String message) {
		super(message);
	}

	public SearchException(String message, Throwable cause) {
		super(message, cause);
	}
}
