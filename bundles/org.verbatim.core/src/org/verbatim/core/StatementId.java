package org.verbatim.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifier analysts type to name a statement: {@code S} followed by a positive number. Ids
 * are assigned by the project in import order and never reused.
 *
 * @param number the positive sequence number
 */
public record StatementId(long number) implements Comparable<StatementId> {

	private static final Pattern FORM = Pattern.compile("[Ss]([1-9][0-9]{0,17})");

	public StatementId {
		if (number <= 0) {
			throw new IllegalArgumentException("statement numbers start at 1, got " + number);
		}
	}

	/** Reads {@code S12} or {@code s12}; anything else is empty. */
	public static Optional<StatementId> parse(String text) {
		Matcher m = FORM.matcher(text.strip());
		return m.matches() ? Optional.of(new StatementId(Long.parseLong(m.group(1)))) : Optional.empty();
	}

	@Override
	public int compareTo(StatementId other) {
		return Long.compare(number, other.number);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "S%d", number);
	}
}
