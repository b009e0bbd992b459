package org.verbatim.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A group of statements in the Project Explorer (a publisher, a speaker, a year...). Two groups are
 * equal when they have the same path in the same project, so that the tree keeps them expanded
 * when the projects are read again.
 *
 * @param projectDirectory the project the statements belong to
 * @param path             the names of the groups from the project down to this one
 * @param count            how many statements it holds (each counted once)
 * @param children         sub-groups or {@link StatementNode}s
 */
public record GroupNode(Path projectDirectory, List<String> path, int count, List<Object> children) {

	public GroupNode {
		Objects.requireNonNull(projectDirectory, "projectDirectory");
		path = List.copyOf(path);
		children = List.copyOf(children);
	}

	/** The group's own name: the last of its path. */
	public String name() {
		return path.get(path.size() - 1);
	}

	/** What the explorer shows: the name and the count. */
	public String label() {
		return name() + " (" + count + ")";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof GroupNode node && projectDirectory.equals(node.projectDirectory) && path.equals(node.path);
	}

	@Override
	public int hashCode() {
		return Objects.hash(projectDirectory, path);
	}
}
