package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.StatementSummary;
import org.verbatim.core.store.StatementSummary.SpeakerRole;
import org.verbatim.ui.internal.GroupNode;
import org.verbatim.ui.internal.ProjectNode;
import org.verbatim.ui.internal.StatementGrouping;
import org.verbatim.ui.internal.StatementGroups;
import org.verbatim.ui.internal.StatementNode;
import org.verbatim.ui.internal.timeline.TimelineGroup;
import org.verbatim.ui.internal.timeline.TimelineRows;

/**
 * A benchmark, not a timed test: groups N made-up statement nodes (N from the environment,
 * {@code VERBATIM_GROUPING_STATEMENTS=100000}) as the Project Explorer's Group by and the
 * Timeline do, on the thread that runs it, and prints how long each grouping took; the counts must
 * add up. Ten publishers, eight speakers, ten events (each statement names two, possibly the same
 * twice), dates over 25 years, five tags.
 */
@EnabledIfEnvironmentVariable(named = GroupingScaleTest.SIZE_VARIABLE, matches = "\\d+")
class GroupingScaleTest {

	static final String SIZE_VARIABLE = "VERBATIM_GROUPING_STATEMENTS";

	private static final String[] PUBLISHERS = { "ISESCO", "News.Az", "Ministry of Foreign Affairs", "Azertac", "OIC",
			"Trend", "Report.az", "APA", "Daily Sabah", "Embassy of Azerbaijan in Pakistan" };
	private static final String[] EVENTS = { "Khojaly massacre", "Black January", "Second Karabakh war",
			"Victory Day", "Independence Day" };

	@Test
	void groupingsArePrintedForALargeProject() {
		int n = Integer.parseInt(System.getenv(SIZE_VARIABLE));
		Path directory = Path.of("/made-up/project");
		Random random = new Random(20261206L);
		List<StatementNode> nodes = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			List<SpeakerRole> speakers = List.of(new SpeakerRole("Speaker " + random.nextInt(8),
					Optional.of("spokesperson"), Optional.empty()));
			List<String> events = List.of(EVENTS[random.nextInt(5)] + " " + random.nextInt(2),
					EVENTS[random.nextInt(5)] + " " + random.nextInt(2));
			nodes.add(new StatementNode(directory, new StatementSummary(new StatementId(i), Optional.of("Statement " + i),
					"/made-up/" + i + ".txt", new OriginalRef("0".repeat(64), 1), Instant.EPOCH,
					Optional.of(PUBLISHERS[random.nextInt(PUBLISHERS.length)]), speakers, events,
					Optional.of(LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000))), Optional.empty(),
					Optional.of("en"), List.of("tag-" + random.nextInt(5)), 1, Optional.empty())));
		}
		ProjectNode project = new ProjectNode(directory, "made up", nodes, Optional.empty());
		StringBuilder figures = new StringBuilder(String.format(Locale.ROOT, "%nGrouping %,d statements:", n));
		for (int round = 1; round <= 2; round++) {
			figures.append(String.format(Locale.ROOT, "%n  round %d:", round));
			for (StatementGrouping grouping : StatementGrouping.values()) {
				long started = System.nanoTime();
				List<Object> groups = StatementGroups.of(project, grouping);
				figures.append(String.format(Locale.ROOT, " %s %.0f ms,", grouping, (System.nanoTime() - started) / 1e6));
				if (grouping == StatementGrouping.PUBLISHER || grouping == StatementGrouping.ISSUED) {
					assertEquals(n, groups.stream().mapToInt(g -> ((GroupNode) g).count()).sum(), grouping.name());
				}
			}
			for (TimelineRows.Mode mode : TimelineRows.Mode.values()) {
				long started = System.nanoTime();
				List<TimelineGroup> rows = TimelineRows.of(nodes, mode);
				figures.append(String.format(Locale.ROOT, " Timeline %s %.0f ms,", mode, (System.nanoTime() - started) / 1e6));
				if (mode == TimelineRows.Mode.BY_DATE) {
					assertEquals(n, rows.stream().mapToInt(TimelineGroup::count).sum());
				}
			}
		}
		System.out.println(figures);
	}
}
