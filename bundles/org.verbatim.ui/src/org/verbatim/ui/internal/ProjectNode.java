package org.verbatim.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A project as the explorer shows it: read by {@link ProjectLoadJob}, or the one-sentence
 * reason it could not be read. Two nodes are equal when they name the same folder, so the tree
 * keeps its expansion state when the projects are read again.
 *
 * @param directory  the project folder
 * @param name       the project's name (the folder name when the project could not be opened)
 * @param statements the project's statements in id order (empty when it could not be opened)
 * @param problem    why the project could not be opened, if it could not
 */
public record ProjectNode(Path directory, String name, List<StatementNode> statements, Optional<String> problem) {

	public ProjectNode {
		Objects.requireNonNull(directory, "directory");
		Objects.requireNonNull(name, "name");
		statements = List.copyOf(statements);
		Objects.requireNonNull(problem, "problem");
	}

	/** A project that could not be read, with the reason. */
	static ProjectNode unreadable(Path directory, String problem) {
		Path fileName = directory.getFileName();
		return new ProjectNode(directory, fileName == null ? directory.toString() : fileName.toString(), List.of(),
				Optional.of(problem));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ProjectNode node && directory.equals(node.directory);
	}

	@Override
	public int hashCode() {
		return directory.hashCode();
	}
}
