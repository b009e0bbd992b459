package org.verbatim.ui.internal;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.verbatim.core.StatementId;

/**
 * A statement to show in the {@link StatementEditor}: a project folder and a statement id. It
 * carries no text, so it can be saved with the workbench layout and reopened after a restart
 * (see {@link StatementEditorInputFactory}).
 */
public final class StatementEditorInput extends PlatformObject implements IEditorInput, IPersistableElement {

	private final Path projectDirectory;
	private final StatementId statementId;

	public StatementEditorInput(Path projectDirectory, StatementId statementId) {
		this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
		this.statementId = Objects.requireNonNull(statementId, "statementId");
	}

	/** The folder of the project that holds the statement. */
	public Path projectDirectory() {
		return projectDirectory;
	}

	/** The statement's id in its project. */
	public StatementId statementId() {
		return statementId;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return statementId.toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return statementId + " in " + projectDirectory;
	}

	@Override
	public String getFactoryId() {
		return StatementEditorInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		StatementEditorInputFactory.save(this, memento);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StatementEditorInput input && projectDirectory.equals(input.projectDirectory)
				&& statementId.equals(input.statementId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(projectDirectory, statementId);
	}
}
