package org.verbatim.cli.internal;

/** The command was well formed but its input was bad (a file, a folder, an id): exit status 1. */
final class InputException extends Exception {

	private static final long serialVersionUID = 1L;

	InputException(String message) {
		super(message);
	}
}
