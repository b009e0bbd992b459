package org.verbatim.ui.internal.preferences;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.ui.ProjectList;
import org.verbatim.ui.internal.UiThread;

/**
 * Preferences &gt; Verbatim &gt; Aliases: a project's name variants (Khojaly, Khojali, Xocalı),
 * which search treats as one spelling. Each project keeps its own list, so it travels with the
 * project folder; a group added here is in the project at once, like {@code verbatim alias add}.
 */
public final class AliasesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Combo projects;
	private org.eclipse.swt.widgets.List groups;
	private Button add;
	private List<Path> folders = List.of();

	@Override
	public void init(IWorkbench workbench) {
		setDescription("Spellings that search treats as one, per project (a group is kept in the project).");
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText("&Project:");
		projects = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(projects);
		folders = new ProjectList().projects();
		projects.setItems(folders.stream().map(Path::toString).toArray(String[]::new));
		projects.addListener(SWT.Selection, event -> read());

		groups = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.V_SCROLL | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 200).applyTo(groups);
		add = new Button(page, SWT.PUSH);
		add.setText("&Add Group\u2026");
		add.addListener(SWT.Selection, event -> addGroup());
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(add);
		if (folders.isEmpty()) {
			setMessage("No project yet: open or create one first.", WARNING);
			add.setEnabled(false);
		} else {
			projects.select(0);
			read();
		}
		return page;
	}

	/** The project shown, if one is chosen. */
	private Path chosen() {
		int index = projects.getSelectionIndex();
		return index < 0 ? null : folders.get(index);
	}

	/** Reads the chosen project's groups off the UI thread. */
	private void read() {
		Path folder = chosen();
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		if (folder == null || store == null) {
			return;
		}
		groups.setItems("Reading\u2026");
		run("Reading the aliases of " + folder, folder, store, project -> {
			List<List<String>> read = project.aliasGroups();
			UiThread.later(groups.getDisplay(), () -> show(folder, read));
		});
	}

	private void show(Path folder, List<List<String>> read) {
		if (groups.isDisposed() || !folder.equals(chosen())) {
			return;
		}
		groups.setItems(read.stream().map(group -> String.join(" = ", group)).toArray(String[]::new));
		if (read.isEmpty()) {
			groups.setItems("(none yet)");
		}
	}

	private void addGroup() {
		Path folder = chosen();
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		if (folder == null || store == null) {
			return;
		}
		InputDialog dialog = new InputDialog(getShell(), "Add Aliases",
				"Spellings that mean the same, separated by commas (e.g. Khojaly, Khojali, Xocal\u0131):", "",
				AliasesPreferencePage::problem);
		if (dialog.open() != Window.OK) {
			return;
		}
		List<String> spellings = spellings(dialog.getValue());
		run("Adding aliases to " + folder, folder, store, project -> {
			project.addAliasGroup(spellings);
			List<List<String>> read = project.aliasGroups();
			UiThread.later(groups.getDisplay(), () -> show(folder, read));
		});
	}

	/** The spellings typed, separated by commas, without blanks. */
	static List<String> spellings(String typed) {
		return Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	/** What is wrong with the typed group, or {@code null}. */
	static String problem(String typed) {
		return spellings(typed).size() < 2 ? "A group needs at least two spellings, separated by commas." : null;
	}

	private interface Work {
		void run(Project project) throws StoreException;
	}

	private void run(String name, Path folder, ProjectStore store, Work work) {
		Job.create(name, (IProgressMonitor monitor) -> {
			try (Project project = store.open(folder)) {
				work.run(project);
			} catch (StoreException e) {
				UiThread.later(groups.getDisplay(), () -> {
					if (!groups.isDisposed()) {
						setErrorMessage(folder.getFileName() + ": " + e.getMessage());
					}
				});
			}
			return Status.OK_STATUS;
		}).schedule();
	}
}
