package org.verbatim.index.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The analysis of Verbatim's fields. Text fields are tokenized by Unicode word rules and folded to
 * ASCII keys ({@link ScriptFoldingFilter}); the {@code text} field holds written forms and English
 * stems ({@link StemAlternativeFilter}), the {@code title} is stemmed, the name fields are not. No stop words are dropped:
 * analysts search for phrases such as "in the name of".
 */
public final class VerbatimAnalyzers {

	private VerbatimAnalyzers() {
	}

	/**
	 * The {@link IndexFields#TEXT text} field's words as indexed: folded, each as written and its
	 * marked stem where that differs ({@link StemAlternativeFilter.Mode#INDEX}).
	 */
	public static TokenStream textIndexing(Tokenizer source) {
		return new StemAlternativeFilter(new ScriptFoldingFilter(source), StemAlternativeFilter.Mode.INDEX);
	}

	/** The {@link IndexFields#TEXT text} field's analysis for indexing (and for re-analysing hits). */
	public static Analyzer textIndex() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, textIndexing(source));
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ScriptFoldingFilter(in);
			}
		};
	}

	/**
	 * A stemmed search of the {@link IndexFields#TEXT text} field: each folded word (and alias
	 * spelling) as its stem, unmarked and marked ({@link StemAlternativeFilter.Mode#QUERY}).
	 */
	public static Analyzer textStemmedQuery(SynonymMap aliases) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, new StemAlternativeFilter(
						withAliases(new ScriptFoldingFilter(source), aliases), StemAlternativeFilter.Mode.QUERY));
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ScriptFoldingFilter(in);
			}
		};
	}

	/** Folded and stemmed (the title); with aliases, each alias spelling also stands for the others. */
	public static Analyzer stemmed(SynonymMap aliases) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source,
						new PorterStemFilter(new EnglishPossessiveFilter(withAliases(new ScriptFoldingFilter(source), aliases))));
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ScriptFoldingFilter(in);
			}
		};
	}

	/** Folded, not stemmed. */
	public static Analyzer exact(SynonymMap aliases) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, withAliases(new ScriptFoldingFilter(source), aliases));
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ScriptFoldingFilter(in);
			}
		};
	}

	private static TokenStream withAliases(TokenStream stream, SynonymMap aliases) {
		return aliases.fst == null ? stream : new SynonymGraphFilter(stream, aliases, false);
	}

	/** No aliases: what indexing uses (aliases apply at query time, so editing them needs no reindex). */
	public static SynonymMap noAliases() {
		try {
			return new SynonymMap.Builder().build();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The analyzer of every field for indexing: see {@link IndexFields}. */
	public static Analyzer indexing() {
		SynonymMap none = noAliases();
		return new PerFieldAnalyzerWrapper(exact(none), Map.of(IndexFields.TEXT, textIndex(), IndexFields.TITLE, stemmed(none)));
	}

	/**
	 * The analyzer of every field for queries, with {@code aliases}: the text searched by stems, or
	 * by written forms if {@code exactForms}; the title stemmed; the rest exact.
	 */
	public static Analyzer query(SynonymMap aliases, boolean exactForms) {
		Analyzer exact = exact(aliases);
		return new PerFieldAnalyzerWrapper(exact, Map.of(IndexFields.TEXT,
				exactForms ? exact : textStemmedQuery(aliases), IndexFields.TITLE, stemmed(aliases)));
	}

	/**
	 * The project's alias groups as a synonym map over folded word keys: every spelling of a group
	 * matches every other (multi-word spellings included).
	 */
	public static SynonymMap aliasMap(List<List<String>> groups) {
		try (Analyzer keys = exact(noAliases())) {
			SynonymMap.Builder builder = new SynonymMap.Builder(true);
			for (List<String> group : groups) {
				List<CharsRef> spellings = new ArrayList<>();
				for (String spelling : group) {
					CharsRef key = key(keys, spelling);
					if (key.length > 0 && !spellings.contains(key)) {
						spellings.add(key);
					}
				}
				for (CharsRef from : spellings) {
					for (CharsRef to : spellings) {
						if (!from.equals(to)) {
							builder.add(from, to, true);
						}
					}
				}
			}
			return builder.build();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The folded words of a spelling, joined as the synonym map wants them. */
	private static CharsRef key(Analyzer analyzer, String spelling) throws IOException {
		CharsRefBuilder joined = new CharsRefBuilder();
		try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, new StringReader(spelling))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (joined.length() > 0) {
					joined.append(SynonymMap.WORD_SEPARATOR);
				}
				joined.append(term.buffer(), 0, term.length());
			}
			stream.end();
		}
		return joined.toCharsRef();
	}
}
