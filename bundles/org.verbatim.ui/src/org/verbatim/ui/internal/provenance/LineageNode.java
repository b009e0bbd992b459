package org.verbatim.ui.internal.provenance;

import java.util.List;
import java.util.Objects;

/**
 * One row of the Provenance view's tree: what it is and the detail beside it.
 *
 * @param label    the row's name, such as {@code excerpt/E1/1} or {@code clean-start}
 * @param detail   what stands beside it (a type and record number, a value, a time and agents)
 * @param children the rows under it
 */
public record LineageNode(String label, String detail, List<LineageNode> children) {

	public LineageNode {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(detail, "detail");
		children = List.copyOf(children);
	}

	/** A row without children. */
	static LineageNode leaf(String label, String detail) {
		return new LineageNode(label, detail, List.of());
	}
}
