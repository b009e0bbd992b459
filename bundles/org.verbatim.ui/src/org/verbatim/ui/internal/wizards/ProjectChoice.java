package org.verbatim.ui.internal.wizards;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.verbatim.ui.ProjectList;
import org.verbatim.ui.internal.ProjectNode;
import org.verbatim.ui.internal.StatementNode;
import org.verbatim.ui.internal.excerpts.ExcerptRow;

/**
 * A read-only combo box of the workspace's projects (the {@link ProjectList}), each shown as its
 * folder's name and path, preselecting the project of what the analyst had selected.
 */
final class ProjectChoice {

	private final List<Path> projects;
	private final Combo combo;

	ProjectChoice(Composite parent, IStructuredSelection selection) {
		projects = new ProjectList().projects();
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (Path project : projects) {
			Path name = project.getFileName();
			combo.add((name == null ? project.toString() : name.toString()) + "  (" + project + ")");
		}
		Optional<Path> selected = projectOf(selection);
		int index = selected.map(projects::indexOf).orElse(-1);
		if (index < 0 && !projects.isEmpty()) {
			index = 0;
		}
		if (index >= 0) {
			combo.select(index);
		}
	}

	/** The project of the first element of {@code selection} that belongs to one. */
	static Optional<Path> projectOf(IStructuredSelection selection) {
		if (selection == null) {
			return Optional.empty();
		}
		for (Object element : selection) {
			if (element instanceof ProjectNode node) {
				return Optional.of(node.directory());
			} else if (element instanceof StatementNode node) {
				return Optional.of(node.projectDirectory());
			} else if (element instanceof ExcerptRow row) {
				return Optional.of(row.projectDirectory());
			}
		}
		return Optional.empty();
	}

	Combo combo() {
		return combo;
	}

	/** The chosen project, if there is any project to choose. */
	Optional<Path> selected() {
		int index = combo.getSelectionIndex();
		return index < 0 ? Optional.empty() : Optional.of(projects.get(index));
	}

	/** Chooses {@code directory} if it is in the list; returns whether it is. */
	boolean select(Path directory) {
		int index = projects.indexOf(directory.toAbsolutePath().normalize());
		if (index >= 0) {
			combo.select(index);
			combo.notifyListeners(SWT.Selection, null);
		}
		return index >= 0;
	}

	/** The sentence to show when there is no project to choose from. */
	static String noProjectSentence() {
		return "There is no project yet; make one with File > New > Verbatim Project first.";
	}
}
