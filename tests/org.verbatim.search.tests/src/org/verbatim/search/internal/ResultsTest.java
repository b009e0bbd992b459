package org.verbatim.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.search.FacetCount;
import org.verbatim.search.Scope;
import org.verbatim.search.SearchHit;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;
import org.verbatim.search.Snippet;
import org.verbatim.search.Sort;

/** Facets, sorting, drill-down, scope and keyword-in-context snippets with clean-text offsets. */
class ResultsTest {

	@TempDir
	Path dir;

	@Test
	void facetsCountEveryHitAndDrillDownNarrows() throws Exception {
		try (SearchFixture f = new SearchFixture(dir)) {
			f.add("https://www.isesco.org/en/khojaly", "ISESCO on Khojaly.", Optional.of(LocalDate.of(2019, 2, 22)),
					Optional.of("ISESCO"), List.of("Salim AlMalik|ISESCO"), List.of("Khojaly massacre"));
			f.add("https://isesco.org/en/2", "ISESCO again on Khojaly.", Optional.of(LocalDate.of(2020, 2, 26)),
					Optional.of("ISESCO"), List.of(), List.of("Khojaly massacre"));
			f.add("/home/a/oic.txt", "The OIC on Khojaly.", Optional.of(LocalDate.of(2020, 2, 25)), Optional.of("OIC"),
					List.of(), List.of());
			SearchResult result = f.search.search(f.project, SearchRequest.of("khojaly").withFacets(true).withLimit(1));
			assertEquals(3, result.totalHits());
			assertEquals(1, result.hits().size(), "the limit cuts the hits, not the counts");
			assertEquals(List.of(new FacetCount("ISESCO", 2), new FacetCount("OIC", 1)), result.facets().get("publisher"));
			assertEquals(List.of(new FacetCount("2020", 2), new FacetCount("2019", 1)), result.facets().get("year"));
			assertEquals(List.of(new FacetCount("isesco.org", 2), new FacetCount("local file", 1)),
					result.facets().get("domain"));
			assertEquals(List.of(new FacetCount("Khojaly massacre", 2)), result.facets().get("event"));
			assertEquals(List.of(new FacetCount("ISESCO", 1)), result.facets().get("organization"));
			assertEquals(List.of(), result.facets().get("tag"), "no tags yet, but the dimension is there");
			assertEquals(List.of("speaker", "organization", "publisher", "year", "language", "tag", "event", "domain"),
					List.copyOf(result.facets().keySet()));

			SearchRequest drilled = SearchRequest.of("khojaly").withFilter("publisher", "ISESCO").withFilter("year", "2020");
			assertEquals(List.of("S2"), f.ids(drilled));
		}
	}

	@Test
	void facetValuesDifferingInCaseOrSpacingAreOneValueInTheirMostFrequentSpelling() throws Exception {
		try (SearchFixture f = new SearchFixture(dir)) {
			f.add("/tmp/1.txt", "Khojaly one.", Optional.empty(), Optional.of("ISESCO"), List.of("Salim AlMalik|ISESCO"),
					List.of("Khojaly massacre"));
			f.add("/tmp/2.txt", "Khojaly two.", Optional.empty(), Optional.of("Isesco"), List.of("salim almalik|Isesco"),
					List.of("Khojaly Massacre"));
			f.add("/tmp/3.txt", "Khojaly three.", Optional.empty(), Optional.of(" ISESCO "),
					List.of("Salim  AlMalik|ISESCO"), List.of(" Khojaly \t Massacre", "KHOJALY MASSACRE"));
			f.add("/tmp/4.txt", "Khojaly four.", Optional.empty(), Optional.of("OIC"), List.of(), List.of("Khojaly Massacre",
					"Commemoration"));
			SearchResult result = f.search.search(f.project, SearchRequest.of("khojaly").withFacets(true));
			assertEquals(List.of(new FacetCount("Khojaly Massacre", 4), new FacetCount("Commemoration", 1)),
					result.facets().get("event"), "one value per statement however often it is written there");
			assertEquals(List.of(new FacetCount("ISESCO", 3), new FacetCount("OIC", 1)), result.facets().get("publisher"));
			assertEquals(List.of(new FacetCount("Salim AlMalik", 3)), result.facets().get("speaker"));
			assertEquals(List.of(new FacetCount("ISESCO", 3)), result.facets().get("organization"));

			assertEquals(List.of("S1", "S2", "S3", "S4"),
					f.ids(SearchRequest.of("khojaly").withFilter("event", "khojaly   MASSACRE").withSort(Sort.ISSUED_OLDEST)));
			assertEquals(List.of("S2"), f.ids(SearchRequest.of("two").withFilter("publisher", "isesco")));
			assertEquals(List.of("S1", "S2", "S3", "S4"), f.ids(SearchRequest.of("khojaly").withSort(Sort.ISSUED_OLDEST)
					.withFilter("publisher", "OIC").withFilter("publisher", "Isesco")), "values of one facet are alternatives");
		}
	}

	@Test
	void totalHitsAreExactBeyondAThousandWithAndWithoutFacets() throws Exception {
		try (SearchFixture f = new SearchFixture(dir)) {
			for (int i = 0; i < 1_200; i++) {
				f.add("Khojaly statement number " + i + ".");
			}
			assertEquals(1_200, f.search.search(f.project, SearchRequest.of("khojaly")).totalHits());
			assertEquals(1_200, f.search.search(f.project, SearchRequest.of("khojaly").withSort(Sort.ISSUED_NEWEST)).totalHits());
			assertEquals(1_200, f.search.search(f.project, SearchRequest.of("khojaly").withFacets(true)).totalHits());
		}
	}

	@Test
	void sortsByIssueDateWithUndatedLast() throws Exception {
		try (SearchFixture f = new SearchFixture(dir)) {
			f.add("Khojaly, 2020.", Optional.of(LocalDate.of(2020, 2, 26)), Optional.empty(), List.of());
			f.add("Khojaly, no date.", Optional.empty(), Optional.empty(), List.of());
			f.add("Khojaly, 2019.", Optional.of(LocalDate.of(2019, 2, 26)), Optional.empty(), List.of());
			assertEquals(List.of("S1", "S3", "S2"), f.ids(SearchRequest.of("khojaly").withSort(Sort.ISSUED_NEWEST)));
			assertEquals(List.of("S3", "S1", "S2"), f.ids(SearchRequest.of("khojaly").withSort(Sort.ISSUED_OLDEST)));
			SearchHit first = f.search.search(f.project, SearchRequest.of("khojaly").withSort(Sort.ISSUED_OLDEST)).hits()
					.get(0);
			assertEquals(Optional.of(LocalDate.of(2019, 2, 26)), first.issued());
		}
	}

	@Test
	void snippetsPointIntoTheCleanText() throws Exception {
		try (SearchFixture f = new SearchFixture(dir)) {
			String filler = "The delegation spoke at length about cooperation and culture. ".repeat(6);
			StatementId id = f.add(filler + "They remembered the victims of Ходжалы and of Khojali. " + filler
					+ "Again Xocalı was named.");
			SearchResult result = f.search.search(f.project, SearchRequest.of("Khojaly"));
			Statement statement = f.project.statement(id).orElseThrow();
			List<Snippet> snippets = result.hits().get(0).snippets();
			assertEquals(2, snippets.size(), snippets.toString());
			List<String> matched = snippets.stream().flatMap(s -> s.highlights().stream())
					.map(r -> statement.text().substring(r.start(), r.end())).toList();
			assertEquals(List.of("Ходжалы", "Khojali", "Xocalı"), matched);
			for (Snippet snippet : snippets) {
				assertEquals(statement.text().substring(snippet.start(), snippet.end()), snippet.text());
				assertTrue(snippet.text().length() < 300, snippet.text());
				for (Snippet.Range r : snippet.highlights()) {
					assertTrue(r.start() >= snippet.start() && r.end() <= snippet.end(), r + " in " + snippet);
				}
			}
			assertFalse(snippets.get(0).text().startsWith(" "), "cut at a word start");
		}
	}

	@Test
	void phraseSnippetsHighlightThePhraseAndStemmedForms() throws Exception {
		try (SearchFixture f = new SearchFixture(dir)) {
			StatementId id = f.add("Victims commemorated. The Khojaly genocide was commemorated in Baku.");
			SearchResult result = f.search.search(f.project, SearchRequest.of("\"commemorating in Baku\""));
			String text = f.project.statement(id).orElseThrow().text();
			List<String> matched = result.hits().get(0).snippets().stream().flatMap(s -> s.highlights().stream())
					.map(r -> text.substring(r.start(), r.end()).toLowerCase(Locale.ROOT)).toList();
			assertTrue(matched.contains("commemorated in baku") || matched.containsAll(List.of("commemorated", "in", "baku")),
					matched.toString());
			assertEquals(1, matched.stream().filter(m -> m.startsWith("commemorated")).count(),
					"the lone 'commemorated' is not part of the phrase: " + matched);
		}
	}

	@Test
	void scopeExcerptsFindsNothingUntilExcerptsAreIndexed() throws Exception {
		try (SearchFixture f = new SearchFixture(dir)) {
			f.add("Khojaly.");
			assertEquals(List.of("S1"), f.ids(SearchRequest.of("khojaly").withScope(Scope.STATEMENTS)));
			assertEquals(List.of(), f.ids(SearchRequest.of("khojaly").withScope(Scope.EXCERPTS)));
		}
	}
}
