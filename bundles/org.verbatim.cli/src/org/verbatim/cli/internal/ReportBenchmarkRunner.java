package org.verbatim.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.verbatim.core.store.StoreException;
import org.verbatim.report.ReportException;
import org.verbatim.report.internal.bench.ReportBenchmark;

/** Runs {@code verbatim bench report} and prints its figures. */
final class ReportBenchmarkRunner {

	private ReportBenchmarkRunner() {
	}

	static int run(Console console, Arguments args) throws UsageException {
		int quotes = ReportBenchmark.DEFAULT_QUOTES;
		if (args.option("quotes").isPresent()) {
			try {
				quotes = Integer.parseInt(args.option("quotes").get().strip());
			} catch (NumberFormatException e) {
				quotes = 0;
			}
			if (quotes < 1 || quotes > 1_000_000) {
				throw new UsageException("bench: --quotes takes a number from 1 to 1000000");
			}
		}
		ReportBenchmark.Result r;
		try {
			r = ReportBenchmark.run(console.store(), console.reports(), quotes, Path.of(System.getProperty("java.io.tmpdir")));
		} catch (IOException | StoreException | ReportException e) {
			console.problem("bench report: could not run in a temporary folder (" + e.getMessage() + ")");
			return Cli.EXIT_BAD_INPUT;
		}
		if (args.flag("json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("quotes", r.quotes());
			json.put("assemble_s", seconds(r.assemble()));
			r.exports().forEach((format, nanos) -> json.put("export_" + key(format) + "_s", seconds(nanos)));
			r.bytes().forEach((format, bytes) -> json.put("export_" + key(format) + "_kb", Math.round(bytes / 102.4) / 10.0));
			r.verifies().forEach((format, nanos) -> json.put("verify_" + key(format) + "_s", seconds(nanos)));
			r.verified().forEach((format, n) -> json.put("verified_" + key(format) + "_quotes", n));
			console.out().println(Json.write(json));
		} else {
			StringBuilder out = new StringBuilder();
			out.append(String.format(Locale.ROOT, "Report of %d quotes from generated statements (dossier template)%n",
					r.quotes()));
			out.append(String.format(Locale.ROOT, "%-28s %9s %10s%n", "STEP", "SECONDS", "SIZE"));
			out.append(String.format(Locale.ROOT, "%-28s %9.3f%n", "assemble", seconds(r.assemble())));
			r.exports().forEach((format, nanos) -> out.append(String.format(Locale.ROOT, "%-28s %9.3f %7.1f KB%n",
					"export " + format, seconds(nanos), r.bytes().get(format) / 1024.0)));
			r.verifies().forEach((format, nanos) -> out.append(String.format(Locale.ROOT, "%-28s %9.3f   %d verified%n",
					"verify " + format, seconds(nanos), r.verified().get(format))));
			console.out().print(out);
		}
		return Cli.EXIT_OK;
	}

	/** A format's name as part of a JSON key: {@code csl-json} becomes {@code csl_json}. */
	private static String key(String format) {
		return format.replace('-', '_');
	}

	private static double seconds(long nanos) {
		return Math.round(nanos / 1e6) / 1000.0;
	}
}
