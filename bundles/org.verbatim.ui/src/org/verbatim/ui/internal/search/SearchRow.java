package org.verbatim.ui.internal.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.Speaker;
import org.verbatim.core.StatementMetadata;
import org.verbatim.search.SearchHit;
import org.verbatim.search.Snippet;

/**
 * One row of the results table: a hit and the metadata it is shown with, read in the search job.
 *
 * @param hit       what the search found
 * @param speakers  the statement's speakers' names, in the order read
 * @param publisher who published the copy, when it was read
 */
public record SearchRow(SearchHit hit, List<String> speakers, Optional<String> publisher) {

	public SearchRow {
		Objects.requireNonNull(hit, "hit");
		speakers = List.copyOf(speakers);
		Objects.requireNonNull(publisher, "publisher");
	}

	/** The row of {@code hit}, with what was read out of its statement. */
	static SearchRow of(SearchHit hit, StatementMetadata metadata) {
		return new SearchRow(hit, metadata.speakers().stream().map(Speaker::name).toList(),
				metadata.publisher().map(p -> p.value()));
	}

	/** The first passage in context, if highlighting found one. */
	public Optional<Snippet> firstSnippet() {
		return hit.snippets().stream().findFirst();
	}

	/** Where the first match is in the statement's clean text, if there is one. */
	public Optional<Snippet.Range> firstMatch() {
		return hit.snippets().stream().flatMap(s -> s.highlights().stream()).findFirst();
	}
}
