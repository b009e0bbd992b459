package org.verbatim.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.verbatim.importer.internal.dedup.DedupBenchmark;
import org.verbatim.importer.internal.dedup.MinHasher;
import org.verbatim.importer.internal.dedup.NearDuplicateIndex;

/**
 * {@code verbatim bench dedup}: scores near-duplicate grouping on the evaluation set built from the
 * extraction benchmark's articles and the seeds, and prints the development, held-out and whole-set
 * figures as a table or, with {@code --json}, as one object (whole set at the top level, the parts
 * under {@code dev} and {@code held_out}).
 */
final class DedupBenchmarkRunner {

	private DedupBenchmarkRunner() {
	}

	/**
	 * Runs the benchmark on the data under {@code sharedDir} (the {@code shared} folder).
	 *
	 * @return {@link Cli#EXIT_OK}, or {@link Cli#EXIT_BAD_INPUT} after one line when the data is missing
	 */
	static int run(Console console, boolean json, Path sharedDir) {
		List<DedupBenchmark.Result> results;
		try {
			results = DedupBenchmark.run(sharedDir);
		} catch (IOException | IllegalArgumentException e) {
			console.problem("bench dedup: cannot read the evaluation data under " + sharedDir + " (" + e.getMessage()
					+ "); it needs data/extraction/scrapinghub-aeb/ground-truth.json and seeds/*.txt there");
			return Cli.EXIT_BAD_INPUT;
		}
		if (json) {
			Map<String, Object> object = new LinkedHashMap<>();
			for (DedupBenchmark.Result result : results) {
				if (result.part().equals("all")) {
					object.putAll(figures(result));
				}
			}
			object.put("threshold", NearDuplicateIndex.DEFAULT_THRESHOLD);
			object.put("bands", NearDuplicateIndex.DEFAULT_BANDS);
			object.put("rows", NearDuplicateIndex.DEFAULT_ROWS);
			for (DedupBenchmark.Result result : results) {
				if (!result.part().equals("all")) {
					object.put(result.part().replace('-', '_'), figures(result));
				}
			}
			console.out().println(Json.write(object));
			return Cli.EXIT_OK;
		}
		console.out().println(String.format(Locale.ROOT,
				"Near-duplicate grouping (5-word shingles, MinHash %d, LSH %d bands x %d rows, threshold %.2f)",
				MinHasher.SIGNATURE_SIZE, NearDuplicateIndex.DEFAULT_BANDS, NearDuplicateIndex.DEFAULT_ROWS,
				NearDuplicateIndex.DEFAULT_THRESHOLD));
		console.out().println("on republished copies of 181 benchmark articles and 5 seeds; threshold chosen on dev");
		console.out().println(String.format(Locale.ROOT, "%-9s %6s %7s %10s %7s %7s %11s %10s %7s", "PART", "DOCS",
				"GROUPS", "PRECISION", "RECALL", "F1", "CANDIDATES", "ALL PAIRS", "MS/DOC"));
		for (DedupBenchmark.Result r : results) {
			console.out().println(String.format(Locale.ROOT, "%-9s %6d %7d %10.4f %7.4f %7.4f %11d %10d %7.3f", r.part(),
					r.documents(), r.groups(), r.score().precision(), r.score().recall(), r.score().f1(),
					r.candidatePairs(), r.allPairs(), r.msPerDocument()));
		}
		return Cli.EXIT_OK;
	}

	private static Map<String, Object> figures(DedupBenchmark.Result r) {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("groups", r.groups());
		figures.put("documents", r.documents());
		figures.put("pairwise_precision", round(r.score().precision()));
		figures.put("pairwise_recall", round(r.score().recall()));
		figures.put("f1", round(r.score().f1()));
		figures.put("candidate_pairs", r.candidatePairs());
		figures.put("all_pairs", r.allPairs());
		figures.put("ms_per_doc", round(r.msPerDocument()));
		return figures;
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}
}
