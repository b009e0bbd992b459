package org.verbatim.importer;

import java.nio.file.Path;
import java.util.List;

import org.verbatim.core.store.Project;

/**
 * Imports statements from files and folders into a project. Found as an OSGi service.
 * <p>
 * Each file is imported in its own transaction: a file that cannot be read is reported with one
 * sentence naming it and the problem, and the other files are still imported. Folders are walked
 * recursively in name order; within a folder only files of supported types are taken, while a file
 * named explicitly is always tried.
 */
public interface StatementImporter {

	/**
	 * Imports {@code paths} (files or folders) into {@code project}, telling {@code listener} about
	 * each file as soon as it is done.
	 */
	ImportReport importPaths(Project project, List<Path> paths, ImportOptions options, ImportListener listener);
}
