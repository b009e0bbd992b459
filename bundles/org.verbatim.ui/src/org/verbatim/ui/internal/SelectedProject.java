package org.verbatim.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;

/**
 * The project a selection belongs to, for views that show one project and follow what the analyst
 * selects: the project of a Statement editor, or of a statement, group or (readable) project in the
 * explorer or the Timeline.
 */
public final class SelectedProject {

	private SelectedProject() {
	}

	/** The folder (absolute, normalised) of the project of what {@code part} selected, if any. */
	public static Optional<Path> of(IWorkbenchPart part, ISelection selection) {
		Optional<Path> selected = Optional.empty();
		if (part instanceof StatementEditor editor && editor.getEditorInput() instanceof StatementEditorInput input) {
			selected = Optional.of(input.projectDirectory());
		} else if (selection instanceof IStructuredSelection structured) {
			Object first = structured.getFirstElement();
			if (first instanceof StatementNode node) {
				selected = Optional.of(node.projectDirectory());
			} else if (first instanceof ProjectNode node && node.problem().isEmpty()) {
				selected = Optional.of(node.directory());
			} else if (first instanceof GroupNode node) {
				selected = Optional.of(node.projectDirectory());
			}
		}
		return selected.map(p -> p.toAbsolutePath().normalize());
	}
}
