package org.verbatim.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A run of at most {@link ExplorerTree#RANGE} consecutive statements of a long list in the Project
 * Explorer (a project's or a group's), as a debugger shows a large array in ranges: the tree makes
 * an item for each statement only when the range is expanded. Two ranges are equal when they start
 * at the same place of the same list, so the tree keeps them expanded when it is built again.
 *
 * @param projectDirectory the project the statements belong to
 * @param parentPath       the group path of the list (empty: the project's own list)
 * @param start            where in the list the range starts, counting from 0
 * @param statements       the statements of the range, in the list's order
 */
public record RangeNode(Path projectDirectory, List<String> parentPath, int start, List<StatementNode> statements) {

	public RangeNode {
		Objects.requireNonNull(projectDirectory, "projectDirectory");
		parentPath = List.copyOf(parentPath);
		statements = List.copyOf(statements);
		if (statements.isEmpty()) {
			throw new IllegalArgumentException("a range holds at least one statement");
		}
	}

	/** What the explorer shows: the ids of its first and last statements, and how many it holds. */
	public String label() {
		return statements.getFirst().statement().id() + " \u2013 " + statements.getLast().statement().id() + " ("
				+ statements.size() + ")";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RangeNode node && projectDirectory.equals(node.projectDirectory)
				&& parentPath.equals(node.parentPath) && start == node.start;
	}

	@Override
	public int hashCode() {
		return Objects.hash(projectDirectory, parentPath, start);
	}
}
