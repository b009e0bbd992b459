package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.verbatim.ui.internal.StatementEditorWarmUp;

/**
 * The Statement editor's warm-up: the workbench starts it after start-up and it finishes; it makes
 * the editor's widgets in a shell that is never shown and leaves no shell behind; and
 * {@code -Dverbatim.editorWarmUp=false} turns it off.
 */
class StatementEditorWarmUpTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Test
	void theWorkbenchWarmsUpTheEditorAfterStartUpAndTheWarmUpFinishes() {
		StatementEditorWarmUp warmUp = StatementEditorWarmUp.ofWorkbench()
				.orElseThrow(() -> new AssertionError("the workbench started no warm-up of the Statement editor"));
		UiWait.until("the workbench's warm-up to finish", TIMEOUT, () -> warmUp.finished() ? Boolean.TRUE : null,
				() -> warmUp.pieces().toString());
		assertEquals(List.of("classes and bundles (background)", "registry", "title", "text page", "original page",
				"removals page", "read group", "original group", "layout", "dispose"),
				warmUp.pieces().stream().map(piece -> piece.substring(0, piece.indexOf(':'))).toList(),
				warmUp.pieces().toString());
		System.out.println("The workbench's warm-up of the Statement editor: " + warmUp.pieces()
				+ ", longest UI-thread piece " + warmUp.longestUiPieceMillis() + " ms" + UiHeartbeat.loadAverage());
	}

	@Test
	void aWarmUpMakesTheEditorsWidgetsInAHiddenShellAndLeavesNoShellBehind() {
		Display display = Display.getCurrent();
		Set<Shell> before = shells(display);
		StatementEditorWarmUp warmUp = new StatementEditorWarmUp(display);
		warmUp.start();
		boolean[] hiddenShellSeen = { false };
		UiWait.until("a warm-up to finish", TIMEOUT, () -> {
			for (Shell shell : display.getShells()) {
				if (!before.contains(shell) && !shell.isDisposed()) {
					hiddenShellSeen[0] = true;
					assertFalse(shell.isVisible(), "the warm-up's shell is never shown");
					assertTrue(shell.getChildren().length > 0, "the warm-up makes widgets in its shell");
				}
			}
			return warmUp.finished() ? Boolean.TRUE : null;
		}, () -> warmUp.pieces().toString());
		assertTrue(hiddenShellSeen[0], "the warm-up made its widgets in a shell of its own: " + warmUp.pieces());
		assertEquals(before, shells(display), "the warm-up leaves no shell behind");
		assertEquals(10, warmUp.pieces().size(), warmUp.pieces().toString());
	}

	@Test
	void theWarmUpIsOffWhenThePropertySaysSo() {
		String was = System.getProperty(StatementEditorWarmUp.PROPERTY);
		try {
			System.setProperty(StatementEditorWarmUp.PROPERTY, "false");
			assertFalse(StatementEditorWarmUp.on());
			assertTrue(StatementEditorWarmUp.startUnlessOff(Display.getCurrent()).isEmpty(),
					"-Dverbatim.editorWarmUp=false starts no warm-up");
			System.setProperty(StatementEditorWarmUp.PROPERTY, "true");
			assertTrue(StatementEditorWarmUp.on());
		} finally {
			if (was == null) {
				System.clearProperty(StatementEditorWarmUp.PROPERTY);
			} else {
				System.setProperty(StatementEditorWarmUp.PROPERTY, was);
			}
		}
	}

	private static Set<Shell> shells(Display display) {
		return Arrays.stream(display.getShells()).filter(shell -> !shell.isDisposed()).collect(Collectors.toSet());
	}
}
