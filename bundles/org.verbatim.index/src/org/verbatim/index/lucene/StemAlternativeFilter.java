package org.verbatim.index.lucene;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Puts the exact and the stemmed form of folded words into one field, so that the clean text is
 * inverted once (two fields, one stemmed and one exact, were most of indexing's cost).
 * <p>
 * In the index ({@link Mode#INDEX}) every word stands as it is written (folded), and where its
 * English stem differs, the stem follows at the same position behind {@link IndexFields#STEM_MARK}:
 * {@code running} is indexed as {@code running} and {@code ⟨mark⟩run}, {@code run} only as
 * {@code run}. So
 * <ul>
 * <li>an exact-form search looks the words up as they are: an unmarked term is always a word of
 * the text itself;</li>
 * <li>a stemmed search ({@link Mode#QUERY}) looks up each word's stem both unmarked (texts with the
 * stem itself as a word) and marked (texts with words that stem to it), as alternatives at one
 * position, which Lucene's query builder turns into synonym and multi-phrase queries;</li>
 * <li>wildcard, prefix, regular-expression and fuzzy terms meet only written forms: the mark is
 * longer than the most edits a fuzzy term allows, and no pattern the parser accepts starts with it.</li>
 * </ul>
 * The stem is the one {@link EnglishPossessiveFilter} then {@link PorterStemFilter} make, run on a
 * copy of the word, so the written form keeps its possessive. Offsets and everything else of the
 * stem's token are the word's.
 */
public final class StemAlternativeFilter extends TokenFilter {

	/** Whether the words are being indexed or are a query's. */
	public enum Mode {
		/** The written form, then the marked stem if it differs. */
		INDEX,
		/** The stem, then the marked stem, always. */
		QUERY
	}

	private final Mode mode;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private final OneWord word = new OneWord();

	private final TokenStream stemmer = new PorterStemFilter(new EnglishPossessiveFilter(word));

	private char[] stem = new char[16];

	private int stemLength = -1;

	/** Stems the words of {@code input} for {@code mode}. */
	public StemAlternativeFilter(TokenStream input, Mode mode) {
		super(input);
		this.mode = mode;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (stemLength >= 0) {
			// the marked stem of the word just given, at its position
			String mark = IndexFields.STEM_MARK;
			term.setEmpty().append(mark);
			term.resizeBuffer(mark.length() + stemLength);
			System.arraycopy(stem, 0, term.buffer(), mark.length(), stemLength);
			term.setLength(mark.length() + stemLength);
			increment.setPositionIncrement(0);
			stemLength = -1;
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		CharTermAttribute stemmed = word.stem(term.buffer(), term.length());
		if (mode == Mode.QUERY || !sameChars(stemmed, term)) {
			if (stem.length < stemmed.length()) {
				stem = new char[stemmed.length() + 8];
			}
			System.arraycopy(stemmed.buffer(), 0, stem, 0, stemmed.length());
			stemLength = stemmed.length();
			if (mode == Mode.QUERY) {
				term.copyBuffer(stem, 0, stemLength);
			}
		}
		return true;
	}

	private static boolean sameChars(CharTermAttribute a, CharTermAttribute b) {
		return Arrays.equals(a.buffer(), 0, a.length(), b.buffer(), 0, b.length());
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		stemLength = -1;
	}

	/** A stream of one word at a time, for running Lucene's stemming filters on a copy of a word. */
	private final class OneWord extends TokenStream {

		private final CharTermAttribute copy = addAttribute(CharTermAttribute.class);

		private boolean pending;

		/** The stem of {@code length} chars of {@code buffer}, valid until the next call. */
		CharTermAttribute stem(char[] buffer, int length) throws IOException {
			copy.copyBuffer(buffer, 0, length);
			pending = true;
			stemmer.incrementToken();
			return copy;
		}

		@Override
		public boolean incrementToken() {
			boolean given = pending;
			pending = false;
			return given;
		}
	}
}
