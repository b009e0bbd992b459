package org.verbatim.cli.internal;

import java.io.PrintStream;

import org.verbatim.core.store.ProjectStore;
import org.verbatim.importer.StatementImporter;

/**
 * What a command works with: where to print, and the services it may use.
 *
 * @param out      results (text or JSON)
 * @param err      one-line problems and progress, never results
 * @param store    opens and creates projects
 * @param importer imports files into projects
 */
record Console(PrintStream out, PrintStream err, ProjectStore store, StatementImporter importer) {

	/** Prints a one-line problem about some input to standard error. */
	void problem(String line) {
		err.println("verbatim: " + line);
	}
}
