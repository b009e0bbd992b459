package org.verbatim.search.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.search.SearchException;
import org.verbatim.search.SearchRequest;

/** Bad or hostile queries get one clear line, quickly; none hangs. */
class BadQueriesTest {

	@TempDir
	Path dir;

	private SearchFixture f;

	@BeforeEach
	void project() throws Exception {
		f = new SearchFixture(dir);
		for (int i = 0; i < 50; i++) {
			f.add("Statement " + i + " about aaaaaaaaaaaaaaaaaaaa" + i + " and Khojaly and word" + i);
		}
	}

	@AfterEach
	void close() throws Exception {
		f.close();
	}

	private String problem(String query) {
		SearchException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(SearchException.class, () -> f.search.search(f.project, SearchRequest.of(query))));
		assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
		return e.getMessage();
	}

	@Test
	void unbalancedQuoteSaysSo() {
		assertTrue(problem("\"Khojaly genocide").contains("unbalanced quote"));
	}

	@Test
	void unbalancedParenthesesSaySo() {
		assertTrue(problem("(Khojaly OR Baku").contains("unbalanced parentheses"));
		assertTrue(problem("Khojaly)").contains("unbalanced parentheses"));
	}

	@Test
	void leadingWildcardIsRefusedWithAReason() {
		assertTrue(problem("*ojaly").contains("starts with * or ?"));
		assertTrue(problem("?hojaly").contains("starts with * or ?"));
	}

	@Test
	void tenThousandTermsAreRefused() {
		String query = IntStream.range(0, 10_000).mapToObj(i -> "word" + i).collect(Collectors.joining(" OR "));
		String longQuery = problem(query);
		assertTrue(longQuery.contains("characters") || longQuery.contains("terms"), longQuery);
		String manyTerms = problem(IntStream.range(0, 2_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")));
		assertTrue(manyTerms.contains("2000 terms"), manyTerms);
	}

	@Test
	void wildcardMatchingTooManyWordsIsBoundedNotFatal() throws Exception {
		// matches 50 words: fine
		assertTrue(f.search.search(f.project, SearchRequest.of("word*")).totalHits() == 50);
	}

	@Test
	void pathologicalRegexEndsQuicklyAndABrokenOneSaysSo() {
		// Lucene runs regular expressions as automata with bounded determinization; whether it
		// answers or refuses, it must do so well inside the time limit
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			try {
				f.search.search(f.project, SearchRequest.of("/(.*a){20}(.*b){20}(.*c){20}/"));
			} catch (SearchException e) {
				assertFalse(e.getMessage().contains("\n"), e.getMessage());
			}
		});
		String broken = problem("/[a-/");
		assertTrue(broken.contains("regular expression"), broken);
	}

	@Test
	void unknownFieldAndBadDateSaySo() {
		assertTrue(problem("colour:red").contains("unknown field 'colour:'"));
		assertTrue(problem("issued:[2019 TO soon]").contains("'soon' is not a date"));
		assertTrue(problem("speaker:[a TO b]").contains("ranges work on issued dates only"));
	}

	@Test
	void emptyQueryAndDanglingOperatorsSaySo() {
		assertTrue(problem("   ").contains("empty"));
		String dangling = problem("Khojaly AND");
		assertTrue(dangling.contains("cannot be read"), dangling);
	}
}
