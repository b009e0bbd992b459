package org.verbatim.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quote an analyst cut out of a statement, anchored three ways so that it can always be found and
 * checked again: by its exact text with the text around it (a quote selector), by its position in
 * the statement's clean text, and by the characters of the decoded original it came from, together
 * with the original's SHA-256.
 *
 * @param id          the project-unique identifier shown to analysts, such as {@code E1}
 * @param statement   the statement it was cut from
 * @param clean       where it is in the statement's clean text (start inclusive, end exclusive)
 * @param quote       the exact clean text at {@code clean}
 * @param prefix      up to {@link #CONTEXT} characters of clean text just before the quote
 * @param suffix      up to {@link #CONTEXT} characters of clean text just after the quote
 * @param original    the archived original the statement was decoded from
 * @param originalSpan the characters of the decoded original the quote came from
 * @param note        the analyst's note, if any
 * @param createdAt   when it was made
 * @param tags        its tags, sorted
 * @param withdrawn   whether its making was undone (a withdrawn excerpt stays in the project's
 *                    records, but is no longer listed as current)
 */
public record Excerpt(ExcerptId id, StatementId statement, OffsetMap.Span clean, String quote, String prefix,
		String suffix, OriginalRef original, OffsetMap.Span originalSpan, Optional<String> note, Instant createdAt,
		List<String> tags, boolean withdrawn) {

	/** How many characters of context the quote selector keeps on each side. */
	public static final int CONTEXT = 32;

	public Excerpt {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(statement, "statement");
		Objects.requireNonNull(clean, "clean");
		Objects.requireNonNull(quote, "quote");
		Objects.requireNonNull(prefix, "prefix");
		Objects.requireNonNull(suffix, "suffix");
		Objects.requireNonNull(original, "original");
		Objects.requireNonNull(originalSpan, "originalSpan");
		Objects.requireNonNull(note, "note");
		Objects.requireNonNull(createdAt, "createdAt");
		tags = List.copyOf(tags);
		if (quote.length() != clean.end() - clean.start()) {
			throw new IllegalArgumentException("the quote of " + id + " is " + quote.length()
					+ " characters long, its clean span " + (clean.end() - clean.start()));
		}
	}
}
