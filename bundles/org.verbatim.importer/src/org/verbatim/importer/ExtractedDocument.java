package org.verbatim.importer;

import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.Retrieval;

/**
 * One original read the way an import reads it, without a project: its bytes, how they were
 * decoded, and what was read out of them.
 *
 * @param source    the path or URL as given
 * @param original  the bytes exactly as read or fetched (not copied: do not change them)
 * @param document  the decoded original, with the encoding and the rule that chose it
 * @param extraction the clean text, its offsets, what was removed, and the metadata
 * @param retrieval for a fetched page, the HTTP exchange
 */
public record ExtractedDocument(String source, byte[] original, DecodedDocument document, Extraction extraction,
		Optional<Retrieval> retrieval) {

	public ExtractedDocument {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(original, "original");
		Objects.requireNonNull(document, "document");
		Objects.requireNonNull(extraction, "extraction");
		Objects.requireNonNull(retrieval, "retrieval");
	}
}
