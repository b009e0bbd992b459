package org.verbatim.importer;

import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.Statement;

/**
 * What happened to one file of an import (a file, an entry of a ZIP archive, or a web page).
 *
 * @param source    the file's path, {@code archive.zip!/entry} for an archive's entry, or the URL
 * @param kind      imported, duplicate, failed or skipped
 * @param statement the new statement, or for a duplicate the earlier one with the same bytes
 * @param message   for a failure or a skip, one sentence on why (without the path); for a duplicate,
 *                  which earlier statement has the same bytes; for an import, a note such as which
 *                  statement it is a near-duplicate of, or empty
 */
public record FileOutcome(String source, Kind kind, Optional<Statement> statement, String message) {

	/** The four ways a file can end. */
	public enum Kind {
		/** A new statement was added. */
		IMPORTED,
		/** The same bytes were imported before; nothing was added. */
		DUPLICATE,
		/** The file could not be imported; see the message. */
		FAILED,
		/** A file met while walking a folder that is not of a supported type. */
		SKIPPED
	}

	public FileOutcome {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(statement, "statement");
		Objects.requireNonNull(message, "message");
	}

	/** The one line an analyst reads about a failed or skipped file: the source, then the reason. */
	public String problemLine() {
		return source + ": " + message;
	}
}
