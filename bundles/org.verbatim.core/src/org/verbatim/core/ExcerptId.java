package org.verbatim.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifier analysts type to name an excerpt: {@code E} followed by a positive number. Ids are
 * assigned by the project in the order excerpts are made and never reused, not even for an excerpt
 * that was withdrawn.
 *
 * @param number the positive sequence number
 */
public record ExcerptId(long number) implements Comparable<ExcerptId> {

	private static final Pattern FORM = Pattern.compile("[Ee]([1-9][0-9]{0,17})");

	public ExcerptId {
		if (number <= 0) {
			throw new IllegalArgumentException("excerpt numbers start at 1, got " + number);
		}
	}

	/** Reads {@code E12} or {@code e12}; anything else is empty. */
	public static Optional<ExcerptId> parse(String text) {
		Matcher m = FORM.matcher(text.strip());
		return m.matches() ? Optional.of(new ExcerptId(Long.parseLong(m.group(1)))) : Optional.empty();
	}

	@Override
	public int compareTo(ExcerptId other) {
		return Long.compare(number, other.number);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "E%d", number);
	}
}
