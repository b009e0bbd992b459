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

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.verbatim.core.NewStatement;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.VerbatimParts;
import org.verbatim.ui.internal.StatementEditor;
import org.verbatim.ui.internal.search.SearchRow;
import org.verbatim.ui.internal.search.SearchView;

/**
 * The Search view on a big project, for the measure: builds a project of N generated
 * statements (N from the environment, {@code VERBATIM_SEARCH_VIEW_STATEMENTS=100000}; in
 * {@code /dev/shm} when there is one, deleted afterwards), searches it from the view and prints the
 * time from Enter to rows shown and the longest gap of a 5 ms UI-thread heartbeat, then the time to
 * open a hit in the Statement editor. Skipped unless
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
		figures.addAll(openHits(view));
		System.out.println("Search view on " + statements + " generated statements (built in " + buildSeconds + " s):");
		figures.forEach(f -> System.out.println("  " + f));
	}

	/**
	 * Opens three of the shown hits as an analyst does (double-click), each time measuring from the
	 * double-click to the Statement editor showing the statement with the match selected, and the
	 * longest gap of the UI-thread heartbeat meanwhile.
	 */
	private static List<String> openHits(SearchView view) throws InterruptedException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Table table = view.resultsViewer().getTable();
		List<String> figures = new ArrayList<>();
		for (int index : new int[] { 0, 57, 123 }) {
			SearchRow row = view.rows().get(index);
			page.closeAllEditors(false);
			UiHeartbeat beat = new UiHeartbeat();
			UiThreadSampler sampler = new UiThreadSampler();
			long start = System.nanoTime();
			view.resultsViewer().setSelection(new StructuredSelection(row), true);
			// the double-click's first click selects the row (the views following the selection hear of it)
			// in turns of the event loop before the second click opens it
			Display display = Display.getCurrent();
			for (int turn = 0; turn < 1_000 && display.readAndDispatch(); turn++) {
				// until the turns the selection started are done
			}
			Event open = new Event();
			open.item = table.getItem(index);
			table.notifyListeners(SWT.DefaultSelection, open);
			StatementEditor editor = UiWait.until("hit " + index + " to open with its match selected", Duration.ofMinutes(1), () -> {
				IEditorPart active = page.getActiveEditor();
				return active instanceof StatementEditor e && e.statement().isPresent() && !e.selectedText().isEmpty() ? e : null;
			}, () -> String.valueOf(page.getActiveEditor()));
			long millis = (System.nanoTime() - start) / 1_000_000;
			// the heartbeat runs on until the editor has shown everything, not the text only
			UiWait.until("hit " + index + " to be shown in full", Duration.ofMinutes(1),
					() -> editor.settled() ? Boolean.TRUE : null, () -> "still filling");
			long settledMillis = (System.nanoTime() - start) / 1_000_000;
			long gap = beat.stop();
			List<String> busy = sampler.stop(4);
			assertEquals(row.hit().id(), editor.statement().orElseThrow().id());
			figures.add("open hit " + index + " (" + row.hit().id() + "): " + millis + " ms from double-click to the text with the match selected, " + settledMillis + " ms to everything shown, longest UI gap " + gap + " ms ending at " + beat.longestEndedAt() + " ms"
					+ UiHeartbeat.loadAverage() + "; the UI thread seen busy most often:\n      " + String.join("\n      ", busy));
		}
		page.closeAllEditors(false);
		return figures;
	}
}
