package org.verbatim.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A section of a report: a heading, the analyst's own text, and the quotes, in order.
 *
 * @param heading the heading
 * @param text    the analyst's text before the quotes, if any (plain text; paragraphs separated by
 *                blank lines)
 * @param quotes  the quotes
 */
public record ReportSection(String heading, Optional<String> text, List<ReportQuote> quotes) {

	public ReportSection {
		Objects.requireNonNull(heading, "heading");
		Objects.requireNonNull(text, "text");
		quotes = List.copyOf(quotes);
	}
}
