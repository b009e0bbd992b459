package org.verbatim.importer;

import java.util.List;

/**
 * Removes more from a statement's clean text after its {@link DocumentExtractor} has cleaned it:
 * a publisher's boilerplate, a photo caption, a signature block, whatever page furniture a plugin
 * knows that Verbatim's own cleaning does not. Text cleaners are OSGi services; every registered
 * one runs, highest {@code service.ranking} first, each seeing the clean text as the ones before
 * left it, and all of them before the {@link MetadataExtractor}s (which so read the cleaned text).
 * <p>
 * A cleaner only <em>removes</em>: it names ranges of the current clean text and never writes
 * text of its own, so that every character that remains still maps to its bytes in the original.
 * Verbatim applies the ranges: the clean text and its offset map are made anew, each range is
 * recorded as a removal in characters of the decoded original under the rule
 * {@code <bundle>/<rule>} (so listings of what cleaning removed name the plugin), and evidence
 * spans of metadata already read are moved with the text (or dropped, with a note, when the
 * passage they pointed at was removed).
 * <p>
 * Each cleaner is recorded in the statement's provenance as a PROV software agent (its bundle at
 * its version) with its own activity ({@code clean-1}, {@code clean-2}, ...) listing every range
 * it removed with its reason. A cleaner that throws, or returns ranges that are empty, overlap or
 * lie outside the text, does not fail the import: its result is refused whole, the import goes on
 * with the text as it was before it, and the problem is recorded in one sentence. A cleaner that
 * removes all the text fails the import of that source, naming the cleaner.
 *
 * @since 1.1
 */
public interface TextCleaner {

	/**
	 * What to remove from the clean text: ranges of {@code extraction.cleanText()}, in any order,
	 * that neither are empty nor overlap; an empty list when there is nothing to remove.
	 *
	 * @param source     the path or URL the original was imported from, as given
	 * @param document   the decoded original (its media type, its whole text, where it was fetched)
	 * @param extraction the clean text as the extractor and the cleaners before this one left it,
	 *                   its offsets to the decoded original, what was removed so far, and the
	 *                   metadata read so far
	 */
	List<TextRemoval> remove(String source, DecodedDocument document, Extraction extraction);
}
