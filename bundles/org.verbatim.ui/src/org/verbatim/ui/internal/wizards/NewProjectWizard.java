package org.verbatim.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.osgi.service.prefs.BackingStoreException;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.ui.ProjectList;

/**
 * File &gt; New &gt; Verbatim Project: makes a new, empty project with the {@link ProjectStore}
 * service (what {@code verbatim init} does), adds it to the workspace's {@link ProjectList} and
 * selects it in the Project Explorer.
 */
public final class NewProjectWizard extends Wizard implements INewWizard {

	/** The wizard's id in the org.eclipse.ui.newWizards extension. */
	public static final String ID = "org.verbatim.ui.wizards.newProject";

	private static final String SETTINGS = "NewProjectWizard";
	private static final String LAST_PARENT = "parent";

	private IWorkbench workbench;
	private NewProjectPage page;
	private Path created;

	/** The wizard the workbench makes from its extension. */
	public NewProjectWizard() {
		setWindowTitle("New Verbatim Project");
		setNeedsProgressMonitor(true);
		setDialogSettings(WizardSettings.section(SETTINGS));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		String parent = getDialogSettings().get(LAST_PARENT);
		page = new NewProjectPage(parent != null ? parent : System.getProperty("user.home"));
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path folder = page.folder().orElse(null);
		if (folder == null) {
			return false;
		}
		ProjectStore store = workbench.getService(ProjectStore.class);
		if (store == null) {
			page.setErrorMessage("Projects cannot be made because the project store is missing; reinstall Verbatim.");
			return false;
		}
		try {
			// the store makes a database and folders: not on the UI thread
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Creating the project in " + folder, 1);
				try (Project project = store.create(folder)) {
					monitor.worked(1);
				} catch (StoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			String sentence = cause instanceof StoreException ? cause.getMessage()
					: "The project could not be created in " + folder + "; see the log for details.";
			ILog.of(getClass()).error(sentence, cause);
			page.setErrorMessage(sentence);
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		getDialogSettings().put(LAST_PARENT, page.parentText());
		try {
			new ProjectList().add(folder);
		} catch (BackingStoreException e) {
			String sentence = "The project was created in " + folder
					+ ", but the list of projects could not be saved; open it with File > Open Project.";
			ILog.of(getClass()).error(sentence, e);
			page.setErrorMessage(sentence);
			return false;
		}
		created = folder;
		Explorers.reloadAndSelect(workbench, folder);
		return true;
	}

	/** The project folder this wizard made, once it finished; null before. */
	public Path created() {
		return created;
	}
}
