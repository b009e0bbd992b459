package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbatim.search.Snippet;
import org.verbatim.ui.VerbatimParts;
import org.verbatim.ui.internal.ProjectNode;
import org.verbatim.ui.internal.StatementEditor;
import org.verbatim.ui.internal.StatementNode;
import org.verbatim.ui.internal.search.SearchRow;
import org.verbatim.ui.internal.search.SearchView;

/**
 * The Search view in the real workbench, on the sample project: {@code Khojali} finds the statements
 * the gold says are about the Khojaly massacre, facets count them and narrow them, and opening a
 * hit selects the match in the statement's text.
 */
class SearchViewTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final String QUERY = "Khojali";

	private SampleProjectInExplorer sample;
	private SearchView view;
	/** The gold entry of each statement of the sample project, by statement id. */
	private final Map<String, GoldStatements> gold = new HashMap<>();

	@BeforeEach
	void showSearchViewOnTheSampleProject() throws Exception {
		sample = SampleProjectInExplorer.ofActivePage();
		ProjectNode project = (ProjectNode) sample.awaitProject().getData();
		sample.explorer.getViewer().setSelection(new StructuredSelection(project), true);
		view = assertInstanceOf(SearchView.class, sample.page.showView(VerbatimParts.SEARCH_VIEW_ID),
				"the Search view is registered");
		UiWait.until("the Search view to follow the explorer to the sample project", TIMEOUT,
				() -> view.project().filter(project.directory()::equals).orElse(null), () -> String.valueOf(view.project()));
		Map<String, GoldStatements> byFile = GoldStatements.read().stream()
				.collect(Collectors.toMap(GoldStatements::file, g -> g));
		for (StatementNode node : project.statements()) {
			String file = Path.of(node.statement().source()).getFileName().toString();
			gold.put(node.statement().id().toString(), byFile.get(file));
		}
		if (!view.filters().isEmpty()) {
			view.clearFilters();
		}
	}

	@AfterEach
	void closeEditors() {
		sample.page.closeAllEditors(false);
	}

	@Test
	void khojaliFindsTheStatementsTheGoldSaysAreAboutKhojalyWithTheirMetadataAndTheMatchInContext() {
		UiHeartbeat heartbeat = new UiHeartbeat();
		List<SearchRow> rows = search(QUERY);
		long uiGap = heartbeat.stop();

		Set<String> expected = goldIds(g -> g.events().stream().anyMatch(e -> e.startsWith("Khojaly")));
		assertEquals(3, expected.size(), "the gold has three Khojaly statements: " + gold);
		assertEquals(expected, ids(rows), view.statusText());
		List<List<String>> shown = view.shownRows();
		for (List<String> row : shown) {
			GoldStatements entry = gold.get(row.get(0));
			assertEquals(entry.publisher().orElse("\u2014"), row.get(4), "publisher of " + row);
			assertEquals(entry.issued().orElse("\u2014"), row.get(5), "issued of " + row);
			int match = row.get(2).toLowerCase(Locale.ROOT).indexOf("khojal");
			assertTrue(match >= 0 && match <= 45, "the passage shows the match near its start: " + row);
		}
		assertTrue(view.statusText().startsWith("3 statements match"), view.statusText());
		assertEquals(QUERY, view.queryField().getItem(0), "the query is first in the history");
		System.out.println("Search view, sample project: '" + QUERY + "' from Enter to rows shown " + view.lastShownMillis()
				+ " ms (search job: " + view.lastPhases() + ", on the UI thread " + view.lastApplyMillis()
				+ " ms); longest UI-thread gap while searching " + uiGap + " ms");
	}

	@Test
	void facetsCountTheHitsAndDoubleClickingAValueNarrowsThem() {
		search(QUERY);
		Set<String> khojaly = goldIds(g -> g.events().stream().anyMatch(e -> e.startsWith("Khojaly")));

		Map<String, Long> publishers = new TreeMap<>();
		khojaly.forEach(id -> publishers.merge(gold.get(id).publisher().orElseThrow(), 1L, Long::sum));
		List<String> expectedPublishers = publishers.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
				.toList();
		assertEquals(expectedPublishers, new ArrayList<>(new TreeSet<>(facetValues("publisher"))));

		TreeItem year2019 = facetItem("year", "2019 (");
		Set<String> of2019 = goldIds(g -> khojaly.contains(idOf(g)) && g.issued().orElse("").startsWith("2019"));
		assertEquals("2019 (" + of2019.size() + ")", year2019.getText());

		view.facetViewer().setSelection(new StructuredSelection(year2019.getData()), true);
		Event open = new Event();
		open.item = year2019;
		view.facetViewer().getTree().notifyListeners(SWT.DefaultSelection, open);
		List<SearchRow> narrowed = awaitRows(rows -> rows.size() == of2019.size());
		assertEquals(of2019, ids(narrowed));
		assertEquals(Map.of("year", List.of("2019")), view.filters());

		view.clearFilters();
		assertEquals(khojaly, ids(awaitRows(rows -> rows.size() == khojaly.size())));
	}

	@Test
	void sortingOldestFirstOrdersTheHitsByIssueDate() {
		search(QUERY);
		view.sortField().select(2);
		view.sortField().notifyListeners(SWT.Selection, new Event());
		List<SearchRow> rows = awaitRows(r -> !r.isEmpty() && r.get(0).hit().score() == 0f);
		List<String> issued = rows.stream().map(r -> r.hit().issued().orElseThrow().toString()).toList();
		assertEquals(issued.stream().sorted().toList(), issued);
		assertEquals(gold.values().stream().filter(g -> g.events().stream().anyMatch(e -> e.startsWith("Khojaly")))
				.map(g -> g.issued().orElseThrow()).sorted().toList(), issued);
		view.sortField().select(0);
		view.sortField().notifyListeners(SWT.Selection, new Event());
		awaitRows(r -> !r.isEmpty() && r.get(0).hit().score() > 0f);
	}

	@Test
	void openingAHitShowsItsStatementWithTheMatchSelected() {
		SearchRow first = search(QUERY).get(0);
		Snippet snippet = first.firstSnippet().orElseThrow();
		Snippet.Range match = first.firstMatch().orElseThrow();
		String word = snippet.text().substring(match.start() - snippet.start(), match.end() - snippet.start());
		assertTrue(word.matches("(?i)khojal[iy]"), word);

		Table table = view.resultsViewer().getTable();
		view.resultsViewer().setSelection(new StructuredSelection(first), true);
		Event open = new Event();
		open.item = table.getItem(0);
		table.notifyListeners(SWT.DefaultSelection, open);

		StatementEditor editor = sample.awaitActiveEditor(first.hit().id().toString());
		assertEquals(first.hit().id(), editor.statement().orElseThrow().id());
		String selected = UiWait.until("the match to be selected in the text", TIMEOUT,
				() -> editor.selectedText().isEmpty() ? null : editor.selectedText(), () -> "no selection");
		assertEquals(word, selected);
		assertEquals(word, editor.shownText().substring(match.start(), match.end()));
	}

	@Test
	void aBadQueryIsOneSentenceInTheViewNotADialog() {
		search(QUERY);
		int shells = Display.getCurrent().getShells().length;
		view.typeQuery("speech:Khojaly");
		String problem = UiWait.until("the Search view to report the bad query", TIMEOUT,
				() -> view.problem().orElse(null), view::statusText);
		assertTrue(problem.startsWith("unknown field 'speech:'; fields are text, title"), problem);
		assertEquals(problem, view.statusText());
		assertTrue(view.rows().isEmpty());
		assertEquals(shells, Display.getCurrent().getShells().length, "no dialog was opened");
	}

	/** Types the query, presses Enter and waits for the rows. */
	private List<SearchRow> search(String query) {
		view.typeQuery(query);
		return UiWait.until("the Search view to show the hits for " + query, TIMEOUT,
				() -> view.lastShownMillis() >= 0 && view.problem().isEmpty() && !view.rows().isEmpty() ? view.rows() : null,
				view::statusText);
	}

	private List<SearchRow> awaitRows(Predicate<List<SearchRow>> wanted) {
		return UiWait.until("the Search view to show the expected rows", TIMEOUT,
				() -> view.lastShownMillis() >= 0 && wanted.test(view.rows()) ? view.rows() : null,
				() -> view.statusText() + " " + ids(view.rows()));
	}

	private Set<String> goldIds(Predicate<GoldStatements> which) {
		return gold.entrySet().stream().filter(e -> which.test(e.getValue())).map(Map.Entry::getKey)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	private String idOf(GoldStatements entry) {
		return gold.entrySet().stream().filter(e -> e.getValue().equals(entry)).map(Map.Entry::getKey).findFirst()
				.orElseThrow();
	}

	private static Set<String> ids(List<SearchRow> rows) {
		return rows.stream().map(r -> r.hit().id().toString()).collect(Collectors.toCollection(TreeSet::new));
	}

	private List<String> facetValues(String dimension) {
		return Arrays.stream(dimensionItem(dimension).getItems()).map(TreeItem::getText).toList();
	}

	private TreeItem facetItem(String dimension, String prefix) {
		Optional<TreeItem> item = Arrays.stream(dimensionItem(dimension).getItems())
				.filter(i -> i.getText().startsWith(prefix)).findFirst();
		return item.orElseThrow(() -> new AssertionError("no " + prefix + " in " + facetValues(dimension)));
	}

	private TreeItem dimensionItem(String dimension) {
		return Arrays.stream(view.facetViewer().getTree().getItems()).filter(i -> i.getText().equals(dimension))
				.findFirst().orElseThrow(() -> new AssertionError("no facet " + dimension));
	}
}
