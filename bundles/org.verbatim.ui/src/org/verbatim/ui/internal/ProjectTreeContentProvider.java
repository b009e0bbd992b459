package org.verbatim.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;

/**
 * Projects, then their statements, grouped by the explorer's {@link StatementGrouping}. The input
 * is the {@code List<ProjectNode>} read by {@link ProjectLoadJob}; a project that could not be read
 * has its reason as its only child. What lies under the projects comes from an {@link ExplorerTree}
 * built off the UI thread: this provider only looks children up, it never groups.
 */
final class ProjectTreeContentProvider implements ITreeContentProvider {

	private List<ProjectNode> projects = List.of();
	/** The grouping asked for; {@link #tree} may still be built for the one before. */
	private StatementGrouping grouping = StatementGrouping.NONE;
	private ExplorerTree tree = ExplorerTree.empty(StatementGrouping.NONE);

	@Override
	@SuppressWarnings("unchecked")
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		projects = newInput instanceof List<?> list ? (List<ProjectNode>) list : List.of();
	}

	/** Asks for {@code grouping}; the groups change when a tree built for it is {@link #show shown}. */
	void setGrouping(StatementGrouping grouping) {
		this.grouping = grouping;
	}

	/** The grouping asked for last. */
	StatementGrouping grouping() {
		return grouping;
	}

	/** Shows {@code built} under the projects from now on; refresh the viewer after. */
	void show(ExplorerTree built) {
		this.tree = built;
	}

	/** What is shown under the projects now. */
	ExplorerTree tree() {
		return tree;
	}

	@Override
	public Object[] getElements(Object input) {
		return projects.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof ProjectNode project) {
			if (project.problem().isPresent()) {
				return new Object[] { new ProblemNode(project.problem().get()) };
			}
			return tree.children(project).toArray();
		}
		if (parent instanceof GroupNode group) {
			return group.children().toArray();
		}
		if (parent instanceof RangeNode range) {
			return range.statements().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return tree.parent(element).orElseGet(() -> {
			if (element instanceof StatementNode statement) {
				return tree.project(statement.projectDirectory()).orElse(null);
			}
			if (element instanceof GroupNode group) {
				return tree.project(group.projectDirectory()).orElse(null);
			}
			return null;
		});
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof GroupNode group) {
			return !group.children().isEmpty();
		}
		if (element instanceof RangeNode) {
			return true;
		}
		return element instanceof ProjectNode project && (project.problem().isPresent() || !project.statements().isEmpty());
	}

	/**
	 * Why a project could not be read, shown as its child.
	 *
	 * @param message the one-sentence reason
	 */
	record ProblemNode(String message) {
	}
}
