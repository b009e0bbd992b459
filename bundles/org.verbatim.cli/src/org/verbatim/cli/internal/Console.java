package org.verbatim.cli.internal;

import java.io.PrintStream;
import java.util.function.Supplier;

import org.verbatim.core.store.ProjectStore;
import org.verbatim.importer.StatementImporter;
import org.verbatim.report.ReportService;
import org.verbatim.search.SearchService;

/**
 * What a command works with: where to print, and the services it may use. The services are looked
 * up only when a command needs them, so {@code --help} and usage errors answer at once.
 *
 * @param out             results (text or JSON)
 * @param err             one-line problems, never results
 * @param storeService    opens and creates projects
 * @param importerService imports files into projects
 * @param searchService   searches projects
 * @param terminal        whether a person watches (progress bars are drawn on {@code err})
 * @param reportService   writes reports in the installed formats
 */
record Console(PrintStream out, PrintStream err, Supplier<ProjectStore> storeService,
		Supplier<StatementImporter> importerService, Supplier<SearchService> searchService, boolean terminal,
		Supplier<ReportService> reportService) {

	/** A console whose reports are written by the exporters that ship with Verbatim. */
	Console(PrintStream out, PrintStream err, Supplier<ProjectStore> storeService,
			Supplier<StatementImporter> importerService, Supplier<SearchService> searchService, boolean terminal) {
		this(out, err, storeService, importerService, searchService, terminal, ReportService::withBuiltInExporters);
	}

	/** A console that is not a terminal (no progress bars). */
	Console(PrintStream out, PrintStream err, Supplier<ProjectStore> storeService,
			Supplier<StatementImporter> importerService, Supplier<SearchService> searchService) {
		this(out, err, storeService, importerService, searchService, false);
	}

	/** A console that is not a terminal, for commands that do not search. */
	Console(PrintStream out, PrintStream err, Supplier<ProjectStore> storeService,
			Supplier<StatementImporter> importerService) {
		this(out, err, storeService, importerService, () -> {
			throw new IllegalStateException("this console has no search service");
		}, false);
	}

	ReportService reports() {
		return reportService.get();
	}

	ProjectStore store() {
		return storeService.get();
	}

	StatementImporter importer() {
		return importerService.get();
	}

	SearchService search() {
		return searchService.get();
	}

	/** Prints a one-line problem about some input to standard error. */
	void problem(String line) {
		err.println("verbatim: " + line);
	}
}
