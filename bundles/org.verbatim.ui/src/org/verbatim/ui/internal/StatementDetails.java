package org.verbatim.ui.internal;

import java.util.List;
import java.util.Objects;

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
 */
record StatementDetails(Statement statement, StatementMetadata metadata, List<Removal> removals,
		List<Retrieval> retrievals) {

	StatementDetails {
		Objects.requireNonNull(statement, "statement");
		Objects.requireNonNull(metadata, "metadata");
		removals = List.copyOf(removals);
		retrievals = List.copyOf(retrievals);
	}
}
