package org.verbatim.ui.internal.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.search.SearchException;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchService;
import org.verbatim.search.Sort;
import org.verbatim.ui.ProjectList;
import org.verbatim.ui.VerbatimParts;
import org.verbatim.ui.internal.ProjectNode;
import org.verbatim.ui.internal.StatementEditor;
import org.verbatim.ui.internal.StatementEditorInput;
import org.verbatim.ui.internal.StatementNode;

/**
 * The Search view: a query over the project selected in the Project Explorer (or the first
 * project), the facet tree with counts, and the hits with their passages in context. Searches run
 * in a {@link SearchJob} (a new query cancels the one before); opening a hit opens its statement
 * with the match selected. A bad query is reported in the view's status line, not in a dialog.
 */
public final class SearchView extends ViewPart {

	/** The view id, as registered in plugin.xml. */
	public static final String ID = VerbatimParts.SEARCH_VIEW_ID;

	/** The most hits one search shows (the rest are counted). */
	static final int SHOWN_HITS = 200;

	private static final String[] SORT_LABELS = { "Relevance", "Newest first", "Oldest first" };
	private static final Sort[] SORTS = { Sort.RELEVANCE, Sort.ISSUED_NEWEST, Sort.ISSUED_OLDEST };

	private final ProjectList projectList = new ProjectList();
	private IPreferenceChangeListener listListener;
	private ISelectionListener explorerListener;
	private QueryHistory history;

	private Combo query;
	private Combo sort;
	private Link filtersLink;
	private TreeViewer facets;
	private TableViewer results;
	private CLabel status;
	private final MenuManager savedMenu = new MenuManager("Saved Searches");

	private Path projectDirectory;
	/** The project list as last seen, to tell a project taken off it from one never on it. */
	private List<Path> listed = List.of();
	private String projectName = "";
	/** The project the shown rows come from (the selection may have moved on since). */
	private Path shownProject;
	private String lastQuery = "";
	private final Map<String, List<String>> filters = new LinkedHashMap<>();
	private List<SearchRow> rows = List.of();
	private Map<String, String> savedSearches = Map.of();
	private SearchJob job;
	/** Counts the searches started, so that the outcome of a superseded one is dropped. */
	private int searches;
	private long lastShownMillis = -1;
	private Optional<String> problem = Optional.empty();
	private Map<String, Long> lastPhases = Map.of();
	private long lastApplyMillis = -1;

	@Override
	public void createPartControl(Composite parent) {
		IDialogSettings settings = DialogSettings.getOrCreateSection(
				PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(SearchView.class)).getDialogSettings(),
				"SearchView");
		history = new QueryHistory(settings);

		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(page);
		createQueryBar(page);

		filtersLink = new Link(page, SWT.NONE);
		filtersLink.addListener(SWT.Selection, event -> clearFilters());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filtersLink);

		SashForm sash = new SashForm(page, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		createFacetTree(sash);
		createResultsTable(sash);
		sash.setWeights(1, 3);

		status = new CLabel(page, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

		createActions();
		showFilters();
		followProjects(parent.getDisplay());
		showStatus("Type a query and press Enter; ? lists the query syntax.", false);
	}

	private void createQueryBar(Composite page) {
		Composite bar = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).spacing(4, 0).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);

		query = new Combo(bar, SWT.DROP_DOWN);
		query.setItems(history.queries().toArray(String[]::new));
		query.setToolTipText("Words are ANDed; OR, NOT, \"phrases\", wild*, fuzzy~, field:value. Enter searches.");
		query.addListener(SWT.DefaultSelection, event -> search());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(query);

		Button run = new Button(bar, SWT.PUSH);
		run.setText("Search");
		run.addListener(SWT.Selection, event -> search());

		Button help = new Button(bar, SWT.PUSH);
		help.setText("?");
		help.setToolTipText("Query syntax");
		help.addListener(SWT.Selection, event -> new SyntaxHelpPopup(query).open());

		new Label(bar, SWT.NONE).setText("Sort:");
		sort = new Combo(bar, SWT.READ_ONLY);
		sort.setItems(SORT_LABELS);
		sort.select(0);
		sort.addListener(SWT.Selection, event -> rerun());
	}

	private void createFacetTree(Composite parent) {
		facets = new TreeViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		facets.setContentProvider(new ITreeContentProvider() {

			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return parentElement instanceof FacetNode.Dimension d ? d.values().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof FacetNode.Dimension d && !d.values().isEmpty();
			}
		});
		facets.setLabelProvider(new LabelProvider() {

			@Override
			public String getText(Object element) {
				if (element instanceof FacetNode.Dimension d) {
					return d.name();
				}
				FacetNode.Value value = (FacetNode.Value) element;
				return (value.filtered() ? "\u2713 " : "") + value.label();
			}
		});
		facets.getTree().setToolTipText("Double-click a value to narrow the hits to it");
		facets.addOpenListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof FacetNode.Value value) {
				addFilter(value.dimension(), value.value());
			} else if (element != null) {
				facets.setExpandedState(element, !facets.getExpandedState(element));
			}
		});
		facets.setInput(List.of());
	}

	private void createResultsTable(Composite parent) {
		results = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
		Table table = results.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		results.setUseHashlookup(true);
		results.setContentProvider(new ILazyContentProvider() {

			@Override
			public void updateElement(int index) {
				if (index < rows.size()) {
					results.replace(rows.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
				// rows are read from the field when asked for
			}
		});
		column("ID", 45, row -> row.hit().id().toString());
		column("Title", 190, row -> row.hit().label());
		TableViewerColumn context = new TableViewerColumn(results, SWT.NONE);
		context.getColumn().setText("In context");
		context.getColumn().setWidth(430);
		context.setLabelProvider(new SnippetLabelProvider());
		column("Speaker", 150, row -> String.join("; ", row.speakers()));
		column("Publisher", 120, row -> row.publisher().orElse("\u2014"));
		column("Issued", 85, row -> row.hit().issued().map(Object::toString).orElse("\u2014"));
		results.addOpenListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof SearchRow row) {
				open(row);
			}
		});
		results.setInput(rows);
		getSite().setSelectionProvider(results);
	}

	private void column(String title, int width, Function<SearchRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(results, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {

			@Override
			public String getText(Object element) {
				return text.apply((SearchRow) element);
			}
		});
	}

	private void createActions() {
		Action save = new Action("Save Search\u2026") {

			@Override
			public void run() {
				saveSearch();
			}
		};
		save.setToolTipText("Save the query in the project under a name");
		getViewSite().getActionBars().getToolBarManager().add(save);
		IMenuManager menu = getViewSite().getActionBars().getMenuManager();
		menu.add(save);
		savedMenu.setRemoveAllWhenShown(true);
		savedMenu.addMenuListener(manager -> {
			if (savedSearches.isEmpty()) {
				Action none = new Action("(none saved in this project yet)") {
				};
				none.setEnabled(false);
				manager.add(none);
			}
			savedSearches.forEach((name, saved) -> manager.add(new Action(name + "  \u2014  " + saved) {

				@Override
				public void run() {
					query.setText(saved);
					search();
				}
			}));
		});
		menu.add(savedMenu);
	}

	/** Searches the project selected in the explorer, else the first project of the workspace. */
	private void followProjects(Display display) {
		explorerListener = this::explorerSelectionChanged;
		getSite().getPage().addPostSelectionListener(VerbatimParts.PROJECT_EXPLORER_VIEW_ID, explorerListener);
		listListener = projectList.addListener(() -> {
			if (!display.isDisposed()) {
				display.asyncExec(this::projectListChanged);
			}
		});
		ISelection selection = getSite().getPage().getSelection(VerbatimParts.PROJECT_EXPLORER_VIEW_ID);
		explorerSelectionChanged(null, selection);
		projectListChanged();
	}

	private void explorerSelectionChanged(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			Object first = structured.getFirstElement();
			if (first instanceof ProjectNode node) {
				useProject(node.directory(), node.name());
			} else if (first instanceof StatementNode node) {
				useProject(node.projectDirectory(), String.valueOf(node.projectDirectory().getFileName()));
			}
		}
	}

	/**
	 * Takes the first project of the list when there is none to search yet, or when the one searched
	 * was taken off the list; a project chosen otherwise stays.
	 */
	private void projectListChanged() {
		if (query == null || query.isDisposed()) {
			return;
		}
		List<Path> projects = projectList.projects();
		boolean removed = projectDirectory != null && listed.contains(projectDirectory)
				&& !projects.contains(projectDirectory);
		listed = projects;
		if (projectDirectory == null || removed) {
			if (projects.isEmpty()) {
				projectDirectory = null;
				setContentDescription("No project to search: use File > Open Project\u2026");
			} else {
				useProject(projects.get(0), String.valueOf(projects.get(0).getFileName()));
			}
		}
	}

	/**
	 * Searches the project in {@code directory} from now on (and runs the last query on it), as
	 * selecting the project in the explorer does.
	 */
	public void useProject(Path directory, String name) {
		Path normal = directory.toAbsolutePath().normalize();
		if (normal.equals(projectDirectory)) {
			return;
		}
		projectDirectory = normal;
		projectName = name;
		setContentDescription("Searching " + name);
		setTitleToolTip("Searching " + name + " (" + normal + ")");
		if (!lastQuery.isEmpty()) {
			filters.clear();
			showFilters();
			rerun();
		}
	}

	/** Runs the query in the field, as Enter does: a new query starts without the old filters. */
	void search() {
		String text = query.getText().strip();
		if (text.isEmpty()) {
			showStatus("Type a query first; ? lists the query syntax.", true);
			return;
		}
		if (!text.equals(lastQuery)) {
			filters.clear();
			showFilters();
		}
		lastQuery = text;
		history.add(text);
		query.setItems(history.queries().toArray(String[]::new));
		query.setText(text);
		run();
	}

	private void rerun() {
		if (!lastQuery.isEmpty()) {
			run();
		}
	}

	private void run() {
		ProjectStore store = getSite().getService(ProjectStore.class);
		SearchService service = getSite().getService(SearchService.class);
		if (store == null || service == null) {
			ILog.of(getClass()).error("No " + (store == null ? "ProjectStore" : "SearchService")
					+ " service: the org.verbatim.store or org.verbatim.search bundle is missing or not started.");
			showStatus("Search is not available because a part of Verbatim is missing; reinstall Verbatim.", true);
			return;
		}
		if (projectDirectory == null) {
			showStatus("There is no project to search: use File > Open Project\u2026", true);
			return;
		}
		SearchRequest request = SearchRequest.of(lastQuery).withLimit(SHOWN_HITS).withFacets(true)
				.withSort(SORTS[Math.max(0, sort.getSelectionIndex())]);
		for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
			for (String value : filter.getValue()) {
				request = request.withFilter(filter.getKey(), value);
			}
		}
		if (job != null) {
			job.cancel();
		}
		long started = System.nanoTime();
		Path searched = projectDirectory;
		Display display = query.getDisplay();
		int search = ++searches;
		SearchJob next = new SearchJob(store, service, searched, request, outcome -> {
			if (!display.isDisposed()) {
				display.asyncExec(() -> show(outcome, search, searched, started));
			}
		});
		job = next;
		lastShownMillis = -1;
		showStatus("Searching " + projectName + " for " + lastQuery + "\u2026", false);
		next.schedule();
	}

	private void show(SearchOutcome outcome, int search, Path searched, long started) {
		if (results.getControl().isDisposed() || search != searches) {
			return;
		}
		long applying = System.nanoTime();
		shownProject = searched;
		rows = outcome.rows();
		savedSearches = outcome.savedSearches();
		problem = outcome.problem();
		lastPhases = outcome.phases();
		setContentDescription("Searching " + outcome.projectName());
		results.setInput(rows);
		results.setItemCount(rows.size());
		List<FacetNode.Dimension> dimensions = new ArrayList<>();
		outcome.facets().forEach((dimension, counts) -> dimensions
				.add(FacetNode.Dimension.of(dimension, counts, filters.getOrDefault(dimension, List.of()))));
		facets.setInput(dimensions);
		facets.expandAll();
		results.getTable().update();
		long now = System.nanoTime();
		lastShownMillis = (now - started) / 1_000_000;
		lastApplyMillis = (now - applying) / 1_000_000;
		if (problem.isPresent()) {
			showStatus(problem.get(), true);
			return;
		}
		String shown = outcome.totalHits() > rows.size() ? "; showing the best " + rows.size() : "";
		String found = outcome.totalHits() == 1 ? "1 statement matches" : outcome.totalHits() + " statements match";
		showStatus(found + " " + lastQuery + shown + "  (" + lastShownMillis + " ms)"
				+ outcome.note().map(n -> "  " + n).orElse(""), false);
		status.setToolTipText("Shown " + lastShownMillis + " ms after Enter (" + lastApplyMillis
				+ " ms of it on the UI thread); in the search job: " + outcome.phases()
				.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", ")));
	}

	private void addFilter(String dimension, String value) {
		List<String> values = filters.computeIfAbsent(dimension, d -> new ArrayList<>());
		if (!values.contains(value)) {
			values.add(value);
			showFilters();
			rerun();
		}
	}

	/** Drops every filter and searches again, as the "Clear filters" link does. */
	public void clearFilters() {
		if (!filters.isEmpty()) {
			filters.clear();
			showFilters();
			rerun();
		}
	}

	private void showFilters() {
		if (filters.isEmpty()) {
			filtersLink.setText("No filters: double-click a facet value to narrow the hits.");
		} else {
			List<String> shown = new ArrayList<>();
			filters.forEach((dimension, values) -> shown.add(dimension + " = " + String.join(" or ", values)));
			filtersLink.setText("Filters: " + String.join("; ", shown).replace("&", "&&") + "   <a>Clear filters</a>");
		}
		filtersLink.getParent().layout(true);
	}

	private void showStatus(String sentence, boolean isProblem) {
		status.setText(sentence.replace("&", "&&"));
		status.setImage(isProblem
				? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
				: null);
		status.setToolTipText(sentence);
	}

	/** Opens the statement of {@code row} with its first match selected in the text. */
	private void open(SearchRow row) {
		try {
			IEditorPart part = getSite().getPage().openEditor(new StatementEditorInput(shownProject, row.hit().id()),
					VerbatimParts.STATEMENT_EDITOR_ID);
			if (part instanceof StatementEditor editor) {
				row.firstMatch().ifPresent(match -> editor.revealRange(match.start(), match.end()));
			}
		} catch (PartInitException e) {
			String sentence = row.hit().id() + " could not be opened: " + e.getMessage();
			ILog.of(getClass()).error(sentence, e);
			showStatus(sentence, true);
		}
	}

	private void saveSearch() {
		String text = query.getText().strip();
		ProjectStore store = getSite().getService(ProjectStore.class);
		SearchService service = getSite().getService(SearchService.class);
		if (text.isEmpty() || projectDirectory == null || store == null || service == null) {
			showStatus("Type a query and choose a project before saving a search.", true);
			return;
		}
		InputDialog ask = new InputDialog(getSite().getShell(), "Save Search",
				"Save the query \u201c" + text + "\u201d in " + projectName + " as:", "",
				name -> name.isBlank() ? "Give the search a name." : null);
		if (ask.open() != Window.OK) {
			return;
		}
		String name = ask.getValue().strip();
		Path directory = projectDirectory;
		Display display = query.getDisplay();
		Job save = Job.create("Saving the search " + name, monitor -> {
			String sentence;
			boolean failed = false;
			try (Project project = store.open(directory)) {
				service.saveSearch(project, name, text);
				savedSearches = service.savedSearches(project);
				sentence = "Saved the search \u201c" + name + "\u201d in " + project.name() + ".";
			} catch (SearchException | org.verbatim.core.store.StoreException e) {
				sentence = e.getMessage();
				failed = true;
			}
			String shown = sentence;
			boolean problemShown = failed;
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (!status.isDisposed()) {
						showStatus(shown, problemShown);
					}
				});
			}
			return Status.OK_STATUS;
		});
		save.schedule();
	}

	// for tests

	/** The query field. */
	public Combo queryField() {
		return query;
	}

	/** The sort choice: relevance, newest first, oldest first. */
	public Combo sortField() {
		return sort;
	}

	/** The results table's viewer. */
	public TableViewer resultsViewer() {
		return results;
	}

	/** The facet tree's viewer. */
	public TreeViewer facetViewer() {
		return facets;
	}

	/** The status line's text: counts and time, or the problem. */
	public String statusText() {
		return status.getText().replace("&&", "&");
	}

	/** The problem the last search ended with, if it failed. */
	public Optional<String> problem() {
		return problem;
	}

	/** The rows shown by the last search. */
	public List<SearchRow> rows() {
		return rows;
	}

	/** Milliseconds from the start of the last search to its rows shown; -1 while it runs. */
	public long lastShownMillis() {
		return lastShownMillis;
	}

	/** The filters in force, dimension to values. */
	public Map<String, List<String>> filters() {
		return Map.copyOf(filters);
	}

	/** How long the UI thread spent putting the last search's rows and facets on screen, in milliseconds. */
	public long lastApplyMillis() {
		return lastApplyMillis;
	}

	/** Where the last search job spent its time: phase to milliseconds. */
	public Map<String, Long> lastPhases() {
		return lastPhases;
	}

	/** The project searched. */
	public Optional<Path> project() {
		return Optional.ofNullable(projectDirectory);
	}

	/** Types {@code text} into the query field and presses Enter. */
	public void typeQuery(String text) {
		query.setText(text);
		query.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
	}

	/** The text of every cell of the results table, row by row (fills the virtual rows). */
	public List<List<String>> shownRows() {
		Table table = results.getTable();
		List<List<String>> shown = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < table.getColumnCount(); c++) {
				cells.add(table.getItem(i).getText(c));
			}
			shown.add(cells);
		}
		return shown;
	}

	@Override
	public void setFocus() {
		query.setFocus();
	}

	@Override
	public void dispose() {
		if (explorerListener != null) {
			getSite().getPage().removePostSelectionListener(VerbatimParts.PROJECT_EXPLORER_VIEW_ID, explorerListener);
		}
		if (listListener != null) {
			projectList.removeListener(listListener);
		}
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}
