package org.verbatim.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.verbatim.index.lucene.IndexFields;
import org.verbatim.search.Snippet;

/**
 * Finds where a query matched in the stored clean text of hits, as offset ranges, using Lucene's
 * unified highlighter (which knows phrases, proximity, wildcards and synonyms), re-analysing the
 * stored text as the index did, written forms and stems together; cutting the ranges into snippets
 * is {@link KeywordInContext}'s job.
 */
final class RangeHighlighter extends UnifiedHighlighter {

	/** Statements are re-analysed for highlighting up to this length (matches further on are not shown). */
	private static final int MAX_ANALYZED_CHARS = 500_000;

	RangeHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer) {
		super(UnifiedHighlighter.builder(searcher, indexAnalyzer).withFormatter(new RangesOnly())
				.withMaxLength(MAX_ANALYZED_CHARS).withWeightMatches(true));
	}

	/** The matched ranges of each document, in the order of {@code docIds}. */
	List<List<Snippet.Range>> ranges(Query query, int[] docIds, int passagesPerDoc) throws IOException {
		Object[] found = highlightFieldsAsObjects(new String[] { IndexFields.TEXT }, query, docIds,
				new int[] { passagesPerDoc }).get(IndexFields.TEXT);
		List<List<Snippet.Range>> ranges = new ArrayList<>();
		for (int i = 0; i < docIds.length; i++) {
			List<Snippet.Range> doc = new ArrayList<>();
			if (found != null && found[i] instanceof List<?> list) {
				for (Object o : list) {
					doc.add((Snippet.Range) o);
				}
			}
			ranges.add(doc);
		}
		return ranges;
	}

	/** Keeps the match offsets of the passages, no markup. */
	private static final class RangesOnly extends PassageFormatter {
		@Override
		public Object format(Passage[] passages, String content) {
			List<Snippet.Range> ranges = new ArrayList<>();
			for (Passage passage : passages) {
				for (int m = 0; m < passage.getNumMatches(); m++) {
					ranges.add(new Snippet.Range(passage.getMatchStarts()[m], passage.getMatchEnds()[m]));
				}
			}
			return ranges;
		}
	}
}
