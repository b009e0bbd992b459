package org.verbatim.core.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Creates and opens projects. A project is a folder the analyst can copy, back up and open on
 * another machine; the store owns the layout inside it.
 */
public interface ProjectStore {

	/**
	 * Makes {@code directory} a new, empty project. The directory may be missing or empty; a
	 * directory that already holds files is refused, so nothing is ever overwritten.
	 *
	 * @throws StoreException with a message naming the directory and what to do
	 */
	Project create(Path directory) throws StoreException;

	/**
	 * Opens an existing project, upgrading its schema when it was written by an older version.
	 *
	 * @throws StoreException when the folder is not a project, its database is damaged, or it was
	 *                        written by a newer version of Verbatim
	 */
	Project open(Path directory) throws StoreException;

	/**
	 * Opens an existing project for reading only, for work that must leave it exactly as it is
	 * (verification): nothing is written to the project, its schema is never upgraded, and every
	 * change through the returned project is refused.
	 *
	 * @throws StoreException when the folder is not a project, its database is damaged, or it was
	 *                        written by another version of Verbatim (an older one: opening it once
	 *                        with {@link #open} upgrades it)
	 */
	Project openReadOnly(Path directory) throws StoreException;

	/** Whether {@code directory} looks like a project (without opening it). */
	boolean isProject(Path directory);

	/**
	 * For benchmarks only: the same store, except that its projects keep no provenance log, to
	 * measure what the log costs. Never for an analyst's project, whose changes could then not be
	 * traced or verified. Empty when the store cannot do without its log.
	 */
	default Optional<ProjectStore> withoutProvenanceLogForBenchmark() {
		return Optional.empty();
	}
}
