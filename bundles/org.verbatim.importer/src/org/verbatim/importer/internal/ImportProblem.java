package org.verbatim.importer.internal;

/**
 * Why one file cannot be imported, as the rest of the sentence that starts with its path (for
 * example "is empty"). Expected and explained to the analyst, so it carries no stack trace.
 */
final class ImportProblem extends Exception {

	private static final long serialVersionUID = 1L;

	ImportProblem(String message) {
		super(message, null, false, false);
	}
}
