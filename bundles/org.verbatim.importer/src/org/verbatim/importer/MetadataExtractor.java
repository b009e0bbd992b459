package org.verbatim.importer;

import org.verbatim.core.StatementMetadata;

/**
 * Reads more metadata out of a statement after its {@link DocumentExtractor} has cleaned it: adds a
 * field the extractor did not find, or corrects one, each value with its evidence. Metadata
 * extractors are OSGi services; every registered one runs, highest {@code service.ranking} first,
 * each seeing the metadata as the ones before left it.
 * <p>
 * Each one is recorded in the statement's provenance as a PROV software agent (its bundle at its
 * version) with the fields it changed. One that throws does not fail the import: the import goes on
 * with the metadata as it was before it, and the problem is recorded in one sentence.
 */
public interface MetadataExtractor {

	/**
	 * The metadata to keep for a statement: {@code extraction.metadata()} itself when there is nothing
	 * to add or correct, else a copy with the fields changed (every new value with its
	 * {@link org.verbatim.core.Evidence}). Must not change the clean text, which is fixed by now.
	 *
	 * @param document   the decoded original (its media type, its whole text)
	 * @param extraction the clean text, its offsets and removals, and the metadata so far
	 */
	StatementMetadata amend(DecodedDocument document, Extraction extraction);
}
