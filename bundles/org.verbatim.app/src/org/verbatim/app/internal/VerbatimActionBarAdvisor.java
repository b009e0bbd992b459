package org.verbatim.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The menu bar: File (New, Open Project…, Import…, Export…, Exit), Edit (Undo, Redo), Window (Preferences) and Help (User Guide, About Verbatim). */
final class VerbatimActionBarAdvisor extends ActionBarAdvisor {

	private OpenProjectAction openProject;
	private IWorkbenchAction exit;
	private AboutAction about;
	private IWorkbenchAction preferences;

	VerbatimActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		openProject = new OpenProjectAction(window);
		exit = ActionFactory.QUIT.create(window);
		register(exit);
		about = new AboutAction(window);
		preferences = ActionFactory.PREFERENCES.create(window);
		register(preferences);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		// the groups plugins contribute to (New, Import and Export come from the ui bundle)
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(openProject);
		file.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(exit);
		// Undo and Redo are contributed by the ui bundle, which knows the analyst's changes
		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		windowMenu.add(new Separator());
		windowMenu.add(preferences);
		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator());
		help.add(about);
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}
}
