package org.verbatim.search.internal.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

import org.verbatim.search.internal.bench.BenchQuery.Kind;

/**
 * A seeded mix of queries drawn from the corpus's vocabulary: words of plain ASCII letters found in
 * between 0.2 % and 10 % of the lines, and phrases of two consecutive such words of a line. Words
 * that some non-ASCII word of the corpus becomes when folded to ASCII (Spanish {@code política} is
 * {@code politica}, Greek {@code αυτό} is {@code auto}) are left out: Verbatim folds diacritics and
 * scripts and plain Lucene's standard analyser does not, so only on the others must their hit
 * counts agree. Every kind of {@link Kind} is drawn with its
 * weight; the same seed gives the same mix.
 */
public final class QueryMix {

	private static final Map<Kind, Integer> WEIGHTS = new EnumMap<>(Map.of(Kind.TERM, 20, Kind.AND, 10, Kind.OR, 10,
			Kind.NOT, 10, Kind.PHRASE, 10, Kind.FUZZY, 10, Kind.PREFIX, 10, Kind.DATE_RANGE_FACETS, 10,
			Kind.TOP10_HIGHLIGHT, 10));

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Pattern ASCII_WORD = Pattern.compile("[a-z]{3,}");

	private static final double LEAST_SHARE = 0.002;

	private static final double MOST_SHARE = 0.10;

	private QueryMix() {
	}

	/**
	 * {@code count} queries drawn from {@code corpus} with {@code seed}.
	 *
	 * @throws IllegalArgumentException when the corpus has too few words to draw from
	 */
	public static List<BenchQuery> draw(EuroparlCorpus corpus, long seed, int count) {
		List<String> vocabulary = vocabulary(corpus);
		if (vocabulary.size() < 10) {
			throw new IllegalArgumentException("the corpus has only " + vocabulary.size() + " words to draw queries from");
		}
		SplittableRandom random = new SplittableRandom(seed);
		int totalWeight = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
		List<BenchQuery> queries = new ArrayList<>(count);
		for (int q = 0; q < count; q++) {
			int pick = random.nextInt(totalWeight);
			Kind kind = null;
			for (Map.Entry<Kind, Integer> weight : WEIGHTS.entrySet()) {
				pick -= weight.getValue();
				if (pick < 0) {
					kind = weight.getKey();
					break;
				}
			}
			queries.add(query(kind, corpus, vocabulary, random));
		}
		return queries;
	}

	private static BenchQuery query(Kind kind, EuroparlCorpus corpus, List<String> vocabulary, SplittableRandom random) {
		String word = word(vocabulary, random);
		String other = word(vocabulary, random);
		return switch (kind) {
		case TERM -> plain(kind, word);
		case AND -> plain(kind, word + " AND " + other);
		case OR -> plain(kind, word + " OR " + other);
		case NOT -> plain(kind, word + " NOT " + other);
		case PHRASE -> plain(kind, "\"" + phrase(corpus, random) + "\"");
		case FUZZY -> plain(kind, word + "~");
		case PREFIX -> plain(kind, word.substring(0, 4) + "*");
		case DATE_RANGE_FACETS -> {
			int from = 2000 + random.nextInt(26);
			int to = Math.min(2025, from + random.nextInt(8));
			yield new BenchQuery(kind, word, Optional.of(new BenchQuery.YearRange(from, to)), true, false);
		}
		case TOP10_HIGHLIGHT -> new BenchQuery(kind, word + " " + other, Optional.empty(), false, true);
		};
	}

	private static BenchQuery plain(Kind kind, String text) {
		return new BenchQuery(kind, text, Optional.empty(), false, false);
	}

	private static String word(List<String> vocabulary, SplittableRandom random) {
		return vocabulary.get(random.nextInt(vocabulary.size()));
	}

	/** Two consecutive words of plain letters from a random line (a random word twice if a line has none). */
	private static String phrase(EuroparlCorpus corpus, SplittableRandom random) {
		while (true) {
			String body = corpus.lines().get(random.nextInt(corpus.size())).body();
			List<String> words = new ArrayList<>();
			Matcher matcher = WORD.matcher(body);
			while (matcher.find()) {
				words.add(matcher.group().toLowerCase(Locale.ROOT));
			}
			if (words.size() < 2) {
				continue;
			}
			int start = random.nextInt(words.size() - 1);
			for (int i = start; i < words.size() - 1; i++) {
				if (ASCII_WORD.matcher(words.get(i)).matches() && ASCII_WORD.matcher(words.get(i + 1)).matches()) {
					return words.get(i) + " " + words.get(i + 1);
				}
			}
		}
	}

	/**
	 * Words of four or more plain ASCII letters found in between 0.2 % and 10 % of the lines, and
	 * that no other word of the corpus folds to, in alphabetical order (so that the seed alone
	 * decides the draw).
	 */
	static List<String> vocabulary(EuroparlCorpus corpus) {
		Map<String, Integer> lines = new HashMap<>();
		Set<String> notAscii = new HashSet<>();
		for (EuroparlCorpus.Line line : corpus.lines()) {
			Set<String> seen = new HashSet<>();
			Matcher matcher = WORD.matcher(line.body());
			while (matcher.find()) {
				String word = matcher.group().toLowerCase(Locale.ROOT);
				if (!ASCII_WORD.matcher(word).matches()) {
					notAscii.add(word);
				} else if (word.length() >= 4 && seen.add(word)) {
					lines.merge(word, 1, Integer::sum);
				}
			}
		}
		Transliterator toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
		notAscii.forEach(word -> lines.remove(toAscii.transliterate(word)));
		int least = Math.max(1, (int) Math.ceil(corpus.size() * LEAST_SHARE));
		int most = Math.max(least, (int) (corpus.size() * MOST_SHARE));
		TreeSet<String> kept = new TreeSet<>();
		lines.forEach((word, count) -> {
			if (count >= least && count <= most) {
				kept.add(word);
			}
		});
		return List.copyOf(kept);
	}
}
