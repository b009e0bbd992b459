package org.verbatim.importer.internal.archive;

/**
 * Why a ZIP archive cannot be read (further), as the rest of the sentence that starts with its path,
 * such as "is not a ZIP archive" or "expands to more than 1 GiB ...". Expected and explained to the
 * analyst, so it carries no stack trace.
 */
public final class ArchiveProblem extends Exception {

	private static final long serialVersionUID = 1L;

	ArchiveProblem(String message) {
		super(message, null, false, false);
	}
}
