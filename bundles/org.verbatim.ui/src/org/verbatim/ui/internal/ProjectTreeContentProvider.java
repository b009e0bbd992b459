package org.verbatim.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;

/**
 * Projects, then their statements. The input is the {@code List<ProjectNode>} read by
 * {@link ProjectLoadJob}; a project that could not be read has its reason as its only child.
 */
final class ProjectTreeContentProvider implements ITreeContentProvider {

	private List<ProjectNode> projects = List.of();

	@Override
	@SuppressWarnings("unchecked")
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		projects = newInput instanceof List<?> list ? (List<ProjectNode>) list : List.of();
	}

	@Override
	public Object[] getElements(Object input) {
		return projects.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof ProjectNode project) {
			return project.problem().<Object[]>map(problem -> new Object[] { new ProblemNode(problem) })
					.orElseGet(() -> project.statements().toArray());
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof StatementNode statement) {
			return projects.stream().filter(p -> p.directory().equals(statement.projectDirectory())).findFirst()
					.orElse(null);
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
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
