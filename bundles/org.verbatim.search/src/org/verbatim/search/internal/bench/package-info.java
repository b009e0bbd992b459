/**
 * {@code verbatim bench search}: Verbatim's index and search against plain Lucene on the same
 * corpus (made from the Europarl lines file) and the same seeded mix of queries, in one JVM. Not
 * API; used by the command line's {@code bench} command and by tests.
 */
package org.verbatim.search.internal.bench;
