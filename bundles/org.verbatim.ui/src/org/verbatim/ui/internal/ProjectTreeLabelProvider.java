package org.verbatim.ui.internal;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.verbatim.ui.internal.ProjectTreeContentProvider.ProblemNode;

/**
 * Labels of the explorer tree: project names, groups with their counts, ranges of a long list
 * ({@code S1 – S1000 (1000)}), {@code S1  <label>} for statements. Tool tips give
 * what a narrow explorer cuts off: the whole label, and the project folder.
 */
final class ProjectTreeLabelProvider extends ColumnLabelProvider {

	@Override
	public String getToolTipText(Object element) {
		if (element instanceof ProjectNode project) {
			return project.directory().toString();
		}
		if (element instanceof StatementNode statement) {
			return statement.label();
		}
		return null;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof ProjectNode project) {
			return project.problem().isPresent() ? project.name() + " (could not be opened)" : project.name();
		}
		if (element instanceof StatementNode statement) {
			return statement.label();
		}
		if (element instanceof ProblemNode problem) {
			return problem.message();
		}
		if (element instanceof GroupNode group) {
			return group.label();
		}
		if (element instanceof RangeNode range) {
			return range.label();
		}
		return super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		if (element instanceof ProjectNode) {
			return images.getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		if (element instanceof GroupNode || element instanceof RangeNode) {
			return images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
		}
		if (element instanceof StatementNode) {
			return images.getImage(ISharedImages.IMG_OBJ_FILE);
		}
		if (element instanceof ProblemNode) {
			return images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
		}
		return null;
	}
}
