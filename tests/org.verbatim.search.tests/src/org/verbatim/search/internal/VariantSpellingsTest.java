package org.verbatim.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.search.SearchRequest;

/** Name variants across spellings and scripts, case and diacritics, stemming and exact forms. */
class VariantSpellingsTest {

	@TempDir
	Path dir;

	@Test
	void khojalyFindsKhojaliXocaliAndCyrillicSpelling() throws Exception {
		try (SearchFixture f = new SearchFixture(dir)) {
			String latin = f.add("Commemoration of the Khojali tragedy in Baku.").toString();
			String azerbaijani = f.add("Xocalı soyqırımının qurbanları anılıb.").toString();
			String cyrillic = f.add("Память жертв Ходжалы почтили в Москве.").toString();
			f.add("A statement about Black January, 1990.");
			assertEquals(new TreeSet<>(Set.of(latin, azerbaijani, cyrillic)), new TreeSet<>(f.ids("Khojaly")));
			assertEquals(new TreeSet<>(Set.of(latin, azerbaijani, cyrillic)), new TreeSet<>(f.ids("khojaly")),
					"case does not matter");
			assertEquals(new TreeSet<>(Set.of(latin, azerbaijani, cyrillic)), new TreeSet<>(f.ids("Ходжалы")),
					"the Cyrillic spelling finds the Latin ones");
		}
	}

	@Test
	void exactFormsNeedTheProjectsAliasForTheYiVariance() throws Exception {
		try (SearchFixture f = new SearchFixture(dir)) {
			String latin = f.add("Commemoration of the Khojali tragedy in Baku.").toString();
			String azerbaijani = f.add("Xocalı soyqırımının qurbanları anılıb.").toString();
			String cyrillic = f.add("Память жертв Ходжалы почтили в Москве.").toString();
			String english = f.add("Remembering Khojaly, 26 February 1992.").toString();
			SearchRequest exact = SearchRequest.of("Khojaly").withExactForms(true).withLimit(10);
			assertEquals(new TreeSet<>(Set.of(cyrillic, english)), new TreeSet<>(f.ids(exact)),
					"exact: only the spellings whose key ends in y");
			f.project.addAliasGroup(List.of("Khojaly", "Khojali"));
			assertEquals(new TreeSet<>(Set.of(latin, azerbaijani, cyrillic, english)), new TreeSet<>(f.ids(exact)),
					"with the alias the i-spellings are found too");
		}
	}

	@Test
	void diacriticsAreFoldedAndEnglishIsStemmedUnlessExact() throws Exception {
		try (SearchFixture f = new SearchFixture(dir)) {
			String cafe = f.add("The ministry met at the Café Rouge.").toString();
			String commemorated = f.add("The embassy commemorated the victims.").toString();
			assertEquals(List.of(cafe), f.ids("cafe"));
			assertEquals(List.of(cafe), f.ids("CAFÉ"));
			assertEquals(List.of(commemorated), f.ids("commemorating"));
			assertEquals(List.of(), f.ids(SearchRequest.of("commemorating").withExactForms(true)));
			assertEquals(List.of(commemorated), f.ids(SearchRequest.of("commemorated").withExactForms(true)));
		}
	}

	@Test
	void multiWordAliasesMatchPhrases() throws Exception {
		try (SearchFixture f = new SearchFixture(dir)) {
			String january = f.add("They remembered the events of 20 January 1990 in Baku.").toString();
			String black = f.add("Black January is remembered every year.").toString();
			f.project.addAliasGroup(List.of("Black January", "20 January"));
			assertEquals(new TreeSet<>(Set.of(january, black)), new TreeSet<>(f.ids("\"Black January\"")));
		}
	}

	@Test
	void writtenFormsAndStemsShareOneFieldWithoutMixingUp() throws Exception {
		try (SearchFixture f = new SearchFixture(dir)) {
			String run = f.add("They run the office.").toString();
			String running = f.add("Running the office is hard.").toString();
			String committees = f.add("The committees met.").toString();
			assertEquals(new TreeSet<>(Set.of(run, running)), new TreeSet<>(f.ids("runs")), "stems: run, running");
			assertEquals(List.of(run), f.ids(SearchRequest.of("run").withExactForms(true)),
					"exact: only the written word, not the words that stem to it");
			assertEquals(List.of(running), f.ids(SearchRequest.of("running").withExactForms(true)));
			assertEquals(List.of(running), f.ids("\"runs the office is\""), "a stemmed phrase");
			assertEquals(List.of(), f.ids("committe~1"), "fuzzy terms meet written forms only, never the marked stems");
			assertEquals(List.of(committees), f.ids("committe*"));
			assertEquals(List.of(committees), f.ids("text_exact:committees"), "the old field name still works");
			var hit = f.search.search(f.project, SearchRequest.of("running").withLimit(10)).hits().stream()
					.filter(h -> h.id().toString().equals(run)).findFirst().orElseThrow();
			var range = hit.snippets().get(0).highlights().get(0);
			assertEquals("run", "They run the office.".substring(range.start(), range.end()),
					"a stemmed match is highlighted on the written word");
		}
	}
}
