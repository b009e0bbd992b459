package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verbatim.core.Excerpt;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.internal.StatementEditor;
import org.verbatim.ui.internal.StatementEditorInput;
import org.verbatim.ui.internal.excerpts.MakeExcerptHandler;
import org.verbatim.ui.internal.history.ProjectHistory;
import org.verbatim.ui.internal.history.TagOperation;

/**
 * Edit &gt; Undo and Redo of the analyst's changes in the real workbench: an excerpt made with a tag
 * is taken back (store, highlight) by the Undo command and made again by Redo; an operation whose
 * change is no longer the project's newest refuses to be undone, naming the change in the way.
 */
class UndoRedoTest {

	private static final String PHRASE = "the Soviet troops";
	private static final String TAG = "undo-check";
	private static final String UNDO = "org.eclipse.ui.edit.undo";
	private static final String REDO = "org.eclipse.ui.edit.redo";

	@RegisterExtension
	final SampleProjectInExplorer sample = SampleProjectInExplorer.perTest();

	@Test
	void undoTakesAnExcerptAndItsTagBackAndRedoMakesThemAgain() throws Exception {
		StatementEditor editor = sample.open(0);
		Path project = assertInstanceOf(StatementEditorInput.class, editor.getEditorInput()).projectDirectory();
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		IHandlerService handlers = sample.page.getWorkbenchWindow().getService(IHandlerService.class);
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);

		OffsetMap.Span span = SampleProjectInExplorer.selectPhrase(editor, PHRASE);
		handlers.executeCommand(ParameterizedCommand.generateCommand(
				commands.getCommand(MakeExcerptHandler.COMMAND_ID), Map.of(MakeExcerptHandler.TAGS, TAG)), null);

		UiWait.until("the excerpt to be highlighted", SampleProjectInExplorer.TIMEOUT,
				() -> editor.highlightedExcerpts().contains(span) ? span : null,
				() -> editor.highlightedExcerpts().toString());
		// the excerpt and then its tag: one operation, two changes
		Excerpt made = UiWait.until("the excerpt to be in the store with its tag", SampleProjectInExplorer.TIMEOUT,
				() -> quoting(store, project).filter(e -> e.tags().equals(List.of(TAG))).orElse(null),
				() -> quoting(store, project).toString());
		// the operation joins the history when its job ends, which may be after the store has the
		// excerpt: until then the history still offers an earlier test's operation
		IUndoableOperation next = UiWait.until("the history to offer Make Excerpt", SampleProjectInExplorer.TIMEOUT,
				() -> {
					IUndoableOperation offered = ProjectHistory.history().getUndoOperation(ProjectHistory.context());
					return offered != null && offered.getLabel().equals("Make Excerpt") ? offered : null;
				}, () -> String.valueOf(ProjectHistory.history().getUndoOperation(ProjectHistory.context())));
		assertEquals("Make Excerpt", next.getLabel());
		UiWait.until("Undo to be enabled", SampleProjectInExplorer.TIMEOUT,
				() -> commands.getCommand(UNDO).isEnabled() ? UNDO : null, () -> "disabled");

		handlers.executeCommand(UNDO, null);
		UiWait.until("the excerpt to be withdrawn and its highlight gone", SampleProjectInExplorer.TIMEOUT,
				() -> quoting(store, project).isEmpty() && !editor.highlightedExcerpts().contains(span) ? span : null,
				() -> quoting(store, project) + " " + editor.highlightedExcerpts());
		try (Project opened = store.open(project)) {
			// withdrawn, not deleted, and the log has the undoing of both the tag and the excerpt
			assertTrue(opened.excerpt(made.id()).isPresent());
			assertEquals(2, opened.analystChanges().stream()
					.filter(change -> change.target().equals(made.id().toString()) && change.undoneBy().isPresent())
					.count());
		}

		UiWait.until("Redo to be enabled", SampleProjectInExplorer.TIMEOUT,
				() -> commands.getCommand(REDO).isEnabled() ? REDO : null, () -> "disabled");
		handlers.executeCommand(REDO, null);
		Excerpt again = UiWait.until("the excerpt to be made again with its tag", SampleProjectInExplorer.TIMEOUT,
				() -> quoting(store, project).filter(e -> e.tags().equals(List.of(TAG))).orElse(null),
				() -> quoting(store, project).toString());
		assertEquals(span, again.clean());
		UiWait.until("the highlight to come back", SampleProjectInExplorer.TIMEOUT,
				() -> editor.highlightedExcerpts().contains(span) ? span : null,
				() -> editor.highlightedExcerpts().toString());

		// leave the sample project as it was for the other tests
		UiWait.until("Undo to be enabled again", SampleProjectInExplorer.TIMEOUT,
				() -> commands.getCommand(UNDO).isEnabled() ? UNDO : null, () -> "disabled");
		handlers.executeCommand(UNDO, null);
		UiWait.until("the excerpt to be withdrawn again", SampleProjectInExplorer.TIMEOUT,
				() -> quoting(store, project).isEmpty() ? span : null, () -> quoting(store, project).toString());
	}

	@Test
	void aChangeThatIsNoLongerTheNewestIsNotUndoneInItsPlace() throws Exception {
		StatementEditor editor = sample.open(1);
		Path project = assertInstanceOf(StatementEditorInput.class, editor.getEditorInput()).projectDirectory();
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		StatementId statement = editor.statement().orElseThrow().id();
		TagOperation tagging = new TagOperation(store, project, List.of(statement.toString()), "first", true);
		assertTrue(tagging.execute(null, null).isOK());
		try (Project opened = store.open(project)) {
			// a change made meanwhile elsewhere (another window, the command line)
			opened.tag(statement.toString(), "second");
		}
		ExecutionException refused = assertThrows(ExecutionException.class, () -> tagging.undo(null, null));
		assertTrue(refused.getMessage().startsWith("\"Tag " + statement + "\" cannot be undone: a later change (tag "
				+ statement), refused.getMessage());
		try (Project opened = store.open(project)) {
			assertEquals(List.of("first", "second"), opened.tags(statement.toString()));
			opened.undoLast();
		}
		assertTrue(tagging.undo(null, null).isOK());
		try (Project opened = store.open(project)) {
			assertEquals(List.of(), opened.tags(statement.toString()));
		}
		assertNotNull(refused.getMessage());
	}

	private static Optional<Excerpt> quoting(ProjectStore store, Path project) {
		try (Project opened = store.open(project)) {
			return opened.excerpts().stream().filter(e -> e.quote().equals(PHRASE)).findFirst();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}
}
