package org.verbatim.ui.internal.timeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.ProjectList;
import org.verbatim.ui.VerbatimParts;
import org.verbatim.ui.internal.FollowingView;
import org.verbatim.ui.internal.ProjectListings;
import org.verbatim.ui.internal.ProjectReadJob;
import org.verbatim.ui.internal.RangeNode;
import org.verbatim.ui.internal.SelectedProject;
import org.verbatim.ui.internal.StatementEditorInput;
import org.verbatim.ui.internal.StatementNode;
import org.verbatim.ui.internal.UiThread;
import org.verbatim.ui.internal.timeline.TimelineRows.Mode;

/**
 * The Timeline: one project's statements along time, as a tree of years and months (or of events)
 * with how many statements each holds and a bar for that count, the statements in date order under
 * them (in ranges of {@code ExplorerTree.RANGE} when a group holds more), and those without a date (or
 * event) apart at the end. It shows the project of what was last
 * selected in the explorer or a Statement editor (at first the list's first project), reads it in a
 * {@link TimelineReadJob} and again whenever the project changes; the rows are arranged in a job too. Its selection is the selected
 * statement, so the Properties and Provenance views follow it; double-click opens it.
 */
public final class TimelineView extends FollowingView {

	/** The view id, as registered in plugin.xml. */
	public static final String ID = "org.verbatim.ui.timeline";

	private static final String MODE = "mode";

	private final ProjectList projectList = new ProjectList();
	private IPreferenceChangeListener listListener;
	private TreeViewer viewer;
	private Path project;
	private Mode mode = Mode.BY_DATE;
	private List<StatementNode> statements = List.of();
	private int largest = 1;
	/** Arranges the rows off the UI thread (up to seconds for 100,000 statements). */
	private Job arrangeJob;
	/** The newest arrangement asked for: only its rows are shown. */
	private Object arranging;
	private boolean arranged = true;
	private IAction byDate;
	/** When the newest read was started ({@link System#nanoTime()}), if one was. */
	private long readStarted;
	private boolean readStartedOnce;
	/** When the store told of the newest change of the shown project ({@link System#nanoTime()}), if it did. */
	private OptionalLong newestChange = OptionalLong.empty();
	/** The mode the rows shown were arranged by, if any are shown. */
	private Mode shownMode;
	/** The project whose rows are shown, if any are. */
	private Path shownProject;
	private IAction byEvent;

	@Override
	public void createPartControl(Composite parent) {
		mode = "BY_EVENT".equals(settings().get(MODE)) ? Mode.BY_EVENT : Mode.BY_DATE;
		viewer = createTree(parent, SWT.NONE, element -> {
			if (element instanceof RangeNode range) {
				return range.statements();
			}
			return element instanceof TimelineGroup group ? group.children() : List.of();
		});
		column("When", 480, this::when, this::image);
		barColumn();
		viewer.addOpenListener(event -> open((IStructuredSelection) event.getSelection()));
		getSite().setSelectionProvider(viewer);

		byDate = modeAction("By &Date", Mode.BY_DATE, "Statements by issue date: year, month, day");
		byEvent = modeAction("By &Event", Mode.BY_EVENT, "Statements by the events they refer to, each in date order");
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(byDate);
		toolbar.add(byEvent);
		getViewSite().getActionBars().getMenuManager().add(byDate);
		getViewSite().getActionBars().getMenuManager().add(byEvent);

		follow(viewer);
		Display display = parent.getDisplay();
		setContentDescription("Select a project or statement to see its timeline.");
		// until something is selected, the list's first project (the sample project is added after start)
		listListener = projectList.addListener(() -> UiThread.later(display, this::showFirstProject));
		showFirstProject();
	}

	private void showFirstProject() {
		List<Path> projects = projectList.projects();
		if (project == null && !projects.isEmpty() && viewer != null && !viewer.getControl().isDisposed()) {
			showProject(projects.get(0));
		}
	}

	private IAction modeAction(String text, Mode shows, String tooltip) {
		IAction action = new Action(text, IAction.AS_RADIO_BUTTON) {
			@Override
			public void run() {
				if (isChecked()) {
					setMode(shows);
				}
			}
		};
		action.setToolTipText(tooltip);
		action.setChecked(mode == shows);
		return action;
	}

	private void column(String title, int width, Function<Object, String> text,
			Function<Object, Image> image) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {

			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Image getImage(Object element) {
				return image.apply(element);
			}
		});
	}

	private String when(Object element) {
		if (element instanceof TimelineGroup group) {
			return group.name() + " (" + group.count() + ")";
		}
		if (element instanceof RangeNode range) {
			return range.label();
		}
		if (element instanceof StatementNode node) {
			String date = node.statement().issued().map(Object::toString).orElse("no date");
			return date + "  " + node.label();
		}
		return "";
	}

	/**
	 * The count of a group and a bar as long as the count is to the largest count shown, drawn on
	 * the tree's PaintItem only: an owner-draw label provider also measures and erases every cell
	 * of every row (GTK calls back for each), work per item that the bar does not need.
	 */
	private void barColumn() {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText("Statements");
		column.getColumn().setWidth(260);
		column.setLabelProvider(new ColumnLabelProvider() {

			@Override
			public String getText(Object element) {
				return "";
			}
		});
		int index = viewer.getTree().getColumnCount() - 1;
		viewer.getTree().addListener(SWT.PaintItem, event -> {
			if (event.index == index && event.item.getData() instanceof TimelineGroup group) {
				GC gc = event.gc;
				int height = event.height - 6;
				int full = Math.max(10, column.getColumn().getWidth() - 50);
				int length = Math.max(2, Math.round((float) full * group.count() / largest));
				Color before = gc.getBackground();
				// on a selected row the selection's own colour would hide the bar
				boolean selected = (event.detail & SWT.SELECTED) != 0;
				gc.setBackground(event.display
						.getSystemColor(selected ? SWT.COLOR_LIST_SELECTION_TEXT : SWT.COLOR_LIST_SELECTION));
				gc.fillRectangle(event.x + 2, event.y + 3, length, height);
				gc.setBackground(before);
				String count = Integer.toString(group.count());
				int textY = event.y + (event.height - gc.textExtent(count).y) / 2;
				gc.drawText(count, event.x + length + 6, textY, true);
			}
		});
	}

	private Image image(Object element) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return images.getImage(element instanceof StatementNode ? ISharedImages.IMG_OBJ_FILE : ISharedImages.IMG_OBJ_ELEMENT);
	}

	private static IDialogSettings settings() {
		return DialogSettings.getOrCreateSection(
				PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(TimelineView.class)).getDialogSettings(),
				"Timeline");
	}

	/** Arranges the statements by date or by event (what the toolbar's switch does); remembered. */
	public void setMode(Mode shows) {
		mode = shows;
		settings().put(MODE, shows.name());
		byDate.setChecked(shows == Mode.BY_DATE);
		byEvent.setChecked(shows == Mode.BY_EVENT);
		showRows();
	}

	/** How the statements are arranged now. */
	public Mode mode() {
		return mode;
	}

	/** The tree, for tests. */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** The shown project's folder, if any. */
	public Optional<Path> project() {
		return Optional.ofNullable(project);
	}

	/**
	 * Whether the shown project has been read since it was chosen or changed, and its rows arranged
	 * as the mode says.
	 */
	public boolean isLoaded() {
		return read.done() && arranged;
	}

	@Override
	protected void selected(IWorkbenchPart part, ISelection selection) {
		SelectedProject.of(part, selection).filter(p -> !p.equals(project)).ifPresent(this::showProject);
	}

	@Override
	protected void projectChanged(Path changed, long toldAt) {
		// filling the shown project, the store tells of every statement: a read started after it was told sees it
		if (changed.equals(project)) {
			if (newestChange.isEmpty() || toldAt - newestChange.getAsLong() > 0) {
				newestChange = OptionalLong.of(toldAt);
			}
			if (!readStartedOnce || toldAt - readStarted > 0) {
				reload();
			}
		}
	}

	/** Shows the timeline of the project in {@code directory}. */
	public void showProject(Path directory) {
		Path next = directory.toAbsolutePath().normalize();
		if (!next.equals(project)) {
			newestChange = OptionalLong.empty();
		}
		project = next;
		reload();
	}

	/** Reads the shown project again, off the UI thread. */
	public void reload() {
		if (project == null || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		ProjectStore store = getSite().getService(ProjectStore.class);
		ProjectListings listings = getSite().getService(ProjectListings.class);
		if (store == null || listings == null) {
			setContentDescription("The timeline cannot be shown because the project store is missing; reinstall Verbatim.");
			return;
		}
		readStarted = System.nanoTime();
		readStartedOnce = true;
		read.start(new TimelineReadJob(store, listings, project, newestChange), viewer.getControl(),
				new ProjectReadJob.Delivery<TimelineReadJob.Read>() {

					@Override
					public void read(TimelineReadJob.Read listing) {
						statements = listing.statements();
						setContentDescription(listing.projectName() + ": " + listing.statements().size() + " statements");
						showRows();
					}

					@Override
					public void failed(String sentence) {
						statements = List.of();
						cancelArranging();
						viewer.setInput(List.of());
						setContentDescription(sentence);
					}
				});
	}

	/**
	 * Arranges the statements read by the mode asked for in a job, and shows the rows when they are
	 * arranged, unless another arrangement was asked for meanwhile.
	 */
	private void showRows() {
		cancelArranging();
		arranged = false;
		Object token = new Object();
		arranging = token;
		List<StatementNode> those = statements;
		Mode by = mode;
		Path of = project;
		Display display = viewer.getControl().getDisplay();
		arrangeJob = Job.create("Arranging the timeline", monitor -> {
			List<TimelineGroup> rows = TimelineRows.of(those, by);
			int most = Math.max(1, largest(rows));
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			UiThread.later(display, () -> {
				if (arranging == token && !viewer.getControl().isDisposed()) {
					showRows(rows, most, by, of);
					arranged = true;
				}
			});
			return Status.OK_STATUS;
		});
		arrangeJob.setSystem(true);
		arrangeJob.schedule();
	}

	private void cancelArranging() {
		if (arrangeJob != null) {
			arrangeJob.cancel();
			arrangeJob = null;
		}
		arranging = null;
		arranged = true;
	}

	/**
	 * Shows {@code rows}: re-read rows of the same project and mode keep what was expanded; rows of
	 * another mode or project (or the first) open two levels, as after a restart, since the groups
	 * expanded before are not among them.
	 */
	private void showRows(List<TimelineGroup> rows, int most, Mode by, Path of) {
		largest = most;
		boolean same = by == shownMode && of != null && of.equals(shownProject);
		Object[] expanded = same ? viewer.getExpandedElements() : new Object[0];
		viewer.setInput(rows);
		shownMode = by;
		shownProject = of;
		if (expanded.length == 0) {
			viewer.expandToLevel(2);
		} else {
			viewer.setExpandedElements(expanded);
		}
	}

	/** The largest count of a group on any level, the length of the longest bar. */
	private static int largest(List<?> rows) {
		int most = 0;
		for (Object row : rows) {
			if (row instanceof TimelineGroup group) {
				most = Math.max(most, Math.max(group.count(), largest(group.children())));
			}
		}
		return most;
	}

	private void open(IStructuredSelection selection) {
		Object first = selection.getFirstElement();
		if (first instanceof StatementNode node) {
			try {
				getSite().getPage().openEditor(new StatementEditorInput(node.projectDirectory(), node.statement().id()),
						VerbatimParts.STATEMENT_EDITOR_ID);
			} catch (PartInitException e) {
				String sentence = node.statement().id() + " could not be opened: " + e.getMessage();
				ILog.of(getClass()).error(sentence, e);
				MessageDialog.openError(getSite().getShell(), "Open Statement", sentence);
			}
		} else if (first != null) {
			viewer.setExpandedState(first, !viewer.getExpandedState(first));
		}
	}

	@Override
	public void dispose() {
		if (listListener != null) {
			projectList.removeListener(listListener);
		}
		cancelArranging();
		super.dispose();
	}
}
