package org.verbatim.core;

import java.util.Objects;

/**
 * A part of the original that cleaning left out of the clean text, and the rule that did it, so
 * that the cleaning can be explained and checked.
 *
 * @param originalStart first character of the decoded original that was removed
 * @param originalEnd   one past the last
 * @param rule          the rule, such as {@code machine-translation-notice} or {@code nav-element}
 * @param text          the removed text (shortened for long spans), for listing
 */
public record Removal(int originalStart, int originalEnd, String rule, String text) {

	public Removal {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(text, "text");
		if (originalStart < 0 || originalEnd < originalStart) {
			throw new IllegalArgumentException("bad span " + originalStart + ".." + originalEnd);
		}
	}
}
