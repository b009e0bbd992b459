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
 */
package org.verbatim.index;
