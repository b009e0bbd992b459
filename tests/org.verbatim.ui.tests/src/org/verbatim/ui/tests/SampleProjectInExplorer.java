package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.StatementImporter;
import org.verbatim.ui.VerbatimParts;
import org.verbatim.ui.internal.ProjectExplorerView;
import org.verbatim.ui.internal.StatementEditor;
import org.verbatim.ui.internal.StatementEditorInput;

/**
 * The sample project as the real workbench's Project Explorer shows it on the first start of a
 * workspace, its statements opened the way a double-click opens them, and projects of a test's own
 * made, imported into and opened in the Statement editor. As a JUnit extension
 * ({@code @RegisterExtension final SampleProjectInExplorer sample = SampleProjectInExplorer.perTest();})
 * it finds the active page and its explorer before each test, with every editor closed, and closes
 * the editors the test opened after it.
 */
final class SampleProjectInExplorer implements BeforeEachCallback, AfterEachCallback {

	static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String SAMPLE_PROJECT = "Sample project";

	IWorkbenchPage page;
	ProjectExplorerView explorer;

	private SampleProjectInExplorer() {
	}

	/** The fixture of one test: set up by JUnit before it (see the class comment). */
	static SampleProjectInExplorer perTest() {
		return new SampleProjectInExplorer();
	}

	/** The active page's explorer, with every editor closed (for tests that close nothing afterwards). */
	static SampleProjectInExplorer ofActivePage() {
		SampleProjectInExplorer sample = new SampleProjectInExplorer();
		sample.find();
		return sample;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		find();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		page.closeAllEditors(false);
	}

	private void find() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		// the Research perspective has the explorer; it is not opened by the test
		explorer = assertInstanceOf(ProjectExplorerView.class, page.findView(VerbatimParts.PROJECT_EXPLORER_VIEW_ID),
				"the Research perspective shows the Project Explorer");
	}

	/**
	 * Makes a project in {@code directory}, imports {@code file} into it as the importer does for
	 * the command line, and opens the statement in the Statement editor, waiting until it is read.
	 */
	StatementEditor importAndOpen(Path directory, Path file) throws StoreException, PartInitException {
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		StatementImporter importer = PlatformUI.getWorkbench().getService(StatementImporter.class);
		assertNotNull(store, "the ProjectStore service is registered");
		assertNotNull(importer, "the StatementImporter service is registered");
		StatementId id;
		try (Project project = store.create(directory)) {
			importer.importPaths(project, List.of(file), ImportOptions.defaults(), ImportListener.NONE);
			List<StatementId> ids = project.statementIds();
			assertEquals(1, ids.size(), file + " was imported as one statement");
			id = ids.get(0);
		}
		return open(directory, id);
	}

	/** Opens statement {@code id} of the project in {@code directory} and waits until the editor has read it. */
	StatementEditor open(Path directory, StatementId id) throws PartInitException {
		page.openEditor(new StatementEditorInput(directory, id), StatementEditor.ID);
		return awaitActiveEditor(id + " of " + directory);
	}

	/** Waits until the explorer shows the sample project with its statements, and returns its item. */
	TreeItem awaitProject() {
		Tree tree = explorer.getViewer().getTree();
		return UiWait.until("the Project Explorer to show the sample project with 5 statements", TIMEOUT, () -> {
			for (TreeItem item : tree.getItems()) {
				if (item.getText().equals(SAMPLE_PROJECT) && item.getExpanded() && item.getItemCount() == 5
						&& Arrays.stream(item.getItems()).noneMatch(child -> child.getText().isEmpty())) {
					return item;
				}
			}
			return null;
		}, () -> describe(tree));
	}

	/** Waits until the explorer shows the sample project, however its statements are grouped, and returns its item. */
	TreeItem awaitProjectItem() {
		Tree tree = explorer.getViewer().getTree();
		return UiWait.until("the Project Explorer to show the sample project", TIMEOUT,
				() -> Arrays.stream(tree.getItems()).filter(item -> item.getText().equals(SAMPLE_PROJECT)).findFirst()
						.orElse(null),
				() -> describe(tree));
	}

	/**
	 * Opens the statement at {@code index} as a double-click would, and waits until the Statement
	 * editor has read it.
	 */
	StatementEditor open(int index) {
		TreeItem item = awaitProject().getItem(index);
		explorer.getViewer().setSelection(new StructuredSelection(item.getData()), true);
		// a double-click's first click selects the row, and the views following the selection hear of it,
		// in turns of the event loop before the second click opens it
		Display display = Display.getCurrent();
		for (int turn = 0; turn < 1_000 && display.readAndDispatch(); turn++) {
			// until the turns the selection started are done
		}
		// the explorer may have shown the project anew meanwhile: the row as it is now, selected
		item = awaitProject().getItem(index);
		if (!explorer.getViewer().getStructuredSelection().toList().equals(List.of(item.getData()))) {
			explorer.getViewer().setSelection(new StructuredSelection(item.getData()), true);
		}
		doubleClick(item);
		return awaitActiveEditor("statement " + (index + 1));
	}

	/** What GTK sends on a double-click or Enter on {@code item}: the viewer's open listeners take it from here. */
	void doubleClick(TreeItem item) {
		Event open = new Event();
		open.item = item;
		explorer.getViewer().getTree().notifyListeners(SWT.DefaultSelection, open);
	}

	/** Waits until the active editor is a Statement editor that has read its statement. */
	StatementEditor awaitActiveEditor(String what) {
		return UiWait.until(what + " to be read into the Statement editor", TIMEOUT, () -> {
			IEditorPart active = page.getActiveEditor();
			return active instanceof StatementEditor e && e.statement().isPresent() ? e : null;
		}, () -> String.valueOf(page.getActiveEditor()));
	}

	private static String describe(Tree tree) {
		StringBuilder shown = new StringBuilder("[");
		for (TreeItem item : tree.getItems()) {
			shown.append(item.getText()).append(" (").append(item.getItemCount()).append(" children: ");
			for (TreeItem child : item.getItems()) {
				shown.append('\'').append(child.getText()).append("' ");
			}
			shown.append(") ");
		}
		return shown.append(']').toString();
	}

	/**
	 * Selects {@code [start, end)} of the editor's text as a drag does: the widget's selection, then
	 * its selection event, which the editor's selection provider follows.
	 */
	static OffsetMap.Span select(StatementEditor editor, int start, int end) {
		StyledText text = editor.textWidget();
		text.setSelection(start, end);
		text.notifyListeners(SWT.Selection, new Event());
		return new OffsetMap.Span(start, end);
	}

	/** Selects the first occurrence of {@code phrase} in the editor's text; see {@link #select}. */
	static OffsetMap.Span selectPhrase(StatementEditor editor, String phrase) {
		int start = editor.shownText().indexOf(phrase);
		assertTrue(start >= 0, editor.shownText());
		return select(editor, start, start + phrase.length());
	}
}
