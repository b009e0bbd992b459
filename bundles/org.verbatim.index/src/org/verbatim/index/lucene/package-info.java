/**
 * The Lucene side of the index: field layout, analysis (folding, transliteration, stemming) and the
 * index itself. Exported to the search bundle only ({@code x-friends}); every other bundle sees the
 * Lucene-free {@code org.verbatim.index}.
 */
package org.verbatim.index.lucene;
