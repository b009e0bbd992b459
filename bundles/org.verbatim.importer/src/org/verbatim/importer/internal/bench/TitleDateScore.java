package org.verbatim.importer.internal.bench;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an extracted title and issued date compare with a page's gold. A title is right when it
 * equals the gold after {@link #normalizedTitle(String) light normalisation}; a date is right when
 * it is the gold date, or when nothing was extracted from a page that states no date.
 *
 * @param titleRight whether the extracted title is the gold one
 * @param dateRight  whether the extracted issued date is the gold one
 */
public record TitleDateScore(boolean titleRight, boolean dateRight) {

	private static final Pattern QUOTES = Pattern.compile("[\"'`\u00B4\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2032\u2033\u00AB\u00BB\u2039\u203A]");
	private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]");
	private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F\u200B]+");

	/** The score of a page whose gold is {@code gold}. */
	public static TitleDateScore of(Optional<String> title, Optional<LocalDate> date, TitleDateGold.Page gold) {
		boolean titleRight = title.map(TitleDateScore::normalizedTitle).filter(normalizedTitle(gold.title())::equals)
				.isPresent();
		return new TitleDateScore(titleRight, date.equals(gold.date()));
	}

	/**
	 * {@code title} as compared: Unicode NFKC (full-width forms, ligatures), every kind of quotation
	 * mark (straight, curly, low-9, guillemets, primes, backtick) as {@code '}, every kind of dash and
	 * minus as {@code -}, the ellipsis character as three dots (NFKC does that), runs of white space
	 * (no-break and zero-width spaces included) as one space, no space at either end, lower case in
	 * the root locale.
	 */
	public static String normalizedTitle(String title) {
		String text = Normalizer.normalize(title, Normalizer.Form.NFKC);
		text = QUOTES.matcher(text).replaceAll("'");
		text = DASHES.matcher(text).replaceAll("-");
		text = SPACES.matcher(text).replaceAll(" ").strip();
		return text.toLowerCase(Locale.ROOT);
	}

	/**
	 * Title and date accuracy over a set of annotated pages.
	 *
	 * @param docs       annotated pages scored
	 * @param titleRight pages whose title is right
	 * @param dateRight  pages whose date is right
	 */
	public record Summary(int docs, int titleRight, int dateRight) {

		/** The summary of {@code scores}. */
		public static Summary of(List<TitleDateScore> scores) {
			return new Summary(scores.size(), (int) scores.stream().filter(TitleDateScore::titleRight).count(),
					(int) scores.stream().filter(TitleDateScore::dateRight).count());
		}

		/** The share of pages whose title is right; empty when no page is annotated. */
		public Optional<Double> titleAccuracy() {
			return docs == 0 ? Optional.empty() : Optional.of((double) titleRight / docs);
		}

		/** The share of pages whose date is right; empty when no page is annotated. */
		public Optional<Double> dateAccuracy() {
			return docs == 0 ? Optional.empty() : Optional.of((double) dateRight / docs);
		}
	}
}
