package org.verbatim.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.StatementId;

/**
 * One statement that matched.
 *
 * @param id       the statement
 * @param score    how well it matched (higher is better); 0 when hits are sorted by date
 * @param label    its title, or its source's file name
 * @param issued   its issue date, when known
 * @param snippets what matched, in context (empty when highlighting was not asked for)
 */
public record SearchHit(StatementId id, float score, String label, Optional<LocalDate> issued, List<Snippet> snippets) {

	public SearchHit {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(issued, "issued");
		snippets = List.copyOf(snippets);
	}
}
