package org.verbatim.ui.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.verbatim.core.NewStatement;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.VerbatimParts;
import org.verbatim.ui.internal.search.SearchView;

/**
 * The Search view on a big project, for the measure: builds a project of N generated
 * statements (N from the environment, {@code VERBATIM_SEARCH_VIEW_STATEMENTS=100000}; in
 * {@code /dev/shm} when there is one, deleted afterwards), searches it from the view and prints the
 * time from Enter to rows shown and the longest gap of a 5 ms UI-thread heartbeat. Skipped unless
 * the variable is set: building the project takes minutes.
 */
@EnabledIfEnvironmentVariable(named = SearchViewScaleTest.SIZE_VARIABLE, matches = "\\d+")
class SearchViewScaleTest {

	static final String SIZE_VARIABLE = "VERBATIM_SEARCH_VIEW_STATEMENTS";

	private static final String[] WORDS = ("the ministry of foreign affairs statement on anniversary people republic "
			+ "international community occupation territory peace negotiations president declared support "
			+ "commemoration victims tragedy condemn humanity justice resolution council security cooperation "
			+ "organization embassy ambassador conference sovereignty independence agreement region").split(" ");

	@Test
	void searchingABigProjectShowsTheBestHitsWithoutBlockingTheUiThread() throws Exception {
		int statements = Integer.parseInt(System.getenv(SIZE_VARIABLE));
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		assertNotNull(store, "the store service");
		Path shm = Path.of("/dev/shm");
		Path work = Files.createTempDirectory(Files.isDirectory(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir")),
				"verbatim-search-view-");
		try {
			measure(store, statements, work.resolve("big"));
		} finally {
			try (Stream<Path> all = Files.walk(work)) {
				all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void measure(ProjectStore store, int statements, Path folder) throws Exception {
		long built = System.nanoTime();
		int khojaly = 0;
		try (Project project = store.create(folder)) {
			SplittableRandom random = new SplittableRandom(20261205);
			for (int i = 0; i < statements; i++) {
				StringBuilder text = new StringBuilder();
				for (int w = 0; w < 120; w++) {
					text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 15 == 14 ? ". " : " ");
				}
				if (i % 100 == 7) {
					text.append("The Khojaly tragedy is remembered. ");
					khojaly++;
				}
				text.append("Statement number ").append(i).append('.');
				String clean = text.toString();
				project.add(new NewStatement("generated/" + i + ".txt", clean.getBytes(UTF_8), Optional.empty(), clean,
						"UTF-8", "valid-utf8"));
			}
		}
		long buildSeconds = (System.nanoTime() - built) / 1_000_000_000;

		SearchView view = assertInstanceOf(SearchView.class, PlatformUI.getWorkbench().getActiveWorkbenchWindow()
				.getActivePage().showView(VerbatimParts.SEARCH_VIEW_ID));
		view.useProject(folder, "big");
		List<String> figures = new ArrayList<>();
		// the first search builds the index; the next ones are what an analyst waits for
		for (String query : List.of("Khojali", "Khojali", "tragedy AND victims", "\"foreign affairs\"", "Khojali")) {
			UiHeartbeat beat = new UiHeartbeat();
			view.typeQuery(query);
			UiWait.until("the hits for " + query, Duration.ofMinutes(15),
					() -> view.lastShownMillis() >= 0 ? Boolean.TRUE : null, view::statusText);
			long gap = beat.stop();
			assertTrue(view.problem().isEmpty(), view.statusText());
			figures.add(query + ": " + view.statusText() + " " + view.lastPhases() + ", on the UI thread " + view.lastApplyMillis() + " ms, longest UI gap " + gap + " ms");
		}
		assertEquals(Math.min(khojaly, 200), view.rows().size(), view.statusText());
		System.out.println("Search view on " + statements + " generated statements (built in " + buildSeconds + " s):");
		figures.forEach(f -> System.out.println("  " + f));
	}
}
