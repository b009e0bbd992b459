package org.verbatim.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.importer.internal.bench.ImportBenchmark;

/**
 * {@code verbatim bench import}: imports many real-sized HTML pages into a temporary project and
 * prints pages and megabytes per second of extraction alone and of the whole import, the used heap
 * as the import goes, and the project it made, as a table or, with {@code --json}, as one object.
 */
final class ImportBenchmarkRunner {

	/** What "end to end" covers: the index is there when the index service follows the store. */
	private static String endToEnd(ImportBenchmark.Result r) {
		return r.indexBytes() > 0 ? "read + decode + extract + store + search index" : "read + decode + extract + store";
	}

	private ImportBenchmarkRunner() {
	}

	/**
	 * Runs the benchmark with {@code docs} pages made from the extraction benchmark in {@code dir},
	 * in a temporary folder under {@code workParent}.
	 *
	 * @return {@link Cli#EXIT_OK}, or {@link Cli#EXIT_BAD_INPUT} after one line when it could not run
	 *         or not every page became a statement
	 */
	static int run(Console console, boolean json, Path dir, int docs, ProjectStore store, Path workParent) {
		ImportBenchmark.Result result;
		try {
			result = ImportBenchmark.run(dir, docs, store, store.withoutProvenanceLogForBenchmark(), workParent);
		} catch (IOException | StoreException e) {
			console.problem("bench import: could not run with the pages of " + dir + " and a temporary folder in "
					+ workParent + " (" + e.getMessage() + "); it needs html/*.html.gz there and twice their size free");
			return Cli.EXIT_BAD_INPUT;
		}
		console.out().println(json ? Json.write(json(result)) : table(result, dir));
		if (result.statements() != docs) {
			console.problem("bench import: the project has " + result.statements() + " statements, not " + docs
					+ "; " + result.notImported() + " pages were not imported, first: "
					+ String.join("; ", result.problems()));
			return Cli.EXIT_BAD_INPUT;
		}
		return Cli.EXIT_OK;
	}

	private static Map<String, Object> json(ImportBenchmark.Result r) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("docs", r.docs());
		json.put("mb", round(r.megabytes()));
		json.put("real_pages", r.bases());
		json.put("real_pages_left_out", r.leftOut());
		json.put("clean_text_million_chars", round(r.cleanChars() / 1e6));
		json.put("extract_pages_per_s", round(r.extractPagesPerSecond()));
		json.put("extract_mb_per_s", round(r.extractMegabytesPerSecond()));
		json.put("end_to_end_pages_per_s", round(r.endToEndPagesPerSecond()));
		json.put("end_to_end_mb_per_s", round(r.endToEndMegabytesPerSecond()));
		json.put("end_to_end", endToEnd(r));
		if (r.provenanceOverhead().isPresent()) {
			json.put("end_to_end_without_provenance_pages_per_s", round(r.docs() * 1e9 / r.endToEndNanosWithoutLog()));
			json.put("provenance_overhead_percent", round(100 * r.provenanceOverhead().getAsDouble()));
		}
		json.put("index_mb", round(r.indexBytes() / 1e6));
		json.put("end_to_end_store_ms_per_page", round(r.storeMillisPerPage()));
		json.put("end_to_end_rest_ms_per_page", round(r.restMillisPerPage()));
		json.put("extract_ms_per_page", round(r.extractNanos() / 1e6 / r.docs()));
		r.heap().forEach(sample -> json.put("heap_mb_at_" + sample.percent(), round(sample.bytes() / 1e6)));
		json.put("max_heap_mb", round(r.maxHeapBytes() / 1e6));
		json.put("imported", r.imported());
		json.put("not_imported", r.notImported());
		json.put("statements", r.statements());
		json.put("project_mb", round(r.projectBytes() / 1e6));
		json.put("file_system", r.fileSystem());
		return json;
	}

	private static String table(ImportBenchmark.Result r, Path dir) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "Import of %d distinct HTML pages (%.1f MB) made from %d real pages in %s%n",
				r.docs(), r.megabytes(), r.bases(), dir));
		if (!r.leftOut().isEmpty()) {
			out.append(String.format(Locale.ROOT, "(left out, as import finds no statement text in them: %s)%n",
					String.join(", ", r.leftOut())));
		}
		out.append(String.format(Locale.ROOT, "%-56s %9s %8s %9s%n", "STAGE", "PAGES/S", "MB/S", "SECONDS"));
		out.append(row("extraction alone (decode, extract, text metadata)", r.extractPagesPerSecond(),
				r.extractMegabytesPerSecond(), r.extractNanos()));
		out.append(row("end to end (" + endToEnd(r).replace(" + ", ", ") + ")", r.endToEndPagesPerSecond(),
				r.endToEndMegabytesPerSecond(), r.endToEndNanos()));
		if (r.provenanceOverhead().isPresent()) {
			out.append(row("end to end without the provenance log", r.docs() * 1e9 / r.endToEndNanosWithoutLog(),
					r.megabytes() * 1e9 / r.endToEndNanosWithoutLog(), r.endToEndNanosWithoutLog()));
			out.append(String.format(Locale.ROOT, "Provenance log: %+.1f %% end-to-end time with it against without "
					+ "(best of two alternating runs each)%n", 100 * r.provenanceOverhead().getAsDouble()));
		}
		out.append(String.format(Locale.ROOT, "Per page: extraction alone %.2f ms; end to end %.2f ms = storing %.2f ms "
				+ "+ the rest %.2f ms%n", r.extractNanos() / 1e6 / r.docs(),
				r.endToEndNanos() / 1e6 / r.docs(), r.storeMillisPerPage(), r.restMillisPerPage()));
		out.append(r.indexBytes() > 0
				? String.format(Locale.ROOT, "End to end includes the search index, which follows every stored statement as in the "
						+ "application (%.1f MB).%n", r.indexBytes() / 1e6)
				: "End to end has no search index: no index service followed the store.\n");
		out.append("Storing = one SQLite transaction (synchronous=FULL) per page, near-duplicate grouping and indexing;\n"
				+ "reading, archiving the original (flushed to disk), decoding and extracting run ahead on worker\n"
				+ "threads, so the rest is mostly waiting for them.\n");
		out.append(String.format(Locale.ROOT, "Used heap after a collection during the import: %s (max heap %.0f MB)%n",
				r.heap().stream()
						.map(s -> String.format(Locale.ROOT, "%.1f MB at %d%%", s.bytes() / 1e6, s.percent()))
						.collect(Collectors.joining(", ")),
				r.maxHeapBytes() / 1e6));
		out.append(String.format(Locale.ROOT,
				"Project: %d statements (%d pages imported, %d not), %.1f MB on disk (%s; temporary, deleted); "
						+ "%.1f million characters of clean text",
				r.statements(), r.imported(), r.notImported(), r.projectBytes() / 1e6, r.fileSystem(),
				r.cleanChars() / 1e6));
		return out.toString();
	}

	private static String row(String stage, double pagesPerSecond, double megabytesPerSecond, long nanos) {
		return String.format(Locale.ROOT, "%-56s %9.1f %8.2f %9.1f%n", stage, pagesPerSecond, megabytesPerSecond,
				nanos / 1e9);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
