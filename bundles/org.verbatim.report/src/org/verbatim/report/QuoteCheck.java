package org.verbatim.report;

import java.util.Objects;

/**
 * What checking one quote of a report found.
 *
 * @param excerpt the excerpt the quote cites, such as {@code E1}
 * @param quote   the quote as the report shows it (shortened for printing)
 * @param status  the finding
 * @param detail  one line saying what was compared and what differed
 */
public record QuoteCheck(String excerpt, String quote, Status status, String detail) {

	/** The possible findings; only {@link #VERIFIED} is good. */
	public enum Status {
		/** The report shows exactly the words at the cited place of the archived original. */
		VERIFIED,
		/** The words the report shows are not the words it cites (the report was edited). */
		EDITED,
		/** The cited place of the original does not hold the cited words. */
		NOT_IN_ORIGINAL,
		/** The cited original is not available, or its bytes no longer have the cited SHA-256. */
		ORIGINAL_MISSING
	}

	public QuoteCheck {
		Objects.requireNonNull(excerpt, "excerpt");
		Objects.requireNonNull(quote, "quote");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(detail, "detail");
	}

	/** Whether the quote checked out. */
	public boolean verified() {
		return status == Status.VERIFIED;
	}
}
