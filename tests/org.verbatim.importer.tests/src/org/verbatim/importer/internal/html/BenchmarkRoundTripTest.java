package org.verbatim.importer.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.Extraction;
import org.verbatim.importer.internal.bench.ExtractionBenchmark;

class BenchmarkRoundTripTest {

	@Test
	void everyCleanCharacterOfEveryBenchmarkPageMapsBackToItsOriginal() throws Exception {
		Path dir = Benchmark.folder();
		Map<String, String> urls = ExtractionBenchmark.urls(dir);
		List<String> ids = ExtractionBenchmark.ids(dir);
		assertEquals(181, ids.size(), "benchmark pages");
		HtmlExtractor extractor = new HtmlExtractor();
		int withText = 0;
		for (String id : ids) {
			DecodedDocument page = ExtractionBenchmark.page(dir, id, urls.get(id));
			Extraction extraction = extractor.extract(page);
			OffsetMapCheck.assertMapsBack(id, page.text(), extraction);
			if (!extraction.cleanText().isBlank()) {
				withText++;
			}
		}
		assertFalse(withText < ids.size() * 9 / 10, "only " + withText + " pages gave text");
	}
}
