package org.verbatim.importer;

import java.util.List;
import java.util.Objects;

import org.verbatim.core.OffsetMap;
import org.verbatim.core.Removal;
import org.verbatim.core.StatementMetadata;

/**
 * What a {@link DocumentExtractor} reads out of a decoded original.
 *
 * @param cleanText the statement's text without page furniture
 * @param offsets   where every clean character came from in the decoded original
 * @param removals  what was left out and by which rule
 * @param metadata  title, dates, place, speakers, ... with their evidence
 */
public record Extraction(String cleanText, OffsetMap offsets, List<Removal> removals, StatementMetadata metadata) {

	public Extraction {
		Objects.requireNonNull(cleanText, "cleanText");
		Objects.requireNonNull(offsets, "offsets");
		removals = List.copyOf(removals);
		Objects.requireNonNull(metadata, "metadata");
		if (offsets.cleanLength() != cleanText.length()) {
			throw new IllegalArgumentException("the offset map covers " + offsets.cleanLength()
					+ " characters but the clean text has " + cleanText.length());
		}
	}
}
