package org.verbatim.importer;

import java.util.Objects;

/**
 * A range of a statement's clean text that a {@link TextCleaner} removes, and why.
 *
 * @param start  the first character of the clean text to remove
 * @param end    one past the last
 * @param rule   the cleaner's name for the rule, a word such as {@code photo-credit-caption}
 *               (recorded as {@code <bundle>/<rule>})
 * @param reason one line an analyst reads: why this range is not part of the statement
 * @since 1.1
 */
public record TextRemoval(int start, int end, String rule, String reason) {

	public TextRemoval {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(reason, "reason");
	}
}
