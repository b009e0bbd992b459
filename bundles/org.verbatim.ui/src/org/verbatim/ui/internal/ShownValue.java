package org.verbatim.ui.internal;

import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.Evidence;
import org.verbatim.core.OffsetMap;

/**
 * One value as the Statement editor shows it, with the evidence it was read from (none for a value
 * that is not known, or that is a fact of the import rather than a reading of the text).
 *
 * @param text     the value as shown
 * @param evidence why Verbatim believes it
 */
record ShownValue(String text, Optional<Evidence> evidence) {

	/** What an unknown value shows: quiet, and never a guess. */
	static final String UNKNOWN = "\u2014";

	private static final int QUOTE_LENGTH = 160;

	ShownValue {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(evidence, "evidence");
	}

	/** A value read from the text. */
	static ShownValue read(String text, Evidence evidence) {
		return new ShownValue(text, Optional.of(evidence));
	}

	/** A value with no evidence to show, such as an import fact. */
	static ShownValue plain(String text) {
		return new ShownValue(text, Optional.empty());
	}

	/** A value the text does not give. */
	static ShownValue unknown() {
		return plain(UNKNOWN);
	}

	/** Whether this is the quiet mark of an unknown value. */
	boolean isUnknown() {
		return UNKNOWN.equals(text);
	}

	/** Where the evidence stands in the statement's clean text, when it stands there. */
	Optional<OffsetMap.Span> span() {
		return evidence.flatMap(Evidence::where);
	}

	/** The tooltip: the rule and the quote it read, and whether a click shows it in the text. */
	String tooltip() {
		if (isUnknown()) {
			return "Not found in the statement; Verbatim leaves it empty rather than guess.";
		}
		return evidence.map(e -> "read by rule " + e.rule() + " from: \"" + shortened(e.quote()) + "\""
				+ (e.where().isPresent() ? "\nClick to select it in the text."
						: "\nThe quote is not in the cleaned text (it was read from page furniture or markup)."))
				.orElse("");
	}

	private static String shortened(String quote) {
		String oneLine = quote.strip().replaceAll("\\s+", " ");
		return oneLine.length() <= QUOTE_LENGTH ? oneLine : oneLine.substring(0, QUOTE_LENGTH - 1) + "\u2026";
	}
}
