package org.verbatim.importer.internal.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written in the common forms: {@code 18 January 2019}, {@code 26th Feb 2021},
 * {@code February 22, 2019}, {@code 2025-02-27}, {@code 22/02/2019}, {@code 22.02.2019}. Month
 * names are read in English, French, German, Spanish and Turkish.
 * <p>
 * A numeric date whose day and month could be swapped ({@code 03/04/2019}) is read only when the
 * caller says which comes first; otherwise it is reported with both readings and no date, so that
 * nothing is guessed silently. A number above 12 settles the order by itself, and dots are
 * day-first in every convention that uses them.
 */
public final class DateReader {

	/** Which number comes first in a numeric date, as the context says. */
	public enum NumericOrder {
		/** {@code 22/02/2019}: day, month, year. */
		DAY_FIRST,
		/** {@code 02/22/2019}: month, day, year. */
		MONTH_FIRST,
		/** Nothing in the context says. */
		UNKNOWN
	}

	/** Form name: {@code 18 January 2019}, {@code 26th Feb 2021}. */
	public static final String DAY_MONTH_YEAR = "day-month-year";

	/** Form name: {@code February 22, 2019}. */
	public static final String MONTH_DAY_YEAR = "month-day-year";

	/** Form name: {@code 2025-02-27}. */
	public static final String ISO = "iso-8601";

	/** Form name: a numeric date whose order was settled. */
	public static final String NUMERIC = "numeric";

	/** Form name: a numeric date that could be read two ways and was not. */
	public static final String NUMERIC_AMBIGUOUS = "numeric-ambiguous";

	/**
	 * A date written in a text.
	 *
	 * @param start    first character of the mention
	 * @param end      one past its last character
	 * @param date     the date, empty when the mention is ambiguous
	 * @param form     how it was written (one of the form names of this class)
	 * @param readings every date the mention can stand for (two for an ambiguous numeric date)
	 */
	public record Found(int start, int end, Optional<LocalDate> date, String form, List<LocalDate> readings) {

		public Found {
			readings = List.copyOf(readings);
		}
	}

	private static final Map<String, Integer> MONTHS = new HashMap<>();

	static {
		String[][] names = {
				{ "january", "jan", "janvier", "januar", "jänner", "enero", "ocak" },
				{ "february", "feb", "février", "fevrier", "februar", "febrero", "şubat", "subat" },
				{ "march", "mar", "mars", "märz", "marz", "marzo", "mart" },
				{ "april", "apr", "avril", "abril", "nisan" },
				{ "may", "mai", "mayo", "mayıs", "mayis" },
				{ "june", "jun", "juin", "juni", "junio", "haziran" },
				{ "july", "jul", "juillet", "juli", "julio", "temmuz" },
				{ "august", "aug", "août", "aout", "agosto", "ağustos", "agustos" },
				{ "september", "sep", "sept", "septembre", "septiembre", "eylül", "eylul" },
				{ "october", "oct", "octobre", "oktober", "octubre", "ekim" },
				{ "november", "nov", "novembre", "noviembre", "kasım", "kasim" },
				{ "december", "dec", "décembre", "decembre", "dezember", "diciembre", "aralık", "aralik" } };
		for (int month = 0; month < names.length; month++) {
			for (String name : names[month]) {
				MONTHS.put(name, month + 1);
			}
		}
	}

	private static final String MONTH = "(\\p{L}{3,10})\\.?";

	private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er|\\.)?";

	private static final String YEAR = "(\\d{4})(?!\\d)";

	private static final Pattern WRITTEN = Pattern.compile("(?<![\\p{L}\\d])(?:" + DAY + "(?:\\s+of)?\\s+" + MONTH + ",?\\s+"
			+ YEAR + "|" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + ")", Pattern.UNICODE_CHARACTER_CLASS);

	/** A year as {@link #WRITTEN} ends in one, and how far before it such a date may begin. */
	private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}(?!\\d)", Pattern.UNICODE_CHARACTER_CLASS);

	private static final int WRITTEN_REACH = 80;

	private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");

	private static final Pattern NUMERIC_DATE = Pattern
			.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d/.-]\\d)");

	/** The date a match of {@link #WRITTEN} names, if its month word is a month and the day exists. */
	private static Optional<Found> written(Matcher m) {
		boolean dayFirst = m.group(1) != null;
		String monthName = dayFirst ? m.group(2) : m.group(4);
		Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT));
		if (month == null) {
			return Optional.empty();
		}
		int day = Integer.parseInt(dayFirst ? m.group(1) : m.group(5));
		int year = Integer.parseInt(dayFirst ? m.group(3) : m.group(6));
		return date(year, month, day).map(d -> new Found(m.start(), m.end(), Optional.of(d),
				dayFirst ? DAY_MONTH_YEAR : MONTH_DAY_YEAR, List.of(d)));
	}

	/** All dates in {@code text}, in text order. */
	public List<Found> findAll(CharSequence text, NumericOrder order) {
		List<Found> found = new ArrayList<>();
		// A written date ends in its year: look for one only just before each four-digit number,
		// not at every word of a long page (this was a tenth of all import time).
		Matcher m = WRITTEN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		Matcher year = FOUR_DIGITS.matcher(text);
		int searched = 0;
		while (year.find()) {
			m.region(Math.max(searched, year.start() - WRITTEN_REACH), year.end());
			while (m.find()) {
				searched = m.end();
				written(m).ifPresent(found::add);
			}
		}
		Matcher iso = ISO_DATE.matcher(text);
		while (iso.find()) {
			date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)))
					.ifPresent(d -> found.add(new Found(iso.start(), iso.end(), Optional.of(d), ISO, List.of(d))));
		}
		Matcher numeric = NUMERIC_DATE.matcher(text);
		while (numeric.find()) {
			numeric(numeric, order).ifPresent(found::add);
		}
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}

	/**
	 * The date that {@code text} consists of (surrounding white space and a trailing comma or dash
	 * aside), if it is one and can be read without guessing.
	 */
	public Optional<LocalDate> read(String text, NumericOrder order) {
		String trimmed = text.strip().replaceAll("[,–—-]$", "").strip();
		return findAll(trimmed, order).stream()
				.filter(f -> f.start() == 0 && f.end() == trimmed.length() && f.date().isPresent()).findFirst()
				.flatMap(Found::date);
	}

	private static Optional<Found> numeric(Matcher m, NumericOrder order) {
		int first = Integer.parseInt(m.group(1));
		int second = Integer.parseInt(m.group(3));
		int year = Integer.parseInt(m.group(4));
		Optional<LocalDate> dayFirst = date(year, second, first);
		Optional<LocalDate> monthFirst = date(year, first, second);
		List<LocalDate> readings = new ArrayList<>();
		dayFirst.ifPresent(readings::add);
		monthFirst.filter(d -> !readings.contains(d)).ifPresent(readings::add);
		if (readings.isEmpty()) {
			return Optional.empty();
		}
		Optional<LocalDate> date;
		if (readings.size() == 1) {
			date = Optional.of(readings.get(0));
		} else if (order == NumericOrder.DAY_FIRST || ".".equals(m.group(2))) {
			date = dayFirst;
		} else if (order == NumericOrder.MONTH_FIRST) {
			date = monthFirst;
		} else {
			date = Optional.empty();
		}
		return Optional.of(new Found(m.start(), m.end(), date, date.isPresent() ? NUMERIC : NUMERIC_AMBIGUOUS, readings));
	}

	private static Optional<LocalDate> date(int year, int month, int day) {
		try {
			return Optional.of(LocalDate.of(year, month, day));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}
}
