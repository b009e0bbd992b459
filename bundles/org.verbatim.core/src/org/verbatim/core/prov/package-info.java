/**
 * Provenance records in W3C PROV terms, as the project store keeps them: one {@link ProvRecord} per
 * change, hash-chained to the one before. Export, lineage and verification live in the provenance
 * bundle; the model is here because the store writes a change and its record in one transaction.
 * <p>
 * <b>API, version 1.1.</b> This package is public API for plugins, exported with a semantic
 * version: a minor step (1.0 to 1.1) only adds (a type, a method, a default method, a constant); a
 * major step (to 2.0) is needed to remove or change anything, so a plugin that imports it with
 * {@code version="[1.0,2.0)"} keeps working for every 1.x. The {@code internal} packages next to it
 * are not API: they may change in any release and are visible to Verbatim's own bundles only
 * ({@code x-friends}). The build's API check ({@code tests/org.verbatim.api.tests}) fails when the
 * package changes without the version step it needs.
 */
package org.verbatim.core.prov;
