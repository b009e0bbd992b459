package org.verbatim.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.verbatim.core.store.ProjectChangeListener;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.ProjectList;
import org.verbatim.ui.VerbatimParts;
import org.verbatim.ui.internal.excerpts.ProjectChanges;
import org.verbatim.ui.internal.wizards.ImportDropAdapter;
import org.verbatim.ui.internal.wizards.ImportJob;

/**
 * The Project Explorer: the workspace's {@link ProjectList} as a tree of projects and their
 * statements, grouped as the view menu's Group by says ({@link StatementGrouping}, remembered in the
 * dialog settings). Projects are read and grouped by a {@link ProjectLoadJob} whenever the list or
 * a project changes, and grouped anew by an {@link ExplorerGroupJob} when Group by changes: the UI
 * thread only shows the finished {@link ExplorerTree}, whose long lists come in ranges; opening a statement (double-click or Enter) shows it in the {@link StatementEditor};
 * files, folders and links dropped on a project are imported ({@link ImportDropAdapter}).
 */
public final class ProjectExplorerView extends ViewPart {

	/** The view id, as registered in plugin.xml. */
	public static final String ID = VerbatimParts.PROJECT_EXPLORER_VIEW_ID;

	/** The dialog-settings key of the remembered grouping. */
	private static final String GROUP_BY = "groupBy";

	private final ProjectList projectList = new ProjectList();
	private TreeViewer viewer;
	private ProjectTreeContentProvider content;
	private final Map<StatementGrouping, IAction> groupActions = new EnumMap<>(StatementGrouping.class);
	private ImportDropAdapter dropAdapter;
	private Optional<ServiceRegistration<ProjectChangeListener>> changes = Optional.empty();
	private IPreferenceChangeListener listListener;
	private ProjectLoadJob loadJob;
	private ExplorerGroupJob groupJob;
	/** The newest load or grouping started: only its tree is shown. */
	private Object current;
	/** Whether the newest work started is a load (it groups as asked when it ends). */
	private boolean loading;
	private boolean loaded;
	private boolean reloadPending;
	/** When the newest read of the projects was started ({@link System#nanoTime()}), if {@link #loadJob} is set. */
	private long readStarted;
	/** When the store told of the newest change heard ({@link System#nanoTime()}), if one was heard. */
	private long newestChange;
	private boolean changeHeard;
	/** When the store told of the newest change of each project changed ({@link System#nanoTime()}). */
	private final Map<Path, Long> changesTold = new HashMap<>();
	/** How many times the projects were read, for tests. */
	private int reads;
	/** The project list as the newest read was started with. */
	private List<Path> listRead;
	/** A project to select as soon as the explorer shows it (a wizard just made or filled it). */
	private Path toSelect;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		content = new ProjectTreeContentProvider();
		content.setGrouping(StatementGrouping.named(settings().get(GROUP_BY)));
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new ProjectTreeLabelProvider());
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addOpenListener(event -> openSelection((IStructuredSelection) event.getSelection()));
		getSite().setSelectionProvider(viewer);
		dropAdapter = new ImportDropAdapter(viewer, getSite().getWorkbenchWindow().getWorkbench());
		viewer.addDropSupport(DND.DROP_COPY | DND.DROP_LINK | DND.DROP_DEFAULT, ImportDropAdapter.TRANSFERS, dropAdapter);
		contributeGroupBy(getViewSite().getActionBars().getMenuManager());
		Display display = parent.getDisplay();
		// tags, edits and imports made elsewhere change the groups
		changes = ProjectChanges.followTimed(display, (directory, toldAt) -> changed(directory, toldAt));
		// the list changes on whatever thread changed it, e.g. the job that creates the sample project
		listListener = projectList.addListener(() -> UiThread.later(display, this::listChanged));
		reload();
	}

	private void contributeGroupBy(IMenuManager viewMenu) {
		MenuManager groupBy = new MenuManager("&Group by");
		for (StatementGrouping grouping : StatementGrouping.values()) {
			IAction action = new Action(grouping.label(), IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						setGrouping(grouping);
					}
				}
			};
			action.setChecked(grouping == content.grouping());
			groupActions.put(grouping, action);
			groupBy.add(action);
		}
		viewMenu.add(groupBy);
	}

	private static IDialogSettings settings() {
		return DialogSettings.getOrCreateSection(
				PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ProjectExplorerView.class)).getDialogSettings(),
				"ProjectExplorer");
	}

	/**
	 * Groups every project's statements by {@code grouping} (what the view menu's Group by does) and
	 * remembers it for the next start. Returns at once: the groups are built off the UI thread and
	 * shown when built ({@link #isLoaded()} is false until then); a grouping asked for meanwhile
	 * cancels the one before. Expanded projects stay expanded.
	 */
	public void setGrouping(StatementGrouping grouping) {
		settings().put(GROUP_BY, grouping.name());
		groupActions.forEach((g, action) -> action.setChecked(g == grouping));
		if (grouping == content.grouping()) {
			return;
		}
		content.setGrouping(grouping);
		if (!loading) {
			group();
		}
	}

	/** Builds the groups asked for from the projects shown, off the UI thread, and shows them when built. */
	private void group() {
		if (groupJob != null) {
			groupJob.cancel();
		}
		loaded = false;
		Object token = new Object();
		current = token;
		Display display = viewer.getControl().getDisplay();
		@SuppressWarnings("unchecked")
		List<ProjectNode> projects = viewer.getInput() instanceof List<?> list ? (List<ProjectNode>) list : List.of();
		groupJob = new ExplorerGroupJob(projects, content.grouping(),
				tree -> UiThread.later(display, () -> showGroups(token, tree)));
		groupJob.schedule();
	}

	private void showGroups(Object token, ExplorerTree tree) {
		if (token != current || viewer.getControl().isDisposed()) {
			return;
		}
		Object[] expanded = viewer.getExpandedElements();
		content.show(tree);
		viewer.refresh();
		viewer.setExpandedElements(expanded);
		loaded = true;
	}

	/** The grouping asked for last (the tree shows it once {@link #isLoaded()}). */
	public StatementGrouping grouping() {
		return content.grouping();
	}

	/** The drop handler of the tree: files, folders and links dropped on a project import them. */
	public ImportDropAdapter dropAdapter() {
		return dropAdapter;
	}

	/** The tree, for tests and for parts that follow the explorer's selection. */
	public TreeViewer getViewer() {
		return viewer;
	}

	/**
	 * Whether the projects have been read, and grouped as asked, since the view opened, the list
	 * changed or Group by changed.
	 */
	public boolean isLoaded() {
		return loaded;
	}

	/**
	 * The list changed: read only when it differs from the list read last. Two changes close together
	 * (the sample project job adding its project while the UI thread is busy, then the analyst adding
	 * one) are told after both were made, so the first read already has the whole list.
	 */
	private void listChanged() {
		if (!projectList.projects().equals(listRead)) {
			reload();
		}
	}

	/** How many times the explorer has started reading its projects, for tests. */
	public int reads() {
		return reads;
	}

	/**
	 * A project changed: read again half a second from now, unless a read started after the store
	 * told of the newest change meanwhile and so sees it (filling a project, the store tells of every
	 * statement added; those told before the project is added to the list are all in the read that
	 * adding starts).
	 */
	private void changed(Path directory, long toldAt) {
		changesTold.merge(directory, toldAt, (before, now) -> now - before > 0 ? now : before);
		if (!changeHeard || toldAt - newestChange > 0) {
			newestChange = toldAt;
			changeHeard = true;
		}
		reloadSoon();
	}

	/**
	 * Reads the projects again half a second from now, so that a burst of changes is read once; not
	 * while the workbench imports, since an import reads the project again when it ends.
	 */
	private void reloadSoon() {
		if (reloadPending || Job.getJobManager().find(ImportJob.FAMILY).length > 0) {
			return;
		}
		if (viewer != null && !viewer.getControl().isDisposed()) {
			reloadPending = true;
			viewer.getControl().getDisplay().timerExec(500, () -> {
				reloadPending = false;
				if (loadJob == null || newestChange - readStarted > 0) {
					reload();
				}
			});
		}
	}

	/** Reads the projects of the list again, off the UI thread, and shows them when read. */
	public void reload() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		ProjectStore store = getSite().getService(ProjectStore.class);
		ProjectListings listings = getSite().getService(ProjectListings.class);
		if (store == null || listings == null) {
			viewer.setInput(List.of());
			ILog.of(getClass()).error("No ProjectStore or ProjectListings service: the org.verbatim.store bundle is missing or"
					+ " not started, or the ui bundle's components were not registered.");
			setContentDescription("Projects cannot be shown because the project store is missing; reinstall Verbatim.");
			return;
		}
		if (loadJob != null) {
			loadJob.cancel();
		}
		if (groupJob != null) {
			groupJob.cancel();
		}
		loaded = false;
		loading = true;
		Object token = new Object();
		current = token;
		Display display = viewer.getControl().getDisplay();
		listRead = projectList.projects();
		// the listings of projects no longer in the list are not needed by the explorer or the Timeline
		listings.keepOnly(listRead);
		changesTold.keySet().retainAll(listRead);
		loadJob = new ProjectLoadJob(store, listings, Map.copyOf(changesTold), listRead, content.grouping(), tree -> UiThread.later(display, () -> show(token, tree)));
		loadJob.setSystem(true);
		readStarted = System.nanoTime();
		reads++;
		loadJob.schedule();
	}

	private void show(Object token, ExplorerTree tree) {
		if (token != current || viewer.getControl().isDisposed()) {
			return;
		}
		loading = false;
		List<ProjectNode> nodes = tree.projects();
		content.show(tree);
		List<Object> expanded = new ArrayList<>(List.of(viewer.getExpandedElements()));
		@SuppressWarnings("unchecked")
		List<ProjectNode> before = viewer.getInput() instanceof List<?> list ? (List<ProjectNode>) list : List.of();
		nodes.stream().filter(n -> !before.contains(n)).forEach(expanded::add);
		viewer.setInput(nodes);
		viewer.setExpandedElements(expanded.toArray());
		setContentDescription(nodes.isEmpty() ? "No projects yet: use File > New > Verbatim Project or File > Open Project\u2026" : "");
		selectPending();
		if (tree.grouping() == content.grouping()) {
			loaded = true;
		} else {
			// Group by changed while the projects were read
			group();
		}
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
		changes.ifPresent(ServiceRegistration::unregister);
		if (loadJob != null) {
			loadJob.cancel();
		}
		if (groupJob != null) {
			groupJob.cancel();
		}
		super.dispose();
	}
}
