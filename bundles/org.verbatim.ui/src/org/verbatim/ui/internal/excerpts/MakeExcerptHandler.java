package org.verbatim.ui.internal.excerpts;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.internal.StatementEditor;
import org.verbatim.ui.internal.history.MakeExcerptOperation;
import org.verbatim.ui.internal.history.ProjectHistory;

/**
 * Make Excerpt: cuts the text selected in the Statement editor out as an excerpt of its statement,
 * with the note and tags the analyst gives, in a job; the new excerpt is then highlighted and
 * selected in the editor. The note and tags come from the command's parameters when it is run with
 * them (key bindings and scripts), otherwise from a small dialog.
 */
public final class MakeExcerptHandler extends AbstractHandler {

	/** The command id, as registered in plugin.xml. */
	public static final String COMMAND_ID = "org.verbatim.ui.commands.makeExcerpt";

	/** Optional parameter: the note to keep with the excerpt. */
	public static final String NOTE = COMMAND_ID + ".note";

	/** Optional parameter: the excerpt's tags, separated by commas. */
	public static final String TAGS = COMMAND_ID + ".tags";

	private static final String PLUGIN_ID = "org.verbatim.ui";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof StatementTextSelection selection)) {
			throw new ExecutionException("Select some text of a statement first: Make Excerpt cuts out the selection.");
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		if (store == null) {
			throw new ExecutionException("The project store is missing; reinstall Verbatim.");
		}
		Optional<String> note;
		List<String> tags;
		if (event.getParameter(NOTE) != null || event.getParameter(TAGS) != null) {
			note = ExcerptDialog.notBlank(event.getParameter(NOTE));
			tags = ExcerptDialog.tagList(event.getParameter(TAGS));
		} else {
			ExcerptDialog dialog = new ExcerptDialog(HandlerUtil.getActiveShellChecked(event), selection.text());
			if (dialog.open() != Window.OK) {
				return null;
			}
			note = dialog.note();
			tags = dialog.tags();
		}
		Display display = Display.getCurrent();
		MakeExcerptOperation operation = new MakeExcerptOperation(store, selection.projectDirectory(),
				selection.statement(), selection.start(), selection.end(), note, tags);
		// through the operation history, so that Edit > Undo takes the excerpt back
		ProjectHistory.execute(operation, done -> {
			if (editor instanceof StatementEditor statementEditor && display != null && !display.isDisposed()) {
				display.asyncExec(() -> {
					if (statementEditor.statement().isPresent()) {
						statementEditor.showExcerpt(done.excerpt().clean());
					}
				});
			}
		});
		return null;
	}
}
