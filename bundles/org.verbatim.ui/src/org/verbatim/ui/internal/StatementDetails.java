package org.verbatim.ui.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.Removal;
import org.verbatim.core.Retrieval;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementMetadata;

/**
 * Everything the Statement editor shows of one statement, read in one go off the UI thread. A
 * statement imported before metadata was read has {@link StatementMetadata#empty()} and no
 * removals.
 *
 * @param statement  the statement
 * @param metadata   what was read out of it, with evidence
 * @param removals   what cleaning left out of its original, in original order
 * @param retrievals every time its original was read, oldest first
 * @param original   the archived original decoded, or one sentence saying why it cannot be shown
 */
record StatementDetails(Statement statement, StatementMetadata metadata, List<Removal> removals,
		List<Retrieval> retrievals, Result<OriginalDocument> original) {

	/** A value, or one sentence saying why there is none. */
	record Result<T>(Optional<T> value, String problem) {

		static <T> Result<T> of(T value) {
			return new Result<>(Optional.of(value), "");
		}

		static <T> Result<T> failed(String problem) {
			return new Result<>(Optional.empty(), problem);
		}
	}

	StatementDetails {
		Objects.requireNonNull(statement, "statement");
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(original, "original");
		removals = List.copyOf(removals);
		retrievals = List.copyOf(retrievals);
	}
}
