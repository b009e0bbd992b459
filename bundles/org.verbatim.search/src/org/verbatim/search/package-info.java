/**
 * The Lucene-free search API: queries, facets, highlighted snippets, saved searches; callers get
 * core types. Empty until the search issue fills it.
 */
package org.verbatim.search;
