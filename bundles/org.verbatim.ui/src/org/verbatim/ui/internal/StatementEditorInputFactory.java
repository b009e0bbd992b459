package org.verbatim.ui.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.verbatim.core.StatementId;

/** Restores a {@link StatementEditorInput} saved with the workbench layout. */
public final class StatementEditorInputFactory implements IElementFactory {

	/** The factory id, as registered in plugin.xml. */
	public static final String ID = "org.verbatim.ui.statementEditorInputFactory";

	private static final String PROJECT = "project";
	private static final String STATEMENT = "statement";

	static void save(StatementEditorInput input, IMemento memento) {
		memento.putString(PROJECT, input.projectDirectory().toString());
		memento.putString(STATEMENT, input.statementId().toString());
	}

	/** The input, or {@code null} (the workbench then drops the editor) when the memento is unreadable. */
	@Override
	public IAdaptable createElement(IMemento memento) {
		String project = memento.getString(PROJECT);
		String statement = memento.getString(STATEMENT);
		if (project == null || statement == null) {
			return null;
		}
		Optional<StatementId> id = StatementId.parse(statement);
		try {
			return id.map(i -> new StatementEditorInput(Path.of(project), i)).orElse(null);
		} catch (InvalidPathException e) {
			return null;
		}
	}
}
