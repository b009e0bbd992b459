package org.verbatim.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** Written forms and marked stems in the one text field, as indexed and as searched. */
class StemAlternativeFilterTest {

	/** Terms as {@code position:term@start-end}, the mark shown as {@code ~}. */
	private static List<String> terms(Analyzer analyzer, String text) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			int position = -1;
			stream.reset();
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				terms.add(position + ":" + term.toString().replace(IndexFields.STEM_MARK, "~") + "@" + offsets.startOffset()
						+ "-" + offsets.endOffset());
			}
			stream.end();
		}
		return terms;
	}

	@Test
	void theIndexHoldsEveryWordAsWrittenAndItsStemOnlyWhereItDiffers() throws IOException {
		try (Analyzer index = VerbatimAnalyzers.textIndex()) {
			assertEquals(List.of("0:the@0-3", "1:embassy@4-11", "1:~embassi@4-11", "2:run@12-15", "3:running@16-23",
					"3:~run@16-23", "4:committees@24-34", "4:~committe@24-34"),
					terms(index, "The Embassy run running committees"));
		}
	}

	@Test
	void aPossessiveStaysOnTheWrittenFormAndLeavesTheStem() throws IOException {
		try (Analyzer index = VerbatimAnalyzers.textIndex()) {
			assertEquals(List.of("0:aliyev's@0-8", "0:~aliyev@0-8", "1:speech@9-15"), terms(index, "Aliyev's speech"));
		}
	}

	@Test
	void aStemmedQueryLooksForEachStemWrittenAndMarked() throws IOException {
		try (Analyzer query = VerbatimAnalyzers.textStemmedQuery(VerbatimAnalyzers.noAliases())) {
			assertEquals(List.of("0:run@0-7", "0:~run@0-7", "1:fast@8-12", "1:~fast@8-12"), terms(query, "Running fast"));
		}
	}

	@Test
	void foldingComesFirstSoEveryScriptGetsItsStemToo() throws IOException {
		try (Analyzer index = VerbatimAnalyzers.textIndex()) {
			assertEquals(List.of("0:khojaly@0-7", "0:~khojali@0-7", "1:khojali@8-14"), terms(index, "Ходжалы Xocalı"));
		}
	}
}
