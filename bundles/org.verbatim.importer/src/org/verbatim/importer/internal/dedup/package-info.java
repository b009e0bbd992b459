/**
 * Near-duplicate grouping of statements' clean texts: word shingles, MinHash signatures, LSH banding
 * to find candidates without comparing all pairs, and union-find groups with one canonical member.
 * Also the labelled evaluation set built from real article texts and the benchmark that scores the
 * grouping against it. Not API.
 */
package org.verbatim.importer.internal.dedup;
