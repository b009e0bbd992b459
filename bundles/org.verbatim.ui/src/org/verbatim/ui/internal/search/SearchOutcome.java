package org.verbatim.ui.internal.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.verbatim.search.FacetCount;
import org.verbatim.search.SearchRequest;

/**
 * What one {@link SearchJob} ended with: the rows and facets found, or the one sentence saying why
 * there are none.
 *
 * @param request      the search that was run
 * @param projectName  the name of the project searched
 * @param totalHits    how many statements matched in all
 * @param rows         the best of them, in the requested order
 * @param facets       facet dimension to its most frequent values among all hits
 * @param savedSearches the project's saved searches, name to query
 * @param note         a sentence about the index (rebuilt or caught up first), if it had to be
 * @param problem      why nothing could be found (a bad query, an unreadable project), if so
 * @param searchMillis how long the job took, from opening the project to the last row read
 * @param phases       where that time went: phase name to milliseconds, in order
 */
record SearchOutcome(SearchRequest request, String projectName, long totalHits, List<SearchRow> rows,
		Map<String, List<FacetCount>> facets, Map<String, String> savedSearches, Optional<String> note,
		Optional<String> problem, long searchMillis, Map<String, Long> phases) {

	SearchOutcome {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(projectName, "projectName");
		rows = List.copyOf(rows);
		// the search service gives the dimensions in the order they are shown
		facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
		savedSearches = Collections.unmodifiableMap(new LinkedHashMap<>(savedSearches));
		phases = Collections.unmodifiableMap(new LinkedHashMap<>(phases));
		Objects.requireNonNull(note, "note");
		Objects.requireNonNull(problem, "problem");
	}

	/** A search that could not be done, for the reason given in one sentence. */
	static SearchOutcome failed(SearchRequest request, String projectName, String problem, long searchMillis) {
		return new SearchOutcome(request, projectName, 0, List.of(), Map.of(), Map.of(), Optional.empty(),
				Optional.of(problem), searchMillis, Map.of());
	}
}
