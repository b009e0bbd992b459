/** The Lucene implementation of the search service. */
package org.verbatim.search.internal;
