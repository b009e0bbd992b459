package org.verbatim.provenance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.OffsetMap;
import org.verbatim.core.Removal;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementMetadata;

/**
 * A statement as the project holds it now, with what verification read for it, handed to every
 * {@link StatementCheck}.
 *
 * @param statement the stored statement
 * @param offsets   its stored offset map
 * @param removals  what cleaning removed, as stored
 * @param metadata  its stored metadata
 * @param decoded   its original decoded with its charset, when the original could be read and has
 *                  its hash (otherwise the problem is already a finding)
 */
public record CheckedStatement(Statement statement, OffsetMap offsets, List<Removal> removals,
		StatementMetadata metadata, Optional<String> decoded) {

	public CheckedStatement {
		Objects.requireNonNull(statement, "statement");
		Objects.requireNonNull(offsets, "offsets");
		removals = List.copyOf(removals);
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(decoded, "decoded");
	}

	/** The statement's id as findings name it, such as {@code S3}. */
	public String subject() {
		return statement.id().toString();
	}
}
