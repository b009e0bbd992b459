package org.verbatim.importer;

import java.nio.file.Path;
import java.util.List;

import org.verbatim.core.store.Project;

/**
 * Imports statements into a project from files, folders, ZIP archives and web pages. Found as an
 * OSGi service.
 * <p>
 * Each original is archived byte for byte first, then decoded (recording how the encoding was
 * chosen), cleaned by the {@link DocumentExtractor} service for its media type (recording what was
 * removed and where every clean character came from) and read for metadata; each is added in its
 * own transaction. An original that cannot be imported is reported with one sentence naming it and
 * the problem, and the others are still imported. Folders are walked recursively in name order;
 * within a folder only files of supported types are taken, while a file named explicitly is always
 * tried.
 */
public interface StatementImporter {

	/**
	 * Imports {@code sources} into {@code project}: each a path of a file, folder or ZIP archive,
	 * or an {@code http://} or {@code https://} URL. {@code listener} hears about each original as
	 * soon as it is done.
	 */
	ImportReport importSources(Project project, List<String> sources, ImportOptions options, ImportListener listener);

	/**
	 * Reads one original the way an import would (a file or an http(s) URL), without a project:
	 * for scripts and evaluation.
	 *
	 * @throws ImportFailure when it cannot be read, decoded or cleaned
	 */
	ExtractedDocument extract(String source, ImportOptions options) throws ImportFailure;

	/** Imports files and folders; see {@link #importSources}. */
	default ImportReport importPaths(Project project, List<Path> paths, ImportOptions options, ImportListener listener) {
		return importSources(project, paths.stream().map(Path::toString).toList(), options, listener);
	}
}
