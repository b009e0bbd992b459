package org.verbatim.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.ExcerptId;
import org.verbatim.core.StatementId;

/**
 * One statement or excerpt that matched. An excerpt's hit names the excerpt and the statement it
 * was cut from, and its snippets are placed in that statement's clean text, so that a viewer opens
 * the statement at the hit whichever kind it is.
 *
 * @param id       the statement, or the statement the excerpt was cut from
 * @param excerpt  the excerpt, when the hit is one
 * @param score    how well it matched (higher is better); 0 when hits are sorted by date
 * @param label    the statement's title, or its source's file name
 * @param issued   the statement's issue date, when known
 * @param snippets what matched, in context, in offsets of the statement's clean text (empty when
 *                 highlighting was not asked for)
 */
public record SearchHit(StatementId id, Optional<ExcerptId> excerpt, float score, String label,
		Optional<LocalDate> issued, List<Snippet> snippets) {

	/** What a hit is. */
	public enum Kind {
		/** A whole statement. */
		STATEMENT,
		/** An analyst's excerpt of a statement. */
		EXCERPT
	}

	public SearchHit {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(excerpt, "excerpt");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(issued, "issued");
		snippets = List.copyOf(snippets);
	}

	/** A statement's hit. */
	public SearchHit(StatementId id, float score, String label, Optional<LocalDate> issued, List<Snippet> snippets) {
		this(id, Optional.empty(), score, label, issued, snippets);
	}

	/** Whether the hit is a statement or an excerpt. */
	public Kind kind() {
		return excerpt.isPresent() ? Kind.EXCERPT : Kind.STATEMENT;
	}

	/** The id of what matched: the excerpt's ({@code E1}) for an excerpt, else the statement's ({@code S3}). */
	public String target() {
		return excerpt.map(ExcerptId::toString).orElseGet(id::toString);
	}
}
