package org.verbatim.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.ProjectList;
import org.verbatim.ui.VerbatimParts;

/**
 * The Project Explorer: the workspace's {@link ProjectList} as a tree of projects and their
 * statements. Projects are read by a {@link ProjectLoadJob} whenever the list changes; opening a
 * statement (double-click or Enter) shows it in the {@link StatementEditor}.
 */
public final class ProjectExplorerView extends ViewPart {

	/** The view id, as registered in plugin.xml. */
	public static final String ID = VerbatimParts.PROJECT_EXPLORER_VIEW_ID;

	private final ProjectList projectList = new ProjectList();
	private TreeViewer viewer;
	private IPreferenceChangeListener listListener;
	private ProjectLoadJob loadJob;
	private boolean loaded;
	/** A project to select as soon as the explorer shows it (a wizard just made or filled it). */
	private Path toSelect;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ProjectTreeContentProvider());
		viewer.setLabelProvider(new ProjectTreeLabelProvider());
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addOpenListener(event -> openSelection((IStructuredSelection) event.getSelection()));
		getSite().setSelectionProvider(viewer);
		Display display = parent.getDisplay();
		// the list changes on whatever thread changed it, e.g. the job that creates the sample project
		listListener = projectList.addListener(() -> UiThread.later(display, this::reload));
		reload();
	}

	/** The tree, for tests and for parts that follow the explorer's selection. */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** Whether the projects have been read at least once since the view opened or the list changed. */
	public boolean isLoaded() {
		return loaded;
	}

	/** Reads the projects of the list again, off the UI thread, and shows them when read. */
	public void reload() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		ProjectStore store = getSite().getService(ProjectStore.class);
		if (store == null) {
			viewer.setInput(List.of());
			ILog.of(getClass()).error("No ProjectStore service: the org.verbatim.store bundle is missing or not started.");
			setContentDescription("Projects cannot be shown because the project store is missing; reinstall Verbatim.");
			return;
		}
		if (loadJob != null) {
			loadJob.cancel();
		}
		loaded = false;
		Display display = viewer.getControl().getDisplay();
		loadJob = new ProjectLoadJob(store, projectList.projects(), nodes -> UiThread.later(display, () -> show(nodes)));
		loadJob.setSystem(true);
		loadJob.schedule();
	}

	private void show(List<ProjectNode> nodes) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<Object> expanded = new ArrayList<>(List.of(viewer.getExpandedElements()));
		@SuppressWarnings("unchecked")
		List<ProjectNode> before = viewer.getInput() instanceof List<?> list ? (List<ProjectNode>) list : List.of();
		nodes.stream().filter(n -> !before.contains(n)).forEach(expanded::add);
		viewer.setInput(nodes);
		viewer.setExpandedElements(expanded.toArray());
		setContentDescription(nodes.isEmpty() ? "No projects yet: use File > New > Verbatim Project or File > Open Project\u2026" : "");
		loaded = true;
		selectPending();
	}

	/**
	 * Selects and reveals the project in {@code directory}: at once if the explorer shows it,
	 * otherwise when the projects have been read again (after the list changed).
	 */
	public void selectProject(Path directory) {
		toSelect = directory.toAbsolutePath().normalize();
		if (loaded) {
			selectPending();
		}
	}

	private void selectPending() {
		if (toSelect == null || !(viewer.getInput() instanceof List<?> nodes)) {
			return;
		}
		for (Object node : nodes) {
			if (node instanceof ProjectNode project && project.directory().equals(toSelect)) {
				viewer.setSelection(new StructuredSelection(project), true);
				toSelect = null;
				return;
			}
		}
	}

	/**
	 * Opens the statements in {@code selection} in the Statement editor: what a double-click or
	 * Enter on the tree does. Projects in the selection are expanded or collapsed instead.
	 */
	public void openSelection(IStructuredSelection selection) {
		IWorkbenchPage page = getSite().getPage();
		for (Object element : selection) {
			if (element instanceof StatementNode node) {
				try {
					page.openEditor(new StatementEditorInput(node.projectDirectory(), node.statement().id()),
							VerbatimParts.STATEMENT_EDITOR_ID);
				} catch (PartInitException e) {
					String sentence = node.statement().id() + " could not be opened: " + e.getMessage();
					ILog.of(getClass()).error(sentence, e);
					MessageDialog.openError(getSite().getShell(), "Open Statement", sentence);
				}
			} else if (element instanceof ProjectNode project) {
				viewer.setExpandedState(project, !viewer.getExpandedState(project));
			}
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (listListener != null) {
			projectList.removeListener(listListener);
		}
		if (loadJob != null) {
			loadJob.cancel();
		}
		super.dispose();
	}
}
