package org.verbatim.ui.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;

/**
 * Projects, then their statements, grouped by the explorer's {@link StatementGrouping}. The input
 * is the {@code List<ProjectNode>} read by {@link ProjectLoadJob}; a project that could not be read
 * has its reason as its only child. Groups are built from what the job read, in memory.
 */
final class ProjectTreeContentProvider implements ITreeContentProvider {

	private List<ProjectNode> projects = List.of();
	private StatementGrouping grouping = StatementGrouping.NONE;
	/** Each project's children under the current grouping, built when first asked for. */
	private final Map<ProjectNode, List<Object>> children = new HashMap<>();
	/** The parent of every group and grouped statement built so far (the first, for a statement in several). */
	private final Map<Object, Object> parents = new HashMap<>();

	@Override
	@SuppressWarnings("unchecked")
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		projects = newInput instanceof List<?> list ? (List<ProjectNode>) list : List.of();
		forget();
	}

	/** Groups the statements anew; refresh the viewer after. */
	void setGrouping(StatementGrouping grouping) {
		this.grouping = grouping;
		forget();
	}

	StatementGrouping grouping() {
		return grouping;
	}

	private void forget() {
		children.clear();
		parents.clear();
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
			return children.computeIfAbsent(project, p -> remember(p, StatementGroups.of(p, grouping))).toArray();
		}
		if (parent instanceof GroupNode group) {
			return remember(group, group.children()).toArray();
		}
		return new Object[0];
	}

	private List<Object> remember(Object parent, List<Object> kids) {
		for (Object kid : kids) {
			parents.putIfAbsent(kid, parent);
		}
		return kids;
	}

	@Override
	public Object getParent(Object element) {
		Object parent = parents.get(element);
		if (parent != null) {
			return parent;
		}
		if (element instanceof StatementNode statement) {
			return project(statement.projectDirectory());
		}
		if (element instanceof GroupNode group) {
			return project(group.projectDirectory());
		}
		return null;
	}

	private ProjectNode project(Path directory) {
		return projects.stream().filter(p -> p.directory().equals(directory)).findFirst().orElse(null);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof GroupNode group) {
			return !group.children().isEmpty();
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
