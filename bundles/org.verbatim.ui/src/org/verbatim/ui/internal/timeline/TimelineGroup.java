package org.verbatim.ui.internal.timeline;

import java.util.List;
import java.util.Objects;

/**
 * A row of the Timeline that holds statements: a year, a month, an event, or the statements
 * without a date or event. Groups with the same path are equal, so the tree keeps them expanded
 * when the project is read again.
 *
 * @param path     the names from the top of the tree down to this group
 * @param count    how many statements it holds
 * @param children sub-groups or statements ({@code StatementNode}s)
 */
public record TimelineGroup(List<String> path, int count, List<Object> children) {

	public TimelineGroup {
		path = List.copyOf(path);
		children = List.copyOf(children);
	}

	/** The group's own name. */
	public String name() {
		return path.get(path.size() - 1);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TimelineGroup group && path.equals(group.path);
	}

	@Override
	public int hashCode() {
		return Objects.hash(path);
	}
}
