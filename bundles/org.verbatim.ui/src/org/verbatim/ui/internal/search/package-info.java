/**
 * The Search view ({@link org.verbatim.ui.VerbatimParts#SEARCH_VIEW_ID}): a query over one project
 * with history and syntax help, the facet tree, and the hits in context, searched off the UI thread
 * by a {@link org.verbatim.ui.internal.search.SearchJob}.
 */
package org.verbatim.ui.internal.search;
