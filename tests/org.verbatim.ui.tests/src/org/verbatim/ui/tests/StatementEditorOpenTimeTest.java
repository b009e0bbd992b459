package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verbatim.ui.internal.StatementEditor;
import org.verbatim.ui.internal.StatementEditorWarmUp;

/**
 * The measure for the Statement editor on the sample project: opens each of its five
 * statements as a double-click does, and prints the time from the double-click to the text shown
 * and to everything shown (header, removals, original: {@link StatementEditor#settled()}), and the
 * longest gap of a 5 ms UI-thread heartbeat meanwhile, then the same for showing the Original page;
 * and where a sampler saw the UI thread busy while each opened. It first waits for the workbench's
 * warm-up of the editor ({@link StatementEditorWarmUp}) to finish, so it measures what an analyst
 * gets a moment after start-up (the first open in a fresh workbench without it pays for loading
 * the editor's classes).
 */
class StatementEditorOpenTimeTest {

	@RegisterExtension
	final SampleProjectInExplorer sample = SampleProjectInExplorer.perTest();

	@Test
	void openingEachSampleStatementIsTimedWithTheUiHeartbeat() throws InterruptedException {
		sample.awaitProject();
		StatementEditorWarmUp.ofWorkbench().ifPresent(warmUp -> UiWait.until("the editor's warm-up to finish",
				SampleProjectInExplorer.TIMEOUT, () -> warmUp.finished() ? Boolean.TRUE : null,
				() -> warmUp.pieces().toString()));
		List<String> figures = new ArrayList<>();
		List<String> busy = new ArrayList<>();
		for (int index = 0; index < 5; index++) {
			sample.page.closeAllEditors(false);
			UiHeartbeat beat = new UiHeartbeat();
			UiThreadSampler sampler = new UiThreadSampler();
			long start = System.nanoTime();
			StatementEditor editor = sample.open(index);
			long millis = (System.nanoTime() - start) / 1_000_000;
			// the heartbeat runs on until the header and every page are filled, not the text only
			UiWait.until("statement " + (index + 1) + " to be shown in full", SampleProjectInExplorer.TIMEOUT,
					() -> editor.settled() ? Boolean.TRUE : null, () -> "still filling");
			long settledMillis = (System.nanoTime() - start) / 1_000_000;
			long gap = beat.stop();
			busy.add(index + 1 + ": " + String.join("\n     ", sampler.stop(8)));
			assertFalse(editor.shownText().isBlank(), "statement " + (index + 1) + " shows its text");

			UiHeartbeat originalBeat = new UiHeartbeat();
			long shown = System.nanoTime();
			editor.showPage("Original");
			UiWait.until("the Original page of statement " + (index + 1) + " to show the original",
					SampleProjectInExplorer.TIMEOUT,
					() -> editor.originalSourceWidget().getCharCount() > 0 ? Boolean.TRUE : null,
					editor::originalSummary);
			long originalMillis = (System.nanoTime() - shown) / 1_000_000;
			long originalGap = originalBeat.stop();
			figures.add(editor.statement().orElseThrow().id() + ": open " + millis + " ms (text), " + settledMillis + " ms (everything), longest UI gap " + gap
					+ " ms ending at " + beat.longestEndedAt() + " ms; Original page " + originalMillis + " ms, longest UI gap " + originalGap + " ms"
					+ UiHeartbeat.loadAverage());
		}
		System.out.println("Opening the sample project's statements in the Statement editor ("
				+ StatementEditorWarmUp.ofWorkbench().map(w -> "after the warm-up " + w.pieces()).orElse("no warm-up")
				+ "):");
		figures.forEach(f -> System.out.println("  " + f));
		System.out.println("Where the UI thread was seen busy while each opened (most often first):");
		busy.forEach(b -> System.out.println("  " + b));
	}
}
