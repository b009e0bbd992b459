package org.verbatim.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A search to run.
 *
 * @param query      the query in the analyst syntax (see the README's "Searching")
 * @param limit      at most this many hits (1 to {@value #MAX_LIMIT})
 * @param sort       the order of the hits
 * @param facets     whether to count facet values among all hits
 * @param highlight  whether to cut keyword-in-context snippets for the hits
 * @param exactForms whether words match only their exact form (folded for case, diacritics and
 *                   script, but not stemmed): {@code attack} then does not find {@code attacked}
 * @param scope      statements, excerpts or both
 * @param filters    facet drill-down: dimension to values; a hit must have one of the values of
 *                   every dimension named
 */
public record SearchRequest(String query, int limit, Sort sort, boolean facets, boolean highlight, boolean exactForms,
		Scope scope, Map<String, List<String>> filters) {

	/** The most hits one search returns. */
	public static final int MAX_LIMIT = 10_000;

	/** Hits when no limit is given. */
	public static final int DEFAULT_LIMIT = 10;

	public SearchRequest {
		Objects.requireNonNull(query, "query");
		Objects.requireNonNull(sort, "sort");
		Objects.requireNonNull(scope, "scope");
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", got " + limit);
		}
		Map<String, List<String>> copy = new LinkedHashMap<>();
		filters.forEach((dim, values) -> copy.put(dim, List.copyOf(values)));
		filters = java.util.Collections.unmodifiableMap(copy);
	}

	/** The query, best hits first, top {@value #DEFAULT_LIMIT}, highlighted, no facets. */
	public static SearchRequest of(String query) {
		return new SearchRequest(query, DEFAULT_LIMIT, Sort.RELEVANCE, false, true, false, Scope.ALL, Map.of());
	}

	public SearchRequest withLimit(int newLimit) {
		return new SearchRequest(query, newLimit, sort, facets, highlight, exactForms, scope, filters);
	}

	public SearchRequest withSort(Sort newSort) {
		return new SearchRequest(query, limit, newSort, facets, highlight, exactForms, scope, filters);
	}

	public SearchRequest withFacets(boolean on) {
		return new SearchRequest(query, limit, sort, on, highlight, exactForms, scope, filters);
	}

	public SearchRequest withHighlight(boolean on) {
		return new SearchRequest(query, limit, sort, facets, on, exactForms, scope, filters);
	}

	public SearchRequest withExactForms(boolean on) {
		return new SearchRequest(query, limit, sort, facets, highlight, on, scope, filters);
	}

	public SearchRequest withScope(Scope newScope) {
		return new SearchRequest(query, limit, sort, facets, highlight, exactForms, newScope, filters);
	}

	/** Also requires {@code value} in facet dimension {@code dimension} (values of one dimension are ORed). */
	public SearchRequest withFilter(String dimension, String value) {
		Map<String, List<String>> more = new LinkedHashMap<>(filters);
		more.merge(dimension, List.of(value), (a, b) -> {
			List<String> both = new java.util.ArrayList<>(a);
			both.addAll(b);
			return both;
		});
		return new SearchRequest(query, limit, sort, facets, highlight, exactForms, scope, more);
	}
}
