package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.verbatim.core.OffsetMap;
import org.verbatim.ui.VerbatimParts;
import org.verbatim.ui.internal.ProjectExplorerView;
import org.verbatim.ui.internal.StatementEditor;

/**
 * The sample project as the real workbench's Project Explorer shows it on the first start of a
 * workspace, and its statements opened the way a double-click opens them.
 */
final class SampleProjectInExplorer {

	static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String SAMPLE_PROJECT = "Sample project";

	final IWorkbenchPage page;
	final ProjectExplorerView explorer;

	private SampleProjectInExplorer(IWorkbenchPage page, ProjectExplorerView explorer) {
		this.page = page;
		this.explorer = explorer;
	}

	/** The active page's explorer, with every editor closed. */
	static SampleProjectInExplorer ofActivePage() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		// the Research perspective has the explorer; it is not opened by the test
		ProjectExplorerView explorer = assertInstanceOf(ProjectExplorerView.class,
				page.findView(VerbatimParts.PROJECT_EXPLORER_VIEW_ID), "the Research perspective shows the Project Explorer");
		return new SampleProjectInExplorer(page, explorer);
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
		TreeViewer viewer = explorer.getViewer();
		viewer.setSelection(new StructuredSelection(item.getData()), true);

		// what GTK sends on a double-click or Enter: the viewer's open listeners take it from here
		Event open = new Event();
		open.item = item;
		viewer.getTree().notifyListeners(SWT.DefaultSelection, open);

		return awaitActiveEditor("statement " + (index + 1));
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
