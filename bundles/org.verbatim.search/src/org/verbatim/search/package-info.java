/**
 * The Lucene-free search API: analyst queries, facets, keyword-in-context snippets with offsets into
 * the clean text, saved searches. Callers get core types; Lucene stays inside the index and search
 * bundles. Start with {@link org.verbatim.search.SearchService}.
 */
package org.verbatim.search;
