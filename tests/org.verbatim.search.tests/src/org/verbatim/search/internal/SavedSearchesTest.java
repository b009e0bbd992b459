package org.verbatim.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.store.Project;
import org.verbatim.search.SearchException;
import org.verbatim.search.SearchRequest;

/** Saved searches live in the project: they survive closing it, and a bad query is never saved. */
class SavedSearchesTest {

	@TempDir
	Path dir;

	@Test
	void savedSearchesSurviveReopeningAndRunAgain() throws Exception {
		Path folder;
		try (SearchFixture f = new SearchFixture(dir)) {
			f.add("Khojali commemoration.");
			f.search.saveSearch(f.project, "khojaly", "Khojaly OR Xocalı");
			f.search.saveSearch(f.project, "baku", "Baku");
			f.search.saveSearch(f.project, "baku", "Baku AND issued:[2019 TO 2021]");
			folder = f.project.directory();
		}
		SearchFixture again = new SearchFixture(dir.resolve("other"));
		try (Project reopened = again.store.open(folder)) {
			Map<String, String> saved = again.search.savedSearches(reopened);
			assertEquals(Map.of("baku", "Baku AND issued:[2019 TO 2021]", "khojaly", "Khojaly OR Xocalı"), saved);
			assertEquals(List.of("baku", "khojaly"), List.copyOf(saved.keySet()));
			assertEquals(1, again.search.search(reopened, SearchRequest.of(saved.get("khojaly"))).totalHits());
		} finally {
			again.close();
		}
	}

	@Test
	void aBadQueryIsNotSaved() throws Exception {
		try (SearchFixture f = new SearchFixture(dir)) {
			assertThrows(SearchException.class, () -> f.search.saveSearch(f.project, "broken", "\"Khojaly"));
			assertEquals(Map.of(), f.search.savedSearches(f.project));
		}
	}
}
