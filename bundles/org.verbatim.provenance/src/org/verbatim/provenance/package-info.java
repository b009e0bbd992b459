/**
 * Provenance read back from a project's hash-chained records: a statement's or excerpt's
 * {@link org.verbatim.provenance.Lineage} down to the bytes of its original, W3C PROV exports
 * ({@link org.verbatim.provenance.ProvExport}: PROV-JSON, PROV-O Turtle) of a
 * {@link org.verbatim.provenance.ProvGraph}, verification of a project against its log
 * ({@link org.verbatim.provenance.ProjectVerifier}) and text differences between revisions
 * ({@link org.verbatim.provenance.TextDiff}). Lucene-free and UI-free, for the command line and the
 * workbench alike.
 * <p>
 * <b>API, version 1.0.</b> This package is public API for plugins, exported with a semantic
 * version: a minor step (1.0 to 1.1) only adds (a type, a method, a default method, a constant); a
 * major step (to 2.0) is needed to remove or change anything, so a plugin that imports it with
 * {@code version="[1.0,2.0)"} keeps working for every 1.x. The {@code internal} packages next to it
 * are not API: they may change in any release and are visible to Verbatim's own bundles only
 * ({@code x-friends}). The build's API check ({@code tests/org.verbatim.api.tests}) fails when the
 * package changes without the version step it needs.
 */
package org.verbatim.provenance;
