package org.verbatim.importer.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.verbatim.importer.internal.bench.ExtractionBenchmark;
import org.verbatim.importer.internal.bench.TitleDateGold;
import org.verbatim.importer.internal.bench.TitleDateScore;

/** Title and date accuracy of the HTML extractor on our gold for the extraction benchmark. */
class TitleDateBenchmarkTest {

	@Test
	void htmlExtractorFindsTheVisibleHeadlineAndPublicationDateOnMostBenchmarkPages() throws Exception {
		Map<String, TitleDateGold.Page> gold = TitleDateGold.bundled();
		ExtractionBenchmark.Result result = ExtractionBenchmark.run(Benchmark.folder(), new HtmlExtractor(), gold);
		for (ExtractionBenchmark.PageResult page : result.pages()) {
			TitleDateScore score = page.titleDate().orElseThrow();
			TitleDateGold.Page expected = gold.get(page.id());
			if (!score.titleRight()) {
				System.out.printf(Locale.ROOT, "title %s %s: %s | gold: %s%n", page.id().substring(0, 8),
						page.heldOut() ? "held-out" : "dev", page.title().orElse("(none)"), expected.title());
			}
			if (!score.dateRight()) {
				System.out.printf(Locale.ROOT, "date  %s %s: %s | gold: %s (%s)%n", page.id().substring(0, 8),
						page.heldOut() ? "held-out" : "dev", page.issued().map(Object::toString).orElse("(none)"),
						expected.date().map(Object::toString).orElse(TitleDateGold.NO_DATE), expected.dateSource());
			}
		}
		print("development", result.developmentTitleDate());
		print("held-out", result.heldOutTitleDate());
		print("all", result.allTitleDate());
		assertEquals(181, result.allTitleDate().docs());
		// floors just below the measured figures, so that a rule change that loses pages is noticed
		assertTrue(result.allTitleDate().titleAccuracy().orElseThrow() >= 0.97, "title accuracy");
		assertTrue(result.allTitleDate().dateAccuracy().orElseThrow() >= 0.95, "date accuracy");
	}

	private static void print(String part, TitleDateScore.Summary summary) {
		System.out.printf(Locale.ROOT, "%-12s docs %3d  title %.3f  date %.3f%n", part, summary.docs(),
				summary.titleAccuracy().orElse(0.0), summary.dateAccuracy().orElse(0.0));
	}
}
