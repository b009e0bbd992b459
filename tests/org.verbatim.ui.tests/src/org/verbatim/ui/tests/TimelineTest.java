package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbatim.core.store.StatementSummary;
import org.verbatim.ui.internal.ExplorerTree;
import org.verbatim.ui.internal.ProjectNode;
import org.verbatim.ui.internal.RangeNode;
import org.verbatim.ui.internal.StatementGroups;
import org.verbatim.ui.internal.StatementNode;
import org.verbatim.ui.internal.timeline.TimelineGroup;
import org.verbatim.ui.internal.timeline.TimelineRows;
import org.verbatim.ui.internal.timeline.TimelineView;

/**
 * The Timeline view of the Research perspective on the sample project (the seeds), checked against
 * {@code shared/seeds/gold.json}: by issue date (year, month, statements in date order) and by event
 * (events in the order of their first statement, each with its statements by date).
 */
class TimelineTest {

	private SampleProjectInExplorer sample;
	private TimelineView timeline;

	@BeforeEach
	void showTimelineOfTheSampleProject() {
		sample = SampleProjectInExplorer.ofActivePage();
		TreeItem project = sample.awaitProject();
		timeline = assertInstanceOf(TimelineView.class, sample.page.findView(TimelineView.ID),
				"the Research perspective shows the Timeline");
		sample.page.bringToTop(timeline);
		// the Timeline follows the explorer's selection
		sample.page.activate(sample.explorer);
		sample.explorer.getViewer().setSelection(new StructuredSelection(project.getData()), true);
		Path directory = ((ProjectNode) project.getData()).directory();
		UiWait.until("the Timeline to show the sample project", SampleProjectInExplorer.TIMEOUT,
				() -> timeline.isLoaded() && timeline.project().filter(directory::equals).isPresent() ? timeline : null,
				() -> timeline.project() + " loaded " + timeline.isLoaded());
	}

	@AfterEach
	void byDateAgain() {
		timeline.setMode(TimelineRows.Mode.BY_DATE);
	}

	/** Switches the mode and waits for the rows, which are arranged off the UI thread. */
	private void arrange(TimelineRows.Mode mode) {
		timeline.setMode(mode);
		UiWait.until("the Timeline to arrange its rows " + mode, SampleProjectInExplorer.TIMEOUT,
				() -> timeline.isLoaded() ? timeline : null, () -> "still arranging");
	}

	@Test
	void switchingTheModeReturnsAtOnceAndTheRowsComeAfter() {
		timeline.setMode(TimelineRows.Mode.BY_EVENT);
		// no event was dispatched since: the rows cannot have been arranged on the UI thread
		assertFalse(timeline.isLoaded(), "rows are arranged later, not within setMode");
		arrange(TimelineRows.Mode.BY_EVENT);
		assertFalse(topRows().contains("2019 (2)"), topRows().toString());
	}

	@Test
	void listsTheSeedsByYearAndMonthInDateOrder() throws IOException {
		arrange(TimelineRows.Mode.BY_DATE);
		Map<String, String> expected = new LinkedHashMap<>();
		List<GoldStatements> gold = new ArrayList<>(GoldStatements.read());
		gold.sort(Comparator.comparing(g -> g.issued().orElseThrow()));
		for (GoldStatements statement : gold) {
			String issued = statement.issued().orElseThrow();
			expected.merge(issued.substring(0, 4) + " \u203a "
					+ StatementGroups.monthLabel(Integer.parseInt(issued.substring(5, 7))), issued, (a, b) -> a + " " + b);
		}
		assertEquals(expected, shown());
		assertEquals(List.of("2019 (2)", "2021 (1)", "2023 (1)", "2025 (1)"), topRows());
		// gold.json gives the News.Az page no title: its publisher and date stand in, not its file name
		List<String> rows = statementRows(timeline.getViewer().getTree().getItems(), new ArrayList<>());
		assertTrue(rows.contains("2025-02-27  S3  News.Az, 2025-02-27"), rows.toString());

		if (Screenshots.enabled()) {
			Shell shell = sample.page.getWorkbenchWindow().getShell();
			Rectangle bounds = shell.getBounds();
			shell.setBounds(0, 0, 1280, 960);
			sample.page.setPartState(sample.page.getReference(timeline), IWorkbenchPage.STATE_MAXIMIZED);
			Screenshots.take(shell, "workbench-timeline");
			sample.page.setPartState(sample.page.getReference(timeline), IWorkbenchPage.STATE_RESTORED);
			shell.setBounds(bounds);
		}
	}

	@Test
	void listsTheSeedsByEventEachInDateOrder() throws IOException {
		arrange(TimelineRows.Mode.BY_EVENT);
		Map<String, List<String>> byEvent = new LinkedHashMap<>();
		List<GoldStatements> gold = new ArrayList<>(GoldStatements.read());
		gold.sort(Comparator.comparing(g -> g.issued().orElseThrow()));
		for (GoldStatements statement : gold) {
			for (String event : statement.events()) {
				byEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(statement.issued().orElseThrow());
			}
		}
		Map<String, String> expected = new LinkedHashMap<>();
		byEvent.forEach((event, dates) -> expected.put(event, String.join(" ", dates)));
		// gold: Black January first (2019-01-18), then Khojaly (2019-02-22), then the Second Karabakh war (2021)
		assertEquals(expected, shown());
	}

	@Test
	void statementsWithoutADateOrEventAreListedApart() {
		// the sample's statements all have dates: take their nodes and forget two statements' metadata
		List<StatementNode> nodes = new ArrayList<>(((ProjectNode) sample.awaitProjectItem().getData()).statements());
		nodes.set(1, undatedWithoutEvents(nodes.get(1)));
		nodes.set(3, undatedWithoutEvents(nodes.get(3)));

		List<TimelineGroup> byDate = TimelineRows.of(nodes, TimelineRows.Mode.BY_DATE);
		TimelineGroup last = byDate.get(byDate.size() - 1);
		assertEquals(TimelineRows.UNDATED, last.name());
		assertEquals(List.of("S2", "S4"), ids(last.children()));
		assertEquals(3, byDate.stream().limit(byDate.size() - 1).mapToInt(TimelineGroup::count).sum());

		List<TimelineGroup> byEvent = TimelineRows.of(nodes, TimelineRows.Mode.BY_EVENT);
		TimelineGroup none = byEvent.get(byEvent.size() - 1);
		assertEquals(TimelineRows.NO_EVENT, none.name());
		assertEquals(List.of("S2", "S4"), ids(none.children()));
	}

	@Test
	void aLargeGroupHoldsItsStatementsInTheExplorersRanges() {
		// every made-up statement on one day and with no event: one month, and one "No event" group
		int n = 2 * ExplorerTree.RANGE + 5;
		List<StatementNode> nodes = ExplorerRangesTest.project(n, 1).statements();

		TimelineGroup year = TimelineRows.of(nodes, TimelineRows.Mode.BY_DATE).get(0);
		TimelineGroup month = assertInstanceOf(TimelineGroup.class, year.children().get(0));
		assertEquals(n, month.count());
		assertEquals(List.of(ExplorerTree.RANGE, ExplorerTree.RANGE, 5), sizes(month.children()));
		assertEquals("S1 \u2013 S1000 (1000)", ((RangeNode) month.children().get(0)).label());
		assertEquals(nodes, inRanges(month.children()));

		TimelineGroup none = TimelineRows.of(nodes, TimelineRows.Mode.BY_EVENT).get(0);
		assertEquals(TimelineRows.NO_EVENT, none.name());
		assertEquals(List.of(ExplorerTree.RANGE, ExplorerTree.RANGE, 5), sizes(none.children()));
		assertEquals(nodes, inRanges(none.children()));
		// a group of exactly one range's worth is shown as it is
		TimelineGroup small = TimelineRows.of(nodes.subList(0, ExplorerTree.RANGE), TimelineRows.Mode.BY_EVENT).get(0);
		assertTrue(small.children().stream().allMatch(StatementNode.class::isInstance));
	}

	private static List<Integer> sizes(List<Object> ranges) {
		return ranges.stream().map(r -> assertInstanceOf(RangeNode.class, r).statements().size()).toList();
	}

	private static List<StatementNode> inRanges(List<Object> ranges) {
		return ranges.stream().flatMap(r -> ((RangeNode) r).statements().stream()).toList();
	}

	/** The node with its statement's issue date and events forgotten. */
	private static StatementNode undatedWithoutEvents(StatementNode node) {
		StatementSummary s = node.statement();
		return new StatementNode(node.projectDirectory(), new StatementSummary(s.id(), s.title(), s.source(), s.original(),
				s.importedAt(), s.publisher(), s.speakers(), List.of(), Optional.empty(), s.place(), s.language(), s.tags(),
				s.retrievalCount(), s.lastRetrieval()));
	}

	private static List<String> ids(List<Object> children) {
		return children.stream().map(c -> ((StatementNode) c).statement().id().toString()).toList();
	}

	/** The texts of the statement rows under {@code items}, expanded or not. */
	private static List<String> statementRows(TreeItem[] items, List<String> rows) {
		for (TreeItem item : items) {
			if (item.getData() instanceof StatementNode) {
				rows.add(item.getText(0));
			}
			statementRows(item.getItems(), rows);
		}
		return rows;
	}

	private List<String> topRows() {
		List<String> rows = new ArrayList<>();
		for (TreeItem item : timeline.getViewer().getTree().getItems()) {
			rows.add(item.getText(0));
		}
		return rows;
	}

	/** The shown groups (path) with the issue dates of their statements in the order shown. */
	private Map<String, String> shown() {
		timeline.getViewer().expandAll();
		Map<String, String> shown = new LinkedHashMap<>();
		for (TreeItem item : timeline.getViewer().getTree().getItems()) {
			collect(item, "", shown);
		}
		return shown;
	}

	private static void collect(TreeItem item, String path, Map<String, String> shown) {
		if (item.getData() instanceof TimelineGroup group) {
			assertEquals(group.name() + " (" + group.count() + ")", item.getText(0));
			String here = path.isEmpty() ? group.name() : path + " \u203a " + group.name();
			for (TreeItem child : item.getItems()) {
				collect(child, here, shown);
			}
		} else if (item.getData() instanceof StatementNode node) {
			String date = node.statement().issued().map(Object::toString).orElse("none");
			assertEquals(date + "  " + node.label(), item.getText(0));
			shown.merge(path, date, (a, b) -> a + " " + b);
		}
	}
}
