package org.verbatim.importer.internal;

import java.nio.file.Path;
import java.util.List;

import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.ImportReport;
import org.verbatim.store.internal.SqliteProjectStore;

/** A fresh project and helpers to import into it. */
final class ImportFixture implements AutoCloseable {

	final Project project;

	private final StatementImportPipeline importer;

	// The store's internal package is a friend of this test bundle, but the compiler judges access
	// for the fragment's host (the importer), which must not use it.
	@SuppressWarnings("restriction")
	ImportFixture(Path projectDir, StatementImportPipeline importer) throws StoreException {
		this.project = new SqliteProjectStore().create(projectDir);
		this.importer = importer;
	}

	ImportFixture(Path projectDir) throws StoreException {
		this(projectDir, StatementImportPipeline.withBuiltInExtractors());
	}

	List<FileOutcome> importAll(ImportOptions options, Path... paths) {
		return importer.importPaths(project, List.of(paths), options, ImportListener.NONE).outcomes();
	}

	/** Imports with default options, telling {@code listener}. */
	ImportReport importAll(ImportListener listener, List<Path> paths) {
		return importer.importPaths(project, paths, ImportOptions.defaults(), listener);
	}

	/** The single outcome of importing one path with default options. */
	FileOutcome importOne(Path path) {
		return importOne(path, ImportOptions.defaults());
	}

	FileOutcome importOne(Path path, ImportOptions options) {
		List<FileOutcome> outcomes = importAll(options, path);
		if (outcomes.size() != 1) {
			throw new AssertionError("expected one outcome, got " + outcomes);
		}
		return outcomes.get(0);
	}

	@Override
	public void close() throws StoreException {
		project.close();
	}
}
