package org.verbatim.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.index.lucene.LuceneProjectIndex;
import org.verbatim.search.SearchException;
import org.verbatim.search.SearchRequest;

/**
 * A pattern that makes Lucene walk a huge vocabulary is stopped by the search's time limit while the
 * words are walked, before any document is scored, and the analyst is told so in one line.
 */
class TermExpansionLimitTest {

	private static final long SEED = 20261205L;

	/** Statements and distinct made-up words in each: 400,000 words in the vocabulary. */
	private static final int STATEMENTS = 200;

	private static final int WORDS = 2_000;

	/** Matches no word of the vocabulary, but can only say so after looking at each of them. */
	private static final String NO_WORD_MATCHES = "/.*q.*x.*q.*x.*q.*/";

	@TempDir
	Path dir;

	private SearchFixture f;

	@BeforeEach
	void largeVocabulary() throws Exception {
		System.out.println("TermExpansionLimitTest seed " + SEED);
		f = new SearchFixture(dir);
		Random random = new Random(SEED);
		for (int s = 0; s < STATEMENTS; s++) {
			StringBuilder text = new StringBuilder("Statement ").append(s).append(':');
			for (int w = 0; w < WORDS; w++) {
				text.append(' ');
				// letters without q and x, so that the pattern above matches none of them
				for (int c = 0; c < 9; c++) {
					char letter;
					do {
						letter = (char) ('a' + random.nextInt(26));
					} while (letter == 'q' || letter == 'x');
					text.append(letter);
				}
			}
			f.add(text.toString());
		}
	}

	@AfterEach
	void close() throws Exception {
		f.close();
	}

	@Test
	void aPatternWalkingEveryWordIsStoppedWithinTheLimitAndSaysSo() throws Exception {
		// makes the reader see the new statements first (a flush of the writer, not part of a search)
		assertEquals(STATEMENTS, f.search.search(f.project, SearchRequest.of("statement")).totalHits());
		LuceneSearchService hurried = new LuceneSearchService(f.indexes, 1);
		long start = System.nanoTime();
		// no word matches, so no document is ever scored: only a limit on the walk through the words
		// can stop this search
		SearchException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(SearchException.class, () -> hurried.search(f.project, SearchRequest.of(NO_WORD_MATCHES))));
		long stoppedMs = (System.nanoTime() - start) / 1_000_000;
		assertTrue(e.getMessage().startsWith("the search took longer than 1 ms and was stopped"), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), e.getMessage());

		// with the normal limit the same pattern simply finds nothing: the limit bounds, it does not refuse
		long full = System.nanoTime();
		assertEquals(0, f.search.search(f.project, SearchRequest.of(NO_WORD_MATCHES)).totalHits());
		long fullMs = (System.nanoTime() - full) / 1_000_000;
		// turning the pattern into an automaton comes before the clock starts
		long parse = System.nanoTime();
		new AnalystQueryParser(LuceneProjectIndex.queryAnalyzer(List.of(), false)).parse(NO_WORD_MATCHES);
		long parseMs = (System.nanoTime() - parse) / 1_000_000;
		System.out.println("TermExpansionLimitTest: stopped after " + stoppedMs + " ms (limit 1 ms, of which " + parseMs
				+ " ms reading the pattern); the whole walk of " + STATEMENTS * WORDS + " words took " + fullMs + " ms");
		// the figures are printed, not asserted: wall-clock bounds fail on a loaded machine; the limit's
		// effect is what is checked, the exception above and the full walk's answer
	}

	@Test
	void aFastQueryIsNotStoppedByTheDeadlineOfAnEarlierOne() throws Exception {
		LuceneSearchService hurried = new LuceneSearchService(f.indexes, 1);
		assertThrows(SearchException.class, () -> hurried.search(f.project, SearchRequest.of(NO_WORD_MATCHES)));
		// the deadline ended with that search: this thread's next searches run under their own
		assertEquals(STATEMENTS, f.search.search(f.project, SearchRequest.of("statement")).totalHits());
	}
}
