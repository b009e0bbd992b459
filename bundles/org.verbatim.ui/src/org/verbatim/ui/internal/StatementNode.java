package org.verbatim.ui.internal;

import java.nio.file.Path;
import java.util.Objects;

import org.verbatim.core.store.StatementSummary;

/**
 * A statement in the explorer tree and the Timeline: what the store's listing says of it (no
 * text). Equal nodes name the same statement of the same project.
 *
 * @param projectDirectory the folder of the project the statement belongs to
 * @param statement        the statement as listed: its metadata values, tags and retrievals
 */
public record StatementNode(Path projectDirectory, StatementSummary statement) {

	public StatementNode {
		Objects.requireNonNull(projectDirectory, "projectDirectory");
		Objects.requireNonNull(statement, "statement");
	}

	/** The label the explorer shows: the id, two spaces, then the statement's label. */
	public String label() {
		return StatementLabels.withId(statement);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StatementNode node && projectDirectory.equals(node.projectDirectory)
				&& statement.id().equals(node.statement.id());
	}

	@Override
	public int hashCode() {
		return Objects.hash(projectDirectory, statement.id());
	}
}
