package org.verbatim.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One original that could not be imported, kept in the project's history: where it came from, why
 * it failed (the one sentence the analyst was shown), and the archived bytes when any were read.
 * A later successful import of the same source is a normal import; the failure stays listed.
 *
 * @param number   the failure's number in the project, in the order the failures happened
 * @param source   the path, archive entry or URL as the import named it
 * @param original the archived bytes that failed, when the bytes could be read (none for a file
 *                 that does not exist, an unreachable host or an entry refused unread)
 * @param reason   why, as the rest of the sentence that starts with the source
 * @param failedAt when (UTC)
 */
public record FailedImport(long number, String source, Optional<OriginalRef> original, String reason,
		Instant failedAt) {

	public FailedImport {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(original, "original");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(failedAt, "failedAt");
		if (number < 1) {
			throw new IllegalArgumentException("failure numbers start at 1: " + number);
		}
	}
}
