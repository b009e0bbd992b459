package org.verbatim.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.provenance.VerificationReport;
import org.verbatim.provenance.internal.bench.VerifyBenchmark;

/**
 * {@code verbatim bench verify}: builds a temporary project of N generated statements and prints how
 * long verifying it took, as a table or, with {@code --json}, as one object.
 */
final class VerifyBenchmarkRunner {

	private VerifyBenchmarkRunner() {
	}

	/** Where the temporary project goes by default: memory when the system has a tmpfs there. */
	static Path defaultWork() {
		Path shm = Path.of("/dev/shm");
		return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
	}

	/**
	 * Runs the benchmark.
	 *
	 * @return {@link Cli#EXIT_OK}, or {@link Cli#EXIT_BAD_INPUT} after one line when it could not run
	 *         or the generated project did not verify
	 */
	static int run(Console console, boolean json, int statements, ProjectStore store, Path work) {
		VerifyBenchmark.Result result;
		try {
			result = VerifyBenchmark.run(store, statements, work, added -> {
				if (console.terminal()) {
					console.err().print("\radded " + added + " of " + statements + " statements");
				}
			});
			if (console.terminal()) {
				console.err().print("\r\033[K");
			}
		} catch (IOException | StoreException e) {
			console.problem("bench verify: could not build the project in a temporary folder in " + work + " ("
					+ e.getMessage() + "); name another with --work DIR");
			return Cli.EXIT_BAD_INPUT;
		}
		VerificationReport report = result.report();
		if (json) {
			Map<String, Object> object = new LinkedHashMap<>();
			object.put("statements", result.statements());
			object.put("verify_s", seconds(report.took().toNanos()));
			object.put("records", report.records());
			object.put("originals", report.originals());
			object.put("problems", report.findings().size());
			object.put("build_s", seconds(result.buildNanos()));
			object.put("project_mb", Math.round(result.projectBytes() / 1e4) / 100.0);
			object.put("threads", Runtime.getRuntime().availableProcessors());
			console.out().println(Json.write(object));
		} else {
			console.out().println(String.format(Locale.ROOT, "%-11s %8s %10s %9s %9s %11s %10s", "STATEMENTS", "RECORDS",
					"ORIGINALS", "PROBLEMS", "VERIFY S", "STMTS/S", "BUILD S"));
			double verify = seconds(report.took().toNanos());
			console.out().println(String.format(Locale.ROOT, "%-11d %8d %10d %9d %9.2f %11.0f %10.1f", result.statements(),
					report.records(), report.originals(), report.findings().size(), verify,
					result.statements() / Math.max(verify, 0.001), seconds(result.buildNanos())));
			console.out().println(String.format(Locale.ROOT,
					"Verified read-only on %d threads; the project (%.1f MB, generated press releases with offsets, "
							+ "removals and metadata; in %s, deleted) was built through the store, index following.",
					Runtime.getRuntime().availableProcessors(), result.projectBytes() / 1e6, work));
		}
		if (!report.passed()) {
			console.problem("bench verify: the generated project did not verify; first problem: "
					+ report.findings().get(0));
			return Cli.EXIT_BAD_INPUT;
		}
		return Cli.EXIT_OK;
	}

	private static double seconds(long nanos) {
		return Math.round(nanos / 1e7) / 100.0;
	}
}
