package org.verbatim.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a search found.
 *
 * @param totalHits how many statements matched in all
 * @param hits      the best of them, at most the request's limit, in the requested order
 * @param facets    when asked for: by dimension ({@code speaker, organization, publisher, year,
 *                  language, tag, event, domain}), the most frequent values among all hits; empty
 *                  otherwise
 */
public record SearchResult(long totalHits, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

	public SearchResult {
		hits = List.copyOf(hits);
		Objects.requireNonNull(facets, "facets");
		Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
		facets.forEach((dim, counts) -> copy.put(dim, List.copyOf(counts)));
		facets = java.util.Collections.unmodifiableMap(copy);
	}
}
