package org.verbatim.search.internal.bench;

/**
 * What a system answered to one query, to check that both did the same work.
 *
 * @param totalHits   documents that match
 * @param hits        hits returned (at most ten)
 * @param snippets    highlighted snippets returned
 * @param facetValues facet values counted, over all dimensions
 */
public record Answer(long totalHits, int hits, int snippets, int facetValues) {
}
