package org.verbatim.importer.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TitleDateGoldTest {

	@Test
	void bundledGoldAnnotatesEveryBenchmarkPageWithAHeadlineAndAPlausibleDate() throws IOException {
		Map<String, TitleDateGold.Page> gold = TitleDateGold.bundled();
		assertEquals(ExtractionBenchmark.ids(benchmark()), gold.keySet().stream().toList());
		for (Map.Entry<String, TitleDateGold.Page> entry : gold.entrySet()) {
			TitleDateGold.Page page = entry.getValue();
			assertEquals(page.title().strip(), page.title(), entry.getKey());
			assertFalse(page.title().contains("  "), entry.getKey());
			assertFalse(page.dateSource().isBlank(), entry.getKey());
			page.date().ifPresent(date -> assertTrue(
					date.isAfter(LocalDate.of(1995, 1, 1)) && date.isBefore(LocalDate.of(2020, 3, 1)),
					entry.getKey() + " " + date));
			assertEquals(page.date().isEmpty(), page.dateSource().equals(TitleDateGold.NO_DATE), entry.getKey());
		}
		assertTrue(gold.keySet().stream().anyMatch(ExtractionBenchmark::isHeldOut));
		assertTrue(gold.keySet().stream().anyMatch(id -> !ExtractionBenchmark.isHeldOut(id)));
	}

	@Test
	void aDateThatIsNeitherADayNorNoneIsRejectedNamingThePage() {
		IOException e = assertThrows(IOException.class, () -> TitleDateGold.parse("""
				{"pages": {"abc": {"title": "Talks resume", "date": "19/11/2019", "dateSource": "visible-byline"}}}
				"""));
		assertTrue(e.getMessage().contains("page abc") && e.getMessage().contains("19/11/2019"), e.getMessage());
		assertThrows(IOException.class, () -> TitleDateGold.parse("{\"pages\": {\"abc\": {\"date\": \"none\"}}}"));
		assertThrows(IOException.class, () -> TitleDateGold.parse("[]"));
	}

	@Test
	void noneMeansThePageStatesNoDate() throws IOException {
		Map<String, TitleDateGold.Page> gold = TitleDateGold.parse("""
				{"pages": {"abc": {"title": "Talks resume", "date": "none", "dateSource": "none"},
				           "abd": {"title": "Talks end", "date": "2019-02-22", "dateSource": "visible-dateline"}}}
				""");
		assertTrue(gold.get("abc").date().isEmpty());
		assertEquals(LocalDate.of(2019, 2, 22), gold.get("abd").date().orElseThrow());
	}

	private static Path benchmark() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("data").resolve("extraction").resolve("scrapinghub-aeb");
			if (Files.isRegularFile(candidate.resolve("ground-truth.json"))) {
				return candidate;
			}
		}
		throw new AssertionError("no shared/data/extraction/scrapinghub-aeb above " + Path.of("").toAbsolutePath());
	}
}
