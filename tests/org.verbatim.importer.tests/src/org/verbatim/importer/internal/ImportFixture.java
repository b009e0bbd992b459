package org.verbatim.importer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
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

	/**
	 * What an import did, with every outcome the listener heard (the report itself keeps only counts
	 * and problems).
	 */
	record Imported(ImportReport report, List<FileOutcome> outcomes) {

		List<FileOutcome> of(FileOutcome.Kind kind) {
			return outcomes.stream().filter(o -> o.kind() == kind).toList();
		}

		boolean cancelled() {
			return report.cancelled();
		}
	}

	List<FileOutcome> importAll(ImportOptions options, Path... paths) {
		return run(List.of(paths), options, ImportListener.NONE).outcomes();
	}

	/** Imports with default options, telling {@code listener} too. */
	Imported importAll(ImportListener listener, List<Path> paths) {
		return run(paths, ImportOptions.defaults(), listener);
	}

	private Imported run(List<Path> paths, ImportOptions options, ImportListener listener) {
		List<FileOutcome> heard = new ArrayList<>();
		ImportReport report = importer.importPaths(project, paths, options, new ImportListener() {
			@Override
			public void planned(int files) {
				listener.planned(files);
			}

			@Override
			public void fileDone(FileOutcome outcome) {
				heard.add(outcome);
				listener.fileDone(outcome);
			}

			@Override
			public boolean cancelRequested() {
				return listener.cancelRequested();
			}
		});
		return new Imported(report, heard);
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
