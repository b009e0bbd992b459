package org.verbatim.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change an analyst made to a project's reading of its statements: an excerpt, a tag or its
 * removal, an edit of a metadata field, or the undoing of one of these. Each is one record of the
 * provenance log; undoing never removes a change, it adds one.
 *
 * @param record      the number of the change's provenance record
 * @param change      {@code excerpt}, {@code tag}, {@code untag}, {@code edit} or {@code undo}
 * @param target      what it changed, such as {@code S3} or {@code E1}
 * @param description what it did, in one line, such as {@code title: "Old" -> "New"}
 * @param at          when it was committed
 * @param undoneBy    the record of the undo that took it back, if it was undone
 */
public record AnalystChange(long record, String change, String target, String description, Instant at,
		Optional<Long> undoneBy) {

	public AnalystChange {
		Objects.requireNonNull(change, "change");
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(undoneBy, "undoneBy");
	}
}
