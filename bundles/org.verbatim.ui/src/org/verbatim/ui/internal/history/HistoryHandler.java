package org.verbatim.ui.internal.history;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

/**
 * Edit &gt; Undo and Edit &gt; Redo for the analyst's changes: enabled when the history has one,
 * and labelled with it ("Undo Make Excerpt"), kept up to date as the history changes.
 */
public abstract class HistoryHandler extends AbstractHandler implements IElementUpdater {

	private final String commandId;
	private final String verb;
	private final IOperationHistoryListener listener = this::historyChanged;
	private final Display display = Display.getCurrent();

	HistoryHandler(String commandId, String verb) {
		this.commandId = commandId;
		this.verb = verb;
		ProjectHistory.history().addOperationHistoryListener(listener);
		update();
	}

	/** The operation the command would undo or redo now, or {@code null}. */
	abstract IUndoableOperation next();

	private void historyChanged(OperationHistoryEvent event) {
		// the history tells on whatever thread changed it; the menu is updated on the UI thread
		if (display != null && !display.isDisposed()) {
			display.asyncExec(this::update);
		}
	}

	private void update() {
		setBaseEnabled(next() != null);
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		if (commands != null) {
			commands.refreshElements(commandId, null);
		}
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		IUndoableOperation operation = next();
		element.setText(operation == null ? verb : verb + " " + operation.getLabel());
	}

	@Override
	public void dispose() {
		ProjectHistory.history().removeOperationHistoryListener(listener);
		super.dispose();
	}

	/** Undo: the newest change not undone yet. */
	public static final class Undo extends HistoryHandler {

		/** The handler the workbench creates from plugin.xml. */
		public Undo() {
			super("org.eclipse.ui.edit.undo", "&Undo");
		}

		@Override
		IUndoableOperation next() {
			return ProjectHistory.history().getUndoOperation(ProjectHistory.context());
		}

		@Override
		public Object execute(ExecutionEvent event) {
			ProjectHistory.undo();
			return null;
		}
	}

	/** Redo: the change undone last. */
	public static final class Redo extends HistoryHandler {

		/** The handler the workbench creates from plugin.xml. */
		public Redo() {
			super("org.eclipse.ui.edit.redo", "&Redo");
		}

		@Override
		IUndoableOperation next() {
			return ProjectHistory.history().getRedoOperation(ProjectHistory.context());
		}

		@Override
		public Object execute(ExecutionEvent event) {
			ProjectHistory.redo();
			return null;
		}
	}
}
