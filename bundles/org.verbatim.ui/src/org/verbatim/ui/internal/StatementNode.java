package org.verbatim.ui.internal;

import java.nio.file.Path;
import java.util.Objects;

import org.verbatim.core.Statement;

/**
 * A statement in the explorer tree. Equal nodes name the same statement of the same project.
 *
 * @param projectDirectory the folder of the project the statement belongs to
 * @param statement        the statement as it was read
 * @param facts            its metadata, tags and retrievals as read with it
 */
public record StatementNode(Path projectDirectory, Statement statement, StatementFacts facts) {

	public StatementNode {
		Objects.requireNonNull(projectDirectory, "projectDirectory");
		Objects.requireNonNull(statement, "statement");
		Objects.requireNonNull(facts, "facts");
	}

	/** A statement whose metadata, tags and retrievals are not known. */
	public StatementNode(Path projectDirectory, Statement statement) {
		this(projectDirectory, statement, StatementFacts.UNKNOWN);
	}

	/** The label the explorer shows: the id, two spaces, then the statement's label. */
	public String label() {
		return statement.id() + "  " + statement.label();
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
