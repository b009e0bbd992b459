/**
 * The per-project Lucene index (derived data, rebuilt from the store). With {@code search}, the only
 * bundle that sees Lucene types. Empty until the search issue fills it.
 */
package org.verbatim.index;
