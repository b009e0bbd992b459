/**
 * The project store API: how projects are created, opened and changed. The embedded
 * implementation lives in {@code org.verbatim.store} and is found as an OSGi service.
 * <p>
 * <b>API, version 1.2</b> (1.1 added {@link org.verbatim.core.store.Project#summaries()} and
 * the import with text cleaners' steps; 1.2 added
 * {@link org.verbatim.core.store.Project#newestStanding()}). This
 * package is public API for plugins, exported with a semantic
 * version: a minor step (1.0 to 1.1) only adds (a type, a method, a default method, a constant); a
 * major step (to 2.0) is needed to remove or change anything, so a plugin that imports it with
 * {@code version="[1.0,2.0)"} keeps working for every 1.x. The {@code internal} packages next to it
 * are not API: they may change in any release and are visible to Verbatim's own bundles only
 * ({@code x-friends}). The build's API check ({@code tests/org.verbatim.api.tests}) fails when the
 * package changes without the version step it needs.
 */
package org.verbatim.core.store;
