package org.verbatim.ui.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.internal.GroupNode;
import org.verbatim.ui.internal.ProjectNode;
import org.verbatim.ui.internal.StatementGroups;
import org.verbatim.ui.internal.StatementGrouping;
import org.verbatim.ui.internal.StatementNode;

/**
 * The Project Explorer's Group by on the sample project (the seeds), checked against what
 * {@code shared/seeds/gold.json} says of each seed: publisher, speakers, events, issue date; and
 * tags, added through the store behind the explorer's back.
 */
class ExplorerGroupingTest {

	private SampleProjectInExplorer sample;

	@BeforeEach
	void findExplorer() {
		sample = SampleProjectInExplorer.ofActivePage();
		sample.awaitProject();
	}

	@AfterEach
	void ungroup() {
		sample.explorer.setGrouping(StatementGrouping.NONE);
	}

	@Test
	void groupsByPublisherAsTheGoldSays() throws IOException {
		Map<String, TreeSet<String>> expected = new TreeMap<>();
		Map<String, String> ids = idsByFile();
		for (GoldStatements gold : GoldStatements.read()) {
			expected.computeIfAbsent(gold.publisher().orElse("(unknown)"), k -> new TreeSet<>()).add(ids.get(gold.file()));
		}
		assertEquals(expected, shownGroups(StatementGrouping.PUBLISHER));
	}

	@Test
	void groupsBySpeakerWithAStatementOfSeveralSpeakersUnderEach() throws IOException {
		Map<String, TreeSet<String>> expected = new TreeMap<>();
		Map<String, String> ids = idsByFile();
		goldSpeakers().forEach((file, speakers) -> {
			for (String speaker : speakers.isEmpty() ? List.of("(unknown)") : speakers) {
				expected.computeIfAbsent(speaker, k -> new TreeSet<>()).add(ids.get(file));
			}
		});
		Map<String, TreeSet<String>> shown = shownGroups(StatementGrouping.SPEAKER);
		assertEquals(expected, shown);
		// the embassy's round table has five speakers: S5 stands under each of them
		assertEquals(5, shown.values().stream().filter(s -> s.contains("S5")).count(), shown.toString());

		if (Screenshots.enabled()) {
			Shell shell = sample.page.getWorkbenchWindow().getShell();
			Rectangle bounds = shell.getBounds();
			shell.setBounds(0, 0, 1280, 960);
			Screenshots.take(shell, "workbench-explorer-grouped");
			shell.setBounds(bounds);
		}
	}

	@Test
	void groupsByEventAsTheGoldSays() throws IOException {
		Map<String, TreeSet<String>> expected = new TreeMap<>();
		Map<String, String> ids = idsByFile();
		for (GoldStatements gold : GoldStatements.read()) {
			for (String event : gold.events()) {
				expected.computeIfAbsent(event, k -> new TreeSet<>()).add(ids.get(gold.file()));
			}
		}
		assertEquals(expected, shownGroups(StatementGrouping.EVENT));
	}

	@Test
	void groupsByIssuedYearThenMonthAsTheGoldSays() throws IOException {
		Map<String, TreeSet<String>> expected = new TreeMap<>();
		Map<String, String> ids = idsByFile();
		for (GoldStatements gold : GoldStatements.read()) {
			String issued = gold.issued().orElseThrow();
			String path = issued.substring(0, 4) + " \u203a "
					+ StatementGroups.monthLabel(Integer.parseInt(issued.substring(5, 7)));
			expected.computeIfAbsent(path, k -> new TreeSet<>()).add(ids.get(gold.file()));
		}
		assertEquals(expected, shownGroups(StatementGrouping.ISSUED));
		// and the years carry the counts of their months
		TreeItem project = sample.awaitProjectItem();
		List<String> years = new ArrayList<>();
		for (TreeItem year : project.getItems()) {
			years.add(year.getText());
		}
		assertEquals(List.of("2019 (2)", "2021 (1)", "2023 (1)", "2025 (1)"), years);
	}

	@Test
	void groupsByTagFollowingTagsMadeBehindItsBack() throws Exception {
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		Path directory = projectNode().directory();
		// other tests may have tagged statements of the sample project: start from what the store says
		assertEquals(tagGroups(store, directory), shownGroups(StatementGrouping.TAG));
		try (Project project = store.open(directory)) {
			project.tag("S4", "remembrance");
			project.tag("S2", "remembrance");
		}
		try {
			Map<String, TreeSet<String>> expected = tagGroups(store, directory);
			assertEquals(new TreeSet<>(List.of("S2", "S4")), expected.get("remembrance"));
			// wait on the read data only: changing the tree while waiting would starve the UI thread's async queue
			UiWait.until("the explorer to read the new tags", SampleProjectInExplorer.TIMEOUT,
					() -> explorerTags("S2").contains("remembrance") && explorerTags("S4").contains("remembrance") ? true
							: null,
					() -> explorerTags("S2") + " " + explorerTags("S4"));
			assertEquals(expected, groups());
		} finally {
			try (Project project = store.open(directory)) {
				project.untag("S4", "remembrance");
				project.untag("S2", "remembrance");
			}
		}
	}

	/** The tags of statement {@code id} as the explorer read them last. */
	private List<String> explorerTags(String id) {
		if (!(sample.explorer.getViewer().getInput() instanceof List<?> projects)) {
			return List.of();
		}
		return projects.stream().filter(ProjectNode.class::isInstance).map(ProjectNode.class::cast)
				.filter(p -> p.name().equals("Sample project")).flatMap(p -> p.statements().stream())
				.filter(n -> n.statement().id().toString().equals(id)).findFirst().map(n -> n.statement().tags())
				.orElse(List.of());
	}

	/** The tag groups as the store's tags make them: tag to statement ids, untagged ones under (no tag). */
	private static Map<String, TreeSet<String>> tagGroups(ProjectStore store, Path directory) throws Exception {
		Map<String, TreeSet<String>> groups = new TreeMap<>();
		try (Project project = store.open(directory)) {
			for (var id : project.statementIds()) {
				List<String> tags = project.tags(id.toString());
				for (String tag : tags.isEmpty() ? List.of("(no tag)") : tags) {
					groups.computeIfAbsent(tag, k -> new TreeSet<>()).add(id.toString());
				}
			}
		}
		return groups;
	}

	@Test
	void groupingIsRememberedInTheDialogSettings() {
		sample.explorer.setGrouping(StatementGrouping.EVENT);
		assertEquals("EVENT", DialogSettings.getOrCreateSection(
				PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ProjectNode.class)).getDialogSettings(),
				"ProjectExplorer").get("groupBy"));
	}

	/** Groups the explorer by {@code grouping}; the groups under the sample project: path to statement ids. */
	private Map<String, TreeSet<String>> shownGroups(StatementGrouping grouping) {
		sample.explorer.setGrouping(grouping);
		assertEquals(grouping, sample.explorer.grouping());
		awaitGrouped();
		return groups();
	}

	private void awaitGrouped() {
		UiWait.until("the explorer to group the statements by " + sample.explorer.grouping(), SampleProjectInExplorer.TIMEOUT,
				() -> sample.explorer.isLoaded() ? Boolean.TRUE : null, () -> "still grouping");
	}

	@Test
	void groupByReturnsAtOnceAndTheGroupsComeFromAJob() {
		TreeItem project = sample.awaitProject();
		sample.explorer.setGrouping(StatementGrouping.PUBLISHER);
		// no event was dispatched since: the groups cannot have been shown, the old children still are
		assertFalse(sample.explorer.isLoaded(), "grouping is shown later, not within setGrouping");
		assertTrue(Arrays.stream(project.getItems()).allMatch(item -> item.getData() instanceof StatementNode),
				() -> Arrays.toString(project.getItems()));
		awaitGrouped();
		TreeItem grouped = sample.awaitProjectItem();
		assertTrue(grouped.getItemCount() > 0 && Arrays.stream(grouped.getItems()).allMatch(item -> item.getData() instanceof GroupNode),
				() -> Arrays.toString(grouped.getItems()));
	}

	@Test
	void aGroupingAskedForWhileAnotherIsBuiltReplacesIt() {
		sample.awaitProject();
		sample.explorer.setGrouping(StatementGrouping.SPEAKER);
		sample.explorer.setGrouping(StatementGrouping.ISSUED);
		awaitGrouped();
		assertEquals(StatementGrouping.ISSUED, sample.explorer.grouping());
		TreeItem project = sample.awaitProjectItem();
		sample.explorer.getViewer().expandToLevel(projectNode(), 1);
		// years: four digits, or the unknown group
		assertTrue(Arrays.stream(project.getItems()).allMatch(item -> item.getText().matches("(\\d{4}|\\(unknown\\)) \\(\\d+\\)")),
				() -> Arrays.toString(project.getItems()));
	}

	private Map<String, TreeSet<String>> groups() {
		ProjectNode project = projectNode();
		sample.explorer.getViewer().expandToLevel(project, AbstractTreeViewer.ALL_LEVELS);
		Map<String, TreeSet<String>> groups = new TreeMap<>();
		TreeItem item = sample.awaitProjectItem();
		collect(item, "", groups);
		return groups;
	}

	private static void collect(TreeItem parent, String path, Map<String, TreeSet<String>> groups) {
		for (TreeItem child : parent.getItems()) {
			if (child.getData() instanceof GroupNode group) {
				assertTrue(child.getText().equals(group.name() + " (" + group.count() + ")"), child.getText());
				collect(child, path.isEmpty() ? group.name() : path + " \u203a " + group.name(), groups);
			} else if (child.getData() instanceof StatementNode node) {
				groups.computeIfAbsent(path, k -> new TreeSet<>()).add(node.statement().id().toString());
			}
		}
		// a group's count is the number of statements under it
		if (parent.getData() instanceof GroupNode group && group.path().size() == 1) {
			long under = groups.entrySet().stream().filter(e -> e.getKey().equals(group.name())
					|| e.getKey().startsWith(group.name() + " \u203a ")).mapToLong(e -> e.getValue().size()).sum();
			assertEquals(group.count(), under, group.name());
		}
	}

	private ProjectNode projectNode() {
		return (ProjectNode) sample.awaitProjectItem().getData();
	}

	/** Seed file name to the statement id the sample project gave it. */
	private Map<String, String> idsByFile() {
		Map<String, String> ids = new LinkedHashMap<>();
		for (StatementNode node : projectNode().statements()) {
			String source = node.statement().source();
			ids.put(Path.of(source).getFileName().toString(), node.statement().id().toString());
		}
		return ids;
	}

	/** The speakers' names the gold gives for each seed file. */
	private static Map<String, List<String>> goldSpeakers() throws IOException {
		String json = Files.readString(GoldStatements.seeds().resolve("gold.json"), UTF_8);
		Map<String, List<String>> speakers = new LinkedHashMap<>();
		Matcher entry = Pattern.compile("\"file\":\\s*\"([^\"]+)\".*?\"speakers\":\\s*\\[(.*?)\\]", Pattern.DOTALL)
				.matcher(json);
		while (entry.find()) {
			List<String> names = new ArrayList<>();
			Matcher name = Pattern.compile("\"name\":\\s*\"([^\"]+)\"").matcher(entry.group(2));
			while (name.find()) {
				names.add(name.group(1));
			}
			speakers.put(entry.group(1), names);
		}
		return speakers;
	}
}
