package org.verbatim.importer.internal;

import java.util.Optional;

import org.verbatim.core.OriginalRef;

/**
 * Why one file cannot be imported, as the rest of the sentence that starts with its path (for
 * example "is empty"), and the original kept in the project when its bytes had been read. Expected
 * and explained to the analyst, so it carries no stack trace.
 */
final class ImportProblem extends Exception {

	private static final long serialVersionUID = 1L;

	/** Null when no bytes were read; an exception field, hence not an Optional. */
	private final transient OriginalRef original;

	ImportProblem(String message) {
		this(message, null);
	}

	private ImportProblem(String message, OriginalRef original) {
		super(message, null, false, false);
		this.original = original;
	}

	/** The same problem, naming the archived original that failed. */
	ImportProblem keeping(OriginalRef kept) {
		return new ImportProblem(getMessage(), kept);
	}

	/** The archived original that failed, when the bytes had been read. */
	Optional<OriginalRef> original() {
		return Optional.ofNullable(original);
	}
}
