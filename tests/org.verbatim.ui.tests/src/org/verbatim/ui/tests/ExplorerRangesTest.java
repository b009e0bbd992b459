package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.StatementSummary;
import org.verbatim.ui.internal.ExplorerTree;
import org.verbatim.ui.internal.GroupNode;
import org.verbatim.ui.internal.ProjectNode;
import org.verbatim.ui.internal.RangeNode;
import org.verbatim.ui.internal.StatementGrouping;
import org.verbatim.ui.internal.StatementNode;

/**
 * The tree the Project Explorer shows, built off the UI thread: lists of more than
 * {@link ExplorerTree#RANGE} statements, a project's or a group's, come in ranges of at most that
 * many, each statement in exactly one range of its list, in the list's order; shorter lists as they are.
 */
class ExplorerRangesTest {

	private static final Path DIRECTORY = Path.of("/made-up/ranges");

	@Test
	void aListOfAtMostOneRangeIsShownAsItIs() {
		ProjectNode project = project(ExplorerTree.RANGE, 2);
		List<Object> children = ExplorerTree.build(List.of(project), StatementGrouping.NONE, new NullProgressMonitor())
				.children(project);
		assertEquals(project.statements(), children);
	}

	@Test
	void anUngroupedLongListComesInRangesInIdOrder() {
		int n = 2 * ExplorerTree.RANGE + 17;
		ProjectNode project = project(n, 2);
		List<Object> children = ExplorerTree.build(List.of(project), StatementGrouping.NONE, new NullProgressMonitor())
				.children(project);
		assertEquals(3, children.size());
		List<StatementNode> all = new ArrayList<>();
		for (Object child : children) {
			all.addAll(assertInstanceOf(RangeNode.class, child).statements());
		}
		assertEquals(project.statements(), all);
		RangeNode last = (RangeNode) children.get(2);
		assertEquals(17, last.statements().size());
		assertEquals("S1 \u2013 S1000 (1000)", ((RangeNode) children.get(0)).label());
		assertEquals("S2001 \u2013 S2017 (17)", last.label());
	}

	@Test
	void aLargeGroupComesInRangesAndItsCountStaysTheWholeGroup() {
		// two publishers, alternating: each group holds half the statements
		int n = 3 * ExplorerTree.RANGE;
		ProjectNode project = project(n, 2);
		List<Object> groups = ExplorerTree.build(List.of(project), StatementGrouping.PUBLISHER, new NullProgressMonitor())
				.children(project);
		assertEquals(2, groups.size());
		for (Object child : groups) {
			GroupNode group = assertInstanceOf(GroupNode.class, child);
			assertEquals(n / 2, group.count());
			assertEquals(2, group.children().size(), group.name());
			int inRanges = group.children().stream().mapToInt(c -> assertInstanceOf(RangeNode.class, c).statements().size())
					.sum();
			assertEquals(n / 2, inRanges, group.name());
			assertTrue(((RangeNode) group.children().get(0)).statements().size() == ExplorerTree.RANGE);
		}
	}

	@Test
	void monthsOfALargeYearAreCutToo() {
		// every statement on one day: one year, one month, all statements in it
		int n = ExplorerTree.RANGE + 1;
		ProjectNode project = project(n, 1);
		List<Object> years = ExplorerTree.build(List.of(project), StatementGrouping.ISSUED, new NullProgressMonitor())
				.children(project);
		GroupNode year = assertInstanceOf(GroupNode.class, years.get(0));
		GroupNode month = assertInstanceOf(GroupNode.class, year.children().get(0));
		assertEquals(n, month.count());
		assertEquals(2, month.children().size());
		assertEquals(1, assertInstanceOf(RangeNode.class, month.children().get(1)).statements().size());
	}

	@Test
	void buildingStopsWhenCancelled() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> ExplorerTree.build(List.of(project(10, 1)), StatementGrouping.SPEAKER, monitor));
	}

	/** {@code n} statements S1..Sn, published in turn by {@code publishers} publishers, all on one day. */
	static ProjectNode project(int n, int publishers) {
		List<StatementNode> nodes = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			nodes.add(new StatementNode(DIRECTORY, new StatementSummary(new StatementId(i), Optional.of("Statement " + i),
					"/made-up/" + i + ".txt", new OriginalRef("0".repeat(64), 1), Instant.EPOCH,
					Optional.of("Publisher " + (i % publishers)), List.of(), List.of(),
					Optional.of(LocalDate.of(2020, 5, 4)), Optional.empty(), Optional.of("en"), List.of(), 1,
					Optional.empty())));
		}
		return new ProjectNode(DIRECTORY, "ranges", nodes, Optional.empty());
	}
}
