package org.verbatim.importer.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.verbatim.importer.internal.bench.BenchmarkSummary;
import org.verbatim.importer.internal.bench.ExtractionBenchmark;

class ExtractionBenchmarkTest {

	@Test
	void htmlExtractorReachesTheTargetF1OnAllBenchmarkPages() throws Exception {
		ExtractionBenchmark.Result result = ExtractionBenchmark.run(Benchmark.folder(), new HtmlExtractor());
		print("development", result.development());
		print("held-out", result.heldOut());
		print("all", result.all());
		System.out.printf(Locale.ROOT, "extraction: %.2f ms per page%n", result.extractionMillisPerPage());
		assertEquals(181, result.all().docs());
		assertEquals(result.all().docs(), result.development().docs() + result.heldOut().docs());
		assertTrue(result.all().f1() >= 0.93, "F1 " + result.all().f1());
		for (ExtractionBenchmark.PageResult page : result.pages()) {
			assertTrue(page.score().truePositives() > 0, page.id() + " gives none of its article text");
		}
	}

	private static void print(String part, BenchmarkSummary summary) {
		System.out.printf(Locale.ROOT, "%-12s docs %3d  P %.3f  R %.3f  F1 %.3f  accuracy %.3f%n", part, summary.docs(),
				summary.precision(), summary.recall(), summary.f1(), summary.accuracy());
	}
}
