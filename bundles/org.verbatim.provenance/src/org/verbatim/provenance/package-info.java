/**
 * Provenance read back from a project's hash-chained records: a statement's or excerpt's
 * {@link org.verbatim.provenance.Lineage} down to the bytes of its original, W3C PROV exports
 * ({@link org.verbatim.provenance.ProvExport}: PROV-JSON, PROV-O Turtle) of a
 * {@link org.verbatim.provenance.ProvGraph}, verification of a project against its log
 * ({@link org.verbatim.provenance.ProjectVerifier}) and text differences between revisions
 * ({@link org.verbatim.provenance.TextDiff}). Lucene-free and UI-free, for the command line and the
 * workbench alike.
 */
package org.verbatim.provenance;
