package org.verbatim.cli.internal;

/** The command line itself was wrong (unknown command or option, missing value): exit status 2. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
