/**
 * The per-project Lucene index: derived data, rebuilt from the store whenever it is missing, stale
 * (the store has changes the index's last commit does not reflect) or damaged. This package is
 * Lucene-free; {@code org.verbatim.index.lucene} holds the Lucene side and is visible to the search
 * bundle only.
 * <p>
 * <b>Driving it from a benchmark.</b> Put the statements in the store first (that part is the
 * import, not the index), then time one of:
 * <pre>
 * try (ProjectIndex index = ProjectIndex.open(project.indexDirectory())) {
 *     index.rebuild(project, RebuildProgress.NONE);          // everything, one commit at the end
 * }
 * // or, batch by batch, as an import would:
 * index.update(project, batchOfIds);                        // no commit: near-real-time only
 * index.commit(project);                                    // once at the end (records the store state)
 * </pre>
 * One {@link ProjectIndex} keeps one {@code IndexWriter} open (a large RAM buffer, no commit per
 * statement). Inside the application use the {@link ProjectIndexes} service instead of opening an
 * index yourself: a folder's index may be opened by one writer at a time.
 * <p>
 * <b>API, version 1.0.</b> This package is public API for plugins, exported with a semantic
 * version: a minor step (1.0 to 1.1) only adds (a type, a method, a default method, a constant); a
 * major step (to 2.0) is needed to remove or change anything, so a plugin that imports it with
 * {@code version="[1.0,2.0)"} keeps working for every 1.x. The {@code internal} packages next to it
 * are not API: they may change in any release and are visible to Verbatim's own bundles only
 * ({@code x-friends}). The build's API check ({@code tests/org.verbatim.api.tests}) fails when the
 * package changes without the version step it needs.
 */
package org.verbatim.index;
