package org.verbatim.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Show in Original (Ctrl+Alt+O, the text's context menu): the Statement editor's Original page with
 * the passage selected in the text selected (or marked) there, through the offset map.
 */
public final class ShowInOriginalHandler extends AbstractHandler {

	/** The command's id, as registered in plugin.xml. */
	public static final String COMMAND_ID = "org.verbatim.ui.commands.showInOriginal";

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof StatementEditor editor) {
			editor.showPage(OriginalTab.TITLE);
		}
		return null;
	}
}
