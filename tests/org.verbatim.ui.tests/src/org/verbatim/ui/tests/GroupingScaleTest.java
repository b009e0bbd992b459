package org.verbatim.ui.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.verbatim.core.EventReference;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.NewStatement;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StatementSummary;
import org.verbatim.core.store.StatementSummary.SpeakerRole;
import org.verbatim.ui.ProjectList;
import org.verbatim.ui.internal.ExplorerTree;
import org.verbatim.ui.internal.GroupNode;
import org.verbatim.ui.internal.ProjectExplorerView;
import org.verbatim.ui.internal.ProjectListings;
import org.verbatim.ui.internal.ProjectNode;
import org.verbatim.ui.internal.StatementGrouping;
import org.verbatim.ui.internal.StatementGroups;
import org.verbatim.ui.internal.StatementNode;
import org.verbatim.ui.internal.timeline.TimelineGroup;
import org.verbatim.ui.internal.timeline.TimelineRows;
import org.verbatim.ui.internal.timeline.TimelineView;

/**
 * A benchmark, not a timed test: groups N made-up statement nodes (N from the environment,
 * {@code VERBATIM_GROUPING_STATEMENTS=100000}) as the Project Explorer's Group by and the
 * Timeline do, on the thread that runs it, and prints how long each grouping took; the counts must
 * add up. Ten publishers, eight speakers, ten events (each statement names two, possibly the same
 * twice), dates over 25 years, five tags. Then it stores N such statements in a project in
 * {@code /dev/shm}, shows it in the Project Explorer, expands it, switches Group by through every
 * grouping and expands a group (and a range in it) each time, and prints, with a UI-thread
 * heartbeat, the longest time the UI thread was kept from its event loop and the time to show, with
 * the garbage-collection pauses of each step ({@link GcPauses}: a gap as long as a pause was the
 * collector's) and how often the store was read ({@code ProjectListings}).
 */
@EnabledIfEnvironmentVariable(named = GroupingScaleTest.SIZE_VARIABLE, matches = "\\d+")
class GroupingScaleTest {

	static final String SIZE_VARIABLE = "VERBATIM_GROUPING_STATEMENTS";

	private static final String[] PUBLISHERS = { "ISESCO", "News.Az", "Ministry of Foreign Affairs", "Azertac", "OIC",
			"Trend", "Report.az", "APA", "Daily Sabah", "Embassy of Azerbaijan in Pakistan" };
	private static final String[] EVENTS = { "Khojaly massacre", "Black January", "Second Karabakh war",
			"Victory Day", "Independence Day" };

	@Test
	void explorerOnALargeProjectIsMeasuredWithAHeartbeat() throws Exception {
		int n = Integer.parseInt(System.getenv(SIZE_VARIABLE));
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		assertNotNull(store, "the store service");
		Path shm = Path.of("/dev/shm");
		Path work = Files.createTempDirectory(Files.isDirectory(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir")),
				"verbatim-explorer-");
		IEclipsePreferences list = InstanceScope.INSTANCE.getNode("org.verbatim.ui");
		String before = list.get("projects", "");
		SampleProjectInExplorer sample = SampleProjectInExplorer.ofActivePage();
		ProjectExplorerView explorer = sample.explorer;
		StatementGrouping grouping = explorer.grouping();
		try {
			Path folder = work.resolve("big");
			long started = System.nanoTime();
			try (Project project = store.create(folder)) {
				Random random = new Random(20261206L);
				for (int i = 1; i <= n; i++) {
					project.add(generated(i, random));
					if (i % 10 == 0) {
						project.tag("S" + i, "tag-" + (i % 5));
					}
				}
			}
			List<String> figures = new ArrayList<>();
			figures.add(String.format(Locale.ROOT, "Project Explorer on %,d stored statements (stored in %.0f s):", n,
					(System.nanoTime() - started) / 1e9));
			explorer.setGrouping(StatementGrouping.NONE);
			await(explorer, "ungrouped");

			ProjectListings listings = PlatformUI.getWorkbench().getService(ProjectListings.class);
			assertNotNull(listings, "the listings service");
			UiHeartbeat beat = new UiHeartbeat();
			UiThreadSampler sampler = new UiThreadSampler();
			pauses = new GcPauses();
			int storeReads = listings.storeReads();
			int reads = explorer.reads();
			started = System.nanoTime();
			new ProjectList().add(folder);
			ProjectNode big = UiWait.until("the explorer to show the big project", Duration.ofMinutes(10),
					() -> explorer.isLoaded() ? Arrays.stream(explorer.getViewer().getTree().getItems()).map(TreeItem::getData)
							.filter(d -> d instanceof ProjectNode p && p.directory().equals(folder.toAbsolutePath().normalize()))
							.map(ProjectNode.class::cast).findFirst().orElse(null) : null,
					() -> "loaded " + explorer.isLoaded());
			figures.add(measured("read and show (reads started: " + (explorer.reads() - reads) + ", store reads: "
					+ (listings.storeReads() - storeReads) + ")", started, beat, sampler));

			beat = new UiHeartbeat();
			sampler = new UiThreadSampler();
			pauses = new GcPauses();
			started = System.nanoTime();
			explorer.getViewer().setExpandedState(big, true);
			TreeItem item = item(explorer, big);
			assertTrue(item.getItemCount() <= ExplorerTree.RANGE, "ranges, not " + item.getItemCount() + " items");
			figures.add(measured("expand the project (" + item.getItemCount() + " items)", started, beat, sampler));
			for (StatementGrouping by : StatementGrouping.values()) {
				beat = new UiHeartbeat();
				sampler = new UiThreadSampler();
				pauses = new GcPauses();
				started = System.nanoTime();
				explorer.setGrouping(by);
				long returned = System.nanoTime();
				await(explorer, by.name());
				String grouped = String.format(Locale.ROOT, "Group by %s: setGrouping returned in %.1f ms, ", by,
						(returned - started) / 1e6);
				item = item(explorer, big);
				String expanded = expandFirst(explorer, item);
				figures.add(measured(grouped + "shown and " + expanded, started, beat, sampler));
			}
			TimelineView timeline = (TimelineView) sample.page.showView(TimelineView.ID);
			TimelineRows.Mode mode = timeline.mode();
			try {
				Path bigFolder = folder.toAbsolutePath().normalize();
				for (TimelineRows.Mode by : List.of(TimelineRows.Mode.BY_EVENT, TimelineRows.Mode.BY_DATE)) {
					beat = new UiHeartbeat();
					sampler = new UiThreadSampler();
					pauses = new GcPauses();
					started = System.nanoTime();
					storeReads = listings.storeReads();
					timeline.setMode(by);
					timeline.showProject(bigFolder);
					UiWait.until("the Timeline to show the big project " + by, Duration.ofMinutes(5),
							() -> timeline.isLoaded() && timeline.project().filter(bigFolder::equals).isPresent() ? timeline : null,
							() -> "loaded " + timeline.isLoaded());
					int items = 0;
					for (TreeItem row : timeline.getViewer().getTree().getItems()) {
						items += 1 + (row.getExpanded() ? row.getItemCount() : 0);
						for (TreeItem child : row.getExpanded() ? row.getItems() : new TreeItem[0]) {
							assertTrue(child.getItemCount() <= ExplorerTree.RANGE, child.getText() + ": " + child.getItemCount());
						}
					}
					figures.add(measured("Timeline " + by + ": read, arranged and shown (" + items + " items, store reads: "
							+ (listings.storeReads() - storeReads) + ")", started, beat, sampler));
				}
			} finally {
				timeline.setMode(mode);
			}
			figures.forEach(System.out::println);
		} finally {
			list.put("projects", before);
			list.flush();
			explorer.setGrouping(grouping);
			await(explorer, "as before");
			try (Stream<Path> all = Files.walk(work)) {
				all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void await(ProjectExplorerView explorer, String what) {
		UiWait.until("the explorer to show its projects " + what, Duration.ofMinutes(5),
				() -> explorer.isLoaded() ? Boolean.TRUE : null, () -> "loaded " + explorer.isLoaded());
	}

	/** The tree item of {@code project}, after letting the UI thread run a moment (what follows a click). */
	private static TreeItem item(ProjectExplorerView explorer, ProjectNode project) {
		long until = System.nanoTime() + 200_000_000L;
		UiWait.until("a moment", Duration.ofSeconds(5), () -> System.nanoTime() > until ? Boolean.TRUE : null, () -> "");
		return Arrays.stream(explorer.getViewer().getTree().getItems()).filter(i -> project.equals(i.getData())).findFirst()
				.orElseThrow();
	}

	/** Expands the first child of {@code item}, and the first child of that if it has children. */
	private static String expandFirst(ProjectExplorerView explorer, TreeItem item) {
		StringBuilder what = new StringBuilder("expanded");
		TreeItem parent = item;
		for (int level = 0; level < 2 && parent.getItemCount() > 0; level++) {
			Object first = parent.getItem(0).getData();
			if (!explorer.getViewer().isExpandable(first)) {
				break;
			}
			explorer.getViewer().setExpandedState(first, true);
			parent = parent.getItem(0);
			what.append(" '").append(parent.getText()).append("' (").append(parent.getItemCount()).append(" items)");
			assertTrue(parent.getItemCount() <= ExplorerTree.RANGE, parent.getText() + ": " + parent.getItemCount() + " items");
		}
		return what.toString();
	}

	/** The garbage-collection pauses of the current step. */
	private static GcPauses pauses;

	/** The step's time and longest UI gap; over 100 ms, also where the UI thread was seen busy most. */
	private static String measured(String what, long started, UiHeartbeat beat, UiThreadSampler sampler)
			throws InterruptedException {
		long gap = beat.stop();
		List<String> busy = sampler.stop(3);
		return String.format(Locale.ROOT, "  %s: %.0f ms, longest UI gap %d ms (%s)%s", what,
				(System.nanoTime() - started) / 1e6, gap, pauses.stop(), UiHeartbeat.loadAverage())
				+ (gap > 100 ? "\n      " + String.join("\n      ", busy) : "");
	}

	/** A statement of about 300 characters with a publisher, a speaker, two events and a date. */
	private static NewStatement generated(int n, Random random) {
		String title = "Statement " + n;
		StringBuilder text = new StringBuilder(title).append("\n\n");
		while (text.length() < 300) {
			text.append(EVENTS[random.nextInt(EVENTS.length)]).append(" was remembered. ");
		}
		String clean = text.toString();
		Evidence evidence = new Evidence("generated", title, Optional.of(new OffsetMap.Span(0, title.length())));
		List<Speaker> speakers = List.of(new Speaker("Speaker " + random.nextInt(8), Optional.of("spokesperson"),
				Optional.empty(), evidence));
		List<EventReference> events = List.of(
				new EventReference(EVENTS[random.nextInt(5)] + " " + random.nextInt(2), Optional.empty(), Optional.empty(),
						evidence),
				new EventReference(EVENTS[random.nextInt(5)] + " " + random.nextInt(2), Optional.empty(), Optional.empty(),
						evidence));
		StatementMetadata metadata = new StatementMetadata(Optional.of(new Evidenced<>(title, evidence)),
				Optional.of(new Evidenced<>(LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000)), evidence)),
				Optional.empty(), Optional.empty(), speakers,
				Optional.of(new Evidenced<>(PUBLISHERS[random.nextInt(PUBLISHERS.length)], evidence)),
				Optional.of(new Evidenced<>("en", evidence)), events, Optional.empty());
		return new NewStatement("/generated/" + n + ".txt", clean.getBytes(UTF_8), Optional.of(title), clean, "UTF-8",
				"valid-utf8", OffsetMap.identity(clean.length()), List.of(), metadata, Optional.empty());
	}

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
