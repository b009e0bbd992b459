package org.verbatim.search.internal.bench;

import java.util.Locale;
import java.util.Optional;

/**
 * One query of the benchmark's mix, in the syntax both systems share (terms, {@code AND}, {@code OR},
 * {@code NOT}, {@code "phrases"}, {@code word~}, {@code wor*}), with an optional range of issue
 * years that each system expresses its own way.
 *
 * @param kind      what the query exercises
 * @param text      the query without the year range
 * @param years     the issue years it is restricted to, if any
 * @param facets    whether facet counts are asked for
 * @param highlight whether the top hits' snippets are asked for
 */
public record BenchQuery(Kind kind, String text, Optional<YearRange> years, boolean facets, boolean highlight) {

	/** What a query exercises. */
	public enum Kind {
		/** One word. */
		TERM,
		/** Two words, both required. */
		AND,
		/** Two words, either. */
		OR,
		/** One word without another. */
		NOT,
		/** Two consecutive words of a corpus line. */
		PHRASE,
		/** A word and its spellings within two edits. */
		FUZZY,
		/** Words starting with four letters. */
		PREFIX,
		/** A word in documents issued in a range of years, with facet counts. */
		DATE_RANGE_FACETS,
		/** Two words, the top ten with highlighted snippets. */
		TOP10_HIGHLIGHT;

		/** The name as the report shows it. */
		public String label() {
			return name().toLowerCase(Locale.ROOT).replace('_', ' ');
		}
	}

	/**
	 * Whole years, both included.
	 *
	 * @param from the first year
	 * @param to   the last year
	 */
	public record YearRange(int from, int to) {
	}

	/** The query in Verbatim's query language: the text, and the years as {@code issued:[FROM TO TO]}. */
	public String verbatimSyntax() {
		return years.map(range -> "(" + text + ") AND issued:[" + range.from() + " TO " + range.to() + "]").orElse(text);
	}
}
