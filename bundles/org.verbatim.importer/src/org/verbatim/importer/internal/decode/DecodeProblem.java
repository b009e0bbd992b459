package org.verbatim.importer.internal.decode;

/**
 * Why an original cannot be decoded to text, as the rest of the sentence that starts with its file
 * or URL (for example "is a binary file (PDF document), not a text or HTML page"). Expected and
 * explained to the analyst, so it carries no stack trace.
 */
public final class DecodeProblem extends Exception {

	private static final long serialVersionUID = 1L;

	DecodeProblem(String message) {
		super(message, null, false, false);
	}
}
