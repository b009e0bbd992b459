package org.verbatim.ui.internal.excerpts;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.statushandlers.StatusManager;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.ProjectList;
import org.verbatim.ui.VerbatimParts;
import org.verbatim.ui.internal.FollowingView;
import org.verbatim.ui.internal.ProjectReadJob;
import org.verbatim.ui.internal.SelectedProject;
import org.verbatim.ui.internal.StatementEditor;
import org.verbatim.ui.internal.StatementEditorInput;
import org.verbatim.ui.internal.history.ProjectHistory;
import org.verbatim.ui.internal.history.TagOperation;

/**
 * The Excerpts and Tags view: the excerpts of one project (the project of what was last selected in
 * the explorer or the Statement editor, at first the first project) with their quote, statement,
 * speakers, tags and note, a filter by tag with counts, and actions to tag and untag the selected
 * excerpts. Double-clicking an excerpt opens its statement with the excerpt selected. Excerpts are
 * read in a job, again whenever the project's excerpts change.
 */
public final class ExcerptsView extends FollowingView {

	/** The view id, as registered in plugin.xml. */
	public static final String ID = "org.verbatim.ui.excerpts";

	private static final String PLUGIN_ID = "org.verbatim.ui";
	private static final String MEMENTO_PROJECT = "project";
	private static final String MEMENTO_TAG = "tag";
	private static final String ALL_TAGS = "All tags";

	private TableViewer viewer;
	private Combo tagFilter;
	private Path project;
	private Optional<String> shownTag = Optional.empty();
	private ExcerptList shown;
	private Action tagAction;
	private Action untagAction;

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		if (memento != null) {
			try {
				Optional.ofNullable(memento.getString(MEMENTO_PROJECT)).map(Path::of).ifPresent(p -> project = p);
			} catch (InvalidPathException e) {
				project = null;
			}
			shownTag = Optional.ofNullable(memento.getString(MEMENTO_TAG));
		}
	}

	@Override
	public void saveState(IMemento memento) {
		super.saveState(memento);
		if (project != null) {
			memento.putString(MEMENTO_PROJECT, project.toString());
		}
		shownTag.ifPresent(tag -> memento.putString(MEMENTO_TAG, tag));
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(6, 4).applyTo(page);
		new Label(page, SWT.NONE).setText("&Tag:");
		tagFilter = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		tagFilter.setItems(ALL_TAGS);
		tagFilter.select(0);
		tagFilter.addListener(SWT.Selection, event -> {
			int index = tagFilter.getSelectionIndex();
			shownTag = index <= 0 ? Optional.empty() : Optional.of(tagAt(index));
			viewer.refresh();
		});
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(240, SWT.DEFAULT).applyTo(tagFilter);

		viewer = new TableViewer(page, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(viewer.getControl());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true);
		column("ID", 50, ExcerptRow::id);
		column("Quote", 320, ExcerptRow::quote);
		column("Statement", 220, ExcerptRow::statementTitle);
		column("Speaker", 150, ExcerptRow::speakers);
		column("Tags", 120, ExcerptRow::tags);
		column("Note", 180, ExcerptRow::note);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addFilter(new ViewerFilter() {

			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return shownTag.isEmpty() || ((ExcerptRow) element).excerpt().tags().contains(shownTag.get());
			}
		});
		viewer.addOpenListener(event -> openSelection());
		viewer.addSelectionChangedListener(event -> updateActions());
		getSite().setSelectionProvider(viewer);
		createActions();

		follow(viewer);
		reload();
	}

	private void column(String title, int width, Function<ExcerptRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setResizable(true);
		column.setLabelProvider(new ColumnLabelProvider() {

			@Override
			public String getText(Object element) {
				return text.apply((ExcerptRow) element);
			}

			@Override
			public String getToolTipText(Object element) {
				ExcerptRow row = (ExcerptRow) element;
				return row.id() + " of " + row.excerpt().statement() + ", characters " + row.excerpt().clean().start()
						+ "-" + row.excerpt().clean().end() + ": \u201c" + row.excerpt().quote() + "\u201d";
			}
		});
	}

	private void createActions() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		tagAction = new Action("&Tag\u2026") {

			@Override
			public void run() {
				askForTag();
			}
		};
		tagAction.setToolTipText("Put a tag on the selected excerpts");
		tagAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
		untagAction = new Action("&Untag\u2026") {

			@Override
			public void run() {
				askForTagToRemove();
			}
		};
		untagAction.setToolTipText("Take a tag off the selected excerpts");
		untagAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_DELETE));
		Action refresh = new Action("&Refresh") {

			@Override
			public void run() {
				reload();
			}
		};
		refresh.setToolTipText("Read the excerpts again");
		refresh.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(tagAction);
		toolbar.add(untagAction);
		toolbar.add(refresh);
		MenuManager menu = new MenuManager();
		menu.add(tagAction);
		menu.add(untagAction);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		updateActions();
	}

	private void updateActions() {
		List<ExcerptRow> rows = selectedRows();
		tagAction.setEnabled(!rows.isEmpty());
		untagAction.setEnabled(rows.stream().anyMatch(row -> !row.excerpt().tags().isEmpty()));
	}

	/** Shows the project of what was selected in the explorer or a Statement editor. */
	@Override
	protected void selected(IWorkbenchPart part, ISelection selection) {
		SelectedProject.of(part, selection).filter(p -> !p.equals(project)).ifPresent(this::showProject);
	}

	@Override
	protected void projectChanged(Path changed, long toldAt) {
		if (changed.equals(project)) {
			reload();
		}
	}

	/** Shows the excerpts of the project in {@code directory}. */
	public void showProject(Path directory) {
		project = directory.toAbsolutePath().normalize();
		reload();
	}

	/** Reads the shown project's excerpts again, off the UI thread. */
	public void reload() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		ProjectStore store = getSite().getService(ProjectStore.class);
		if (store == null) {
			setContentDescription("Excerpts cannot be shown because the project store is missing; reinstall Verbatim.");
			return;
		}
		if (project == null) {
			List<Path> projects = new ProjectList().projects();
			if (projects.isEmpty()) {
				setContentDescription("No project yet: open one with File > Open Project\u2026");
				read.nothingToRead();
				return;
			}
			project = projects.get(0).toAbsolutePath().normalize();
		}
		read.start(new ExcerptsReadJob(store, project), viewer.getControl(), new ProjectReadJob.Delivery<ExcerptList>() {

			@Override
			public void read(ExcerptList list) {
				show(list);
			}

			@Override
			public void failed(String sentence) {
				viewer.setInput(List.of());
				setContentDescription(sentence);
			}
		});
	}

	private void show(ExcerptList list) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		shown = list;
		Map<String, Integer> counts = list.tagCounts();
		List<String> items = new ArrayList<>();
		items.add(ALL_TAGS + " (" + list.rows().size() + ")");
		counts.forEach((tag, count) -> items.add(tag + " (" + count + ")"));
		tagFilter.setItems(items.toArray(String[]::new));
		int index = shownTag.map(tag -> new ArrayList<>(counts.keySet()).indexOf(tag) + 1).orElse(0);
		if (index <= 0) {
			shownTag = Optional.empty();
			index = 0;
		}
		tagFilter.select(index);
		viewer.setInput(list.rows());
		setContentDescription(list.projectName() + ": " + (list.rows().isEmpty()
				? "no excerpts yet; select text in a statement and use Excerpts > Make Excerpt (Ctrl+Shift+X)"
				: list.rows().size() + (list.rows().size() == 1 ? " excerpt" : " excerpts")));
		updateActions();
	}

	private String tagAt(int index) {
		return new ArrayList<>(shown.tagCounts().keySet()).get(index - 1);
	}

	private List<ExcerptRow> selectedRows() {
		List<ExcerptRow> rows = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection()) {
			rows.add((ExcerptRow) element);
		}
		return rows;
	}

	private void askForTag() {
		List<ExcerptRow> rows = selectedRows();
		if (rows.isEmpty()) {
			return;
		}
		InputDialog dialog = new InputDialog(getSite().getShell(), "Tag Excerpts",
				"Tag for " + ids(rows) + ":", shownTag.orElse(""),
				text -> text.isBlank() ? "A tag needs some text." : text.contains("\n") ? "A tag is one line." : null);
		if (dialog.open() == Window.OK) {
			tag(dialog.getValue().strip());
		}
	}

	private void askForTagToRemove() {
		List<ExcerptRow> rows = selectedRows();
		TreeSet<String> tags = new TreeSet<>();
		rows.forEach(row -> tags.addAll(row.excerpt().tags()));
		if (tags.isEmpty()) {
			return;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(),
				new LabelProvider());
		dialog.setTitle("Untag Excerpts");
		dialog.setMessage("Tag to take off " + ids(rows) + ":");
		dialog.setElements(tags.toArray());
		dialog.setMultipleSelection(false);
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof String tag) {
			untag(tag);
		}
	}

	private static String ids(List<ExcerptRow> rows) {
		return String.join(", ", rows.stream().map(ExcerptRow::id).toList());
	}

	/** Puts {@code tag} on the selected excerpts that lack it, in a job. */
	public void tag(String tag) {
		changeTags(tag, true);
	}

	/** Takes {@code tag} off the selected excerpts that have it, in a job. */
	public void untag(String tag) {
		changeTags(tag, false);
	}

	private void changeTags(String tag, boolean add) {
		List<ExcerptRow> rows = selectedRows().stream()
				.filter(row -> row.excerpt().tags().contains(tag) != add).toList();
		ProjectStore store = getSite().getService(ProjectStore.class);
		if (rows.isEmpty() || store == null) {
			return;
		}
		Path directory = rows.get(0).projectDirectory();
		// through the operation history, so that Edit > Undo takes the tags back
		ProjectHistory.execute(new TagOperation(store, directory, rows.stream().map(ExcerptRow::id).toList(), tag, add),
				done -> {
				});
	}

	private void openSelection() {
		for (ExcerptRow row : selectedRows()) {
			try {
				if (getSite().getPage().openEditor(
						new StatementEditorInput(row.projectDirectory(), row.excerpt().statement()),
						VerbatimParts.STATEMENT_EDITOR_ID) instanceof StatementEditor editor) {
					editor.showExcerpt(row.excerpt().clean());
				}
			} catch (PartInitException e) {
				StatusManager.getManager().handle(new Status(IStatus.ERROR, PLUGIN_ID,
						row.excerpt().statement() + " could not be opened: " + e.getMessage(), e),
						StatusManager.SHOW | StatusManager.LOG);
			}
		}
	}

	/** The table, for tests and for parts that follow the view's selection. */
	public TableViewer getViewer() {
		return viewer;
	}

	/** Whether the excerpts were read since the view opened or was last told to read them. */
	public boolean isLoaded() {
		return read.done();
	}

	/** The rows as shown, each cell's text by column title (for tests). */
	public List<Map<String, String>> shownRows() {
		List<Map<String, String>> rows = new ArrayList<>();
		for (TableItem item : viewer.getTable().getItems()) {
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < viewer.getTable().getColumnCount(); i++) {
				row.put(viewer.getTable().getColumn(i).getText(), item.getText(i));
			}
			rows.add(row);
		}
		return rows;
	}

	/** The entries of the tag filter, such as {@code casualties (2)} (for tests). */
	public List<String> tagFilterEntries() {
		return List.of(tagFilter.getItems());
	}

	/** Shows only the excerpts with {@code tag}, or all when it is empty, as picking it in the filter does. */
	public void filterByTag(Optional<String> tag) {
		int index = tag.map(t -> shown == null ? -1 : new ArrayList<>(shown.tagCounts().keySet()).indexOf(t) + 1)
				.orElse(0);
		tagFilter.select(Math.max(index, 0));
		tagFilter.notifyListeners(SWT.Selection, null);
	}

}
