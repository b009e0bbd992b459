/**
 * Benchmarks of the import pipeline: main-text extraction scored against a hand-checked article
 * set. Not API; used by the command line's {@code bench} command and by tests.
 */
package org.verbatim.importer.internal.bench;
