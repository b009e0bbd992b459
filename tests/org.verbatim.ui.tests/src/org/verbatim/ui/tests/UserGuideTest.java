package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.verbatim.index.lucene.IndexFields;
import org.verbatim.ui.internal.help.UserGuideView;

/**
 * Help &gt; User Guide opens the guide that ships in the ui bundle, and the guide's query syntax
 * names every field the query language accepts, so a field added to search without a line in the
 * guide fails here.
 */
class UserGuideTest {

	@Test
	void helpMenuCommandShowsTheGuideWithEveryQueryField() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
		// what the Help menu's entry runs
		handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand("org.eclipse.ui.views.showView"),
				Map.of("org.eclipse.ui.views.showView.viewId", UserGuideView.ID)), null);
		UserGuideView guide = assertInstanceOf(UserGuideView.class, page.findView(UserGuideView.ID));
		try {
			String text = guide.shownText();
			assertTrue(text.startsWith("Verbatim User Guide\n==="), text);
			for (String field : IndexFields.QUERYABLE) {
				assertTrue(text.contains(field + ":"), "the guide's query syntax lacks " + field + ":");
			}
			assertTrue(text.contains("Khojaly OR Xocalı \u2014 either word"), "table rows are one line each");
			assertTrue(text.contains("Edit > Undo (Ctrl+Z)"), "the guide says how to undo");
		} finally {
			page.hideView(guide);
		}
	}
}
