package org.verbatim.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** The keys words are indexed under: one per name across case, diacritics and scripts. */
class ScriptFoldingFilterTest {

	private static List<String> terms(Analyzer analyzer, String text) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term + "@" + offsets.startOffset() + "-" + offsets.endOffset());
			}
			stream.end();
		}
		return terms;
	}

	@Test
	void variantSpellingsShareAKeyAndKeepTheirOffsets() throws IOException {
		try (Analyzer exact = VerbatimAnalyzers.exact(VerbatimAnalyzers.noAliases())) {
			assertEquals(List.of("khojaly@0-7", "khojali@8-15", "khojali@16-22", "khojaly@23-30"),
					terms(exact, "Khojaly Khojali Xocalı Ходжалы"));
			assertEquals(List.of("cafe@0-4", "istanbul@5-13", "ganja@14-19"), terms(exact, "CAFÉ İstanbul Gəncə"));
		}
	}

	@Test
	void scriptsWithoutATableStillGetAnAsciiKey() throws IOException {
		try (Analyzer exact = VerbatimAnalyzers.exact(VerbatimAnalyzers.noAliases())) {
			List<String> terms = terms(exact, "Αθήνα Երևան");
			assertEquals(2, terms.size(), terms.toString());
			for (String term : terms) {
				assertTrue(term.matches("[a-z]+@[0-9]+-[0-9]+"), term);
			}
		}
	}

	@Test
	void stemmingFoldsTheFinalYOfEverySpelling() throws IOException {
		try (Analyzer stemmed = VerbatimAnalyzers.stemmed(VerbatimAnalyzers.noAliases())) {
			assertEquals(List.of("khojali@0-7", "khojali@8-15", "khojali@16-22", "khojali@23-30", "commemor@31-44"),
					terms(stemmed, "Khojaly Khojali Xocalı Ходжалы commemorating"));
		}
	}
}
