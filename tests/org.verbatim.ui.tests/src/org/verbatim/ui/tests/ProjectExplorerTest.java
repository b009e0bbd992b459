package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbatim.core.Sha256;
import org.verbatim.ui.VerbatimParts;
import org.verbatim.ui.internal.ProjectExplorerView;
import org.verbatim.ui.internal.StatementEditor;

/**
 * Runs the real Verbatim workbench (application {@code org.verbatim.app.workbench}) with a fresh
 * workspace: on first start it creates the sample project from the statements shipped in
 * {@code org.verbatim.app/samples}, and the Project Explorer must show them and open them.
 */
class ProjectExplorerTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String SAMPLE_PROJECT = "Sample project";

	private IWorkbenchPage page;
	private ProjectExplorerView explorer;

	@BeforeEach
	void findExplorer() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		// the Research perspective has the explorer; it is not opened by the test
		explorer = assertInstanceOf(ProjectExplorerView.class, page.findView(VerbatimParts.PROJECT_EXPLORER_VIEW_ID),
				"the Research perspective shows the Project Explorer");
	}

	@Test
	void explorerShowsTheFiveSampleStatementsOfTheSampleProject() {
		TreeItem project = awaitSampleProject();

		List<String> labels = Arrays.stream(project.getItems()).map(TreeItem::getText).toList();
		// titles as the importer reads them; S3 has no headline it trusts, so its file name stands in
		assertEquals(List.of(
				"S1  On the occasion of the 29th anniversary of the Black January in Azerbaijan ISESCO Director"
						+ " General joins the leadership and the people of Azerbaijan to pay tribute to the martyrs of"
						+ " the brutal Soviet invasion",
				"S2  At the 27th Anniversary of Khojaly massacre in Azerbaijan ISESCO Director General calls upon the"
						+ " international community to force Armenia to withdraw from the occupied Azerbaijani province",
				"S3  002_c12bd01232c6c3f2.txt",
				"S4  Anniversary of Khojaly massacre commemoration",
				"S5  Azerbaijan Embassy Islamabad and Institute of Policy Studies Commemorate Martyrs of 20 January"),
				labels);
	}

	@Test
	void openingAStatementLikeADoubleClickShowsItsTextAndTheHashOfItsOriginal() throws IOException {
		TreeItem project = awaitSampleProject();
		TreeItem first = project.getItem(0);
		TreeViewer viewer = explorer.getViewer();
		viewer.setSelection(new StructuredSelection(first.getData()), true);

		// what GTK sends on a double-click or Enter: the viewer's open listeners take it from here
		Event open = new Event();
		open.item = first;
		viewer.getTree().notifyListeners(SWT.DefaultSelection, open);

		StatementEditor editor = UiWait.until("S1 to be read into the Statement editor", TIMEOUT, () -> {
			IEditorPart active = page.getActiveEditor();
			return active instanceof StatementEditor e && e.statement().isPresent() ? e : null;
		}, () -> String.valueOf(page.getActiveEditor()));

		assertEquals(VerbatimParts.STATEMENT_EDITOR_ID, editor.getSite().getId());
		assertTrue(editor.shownText().contains("Black January"), editor.shownText());
		Map<String, String> metadata = editor.shownMetadata();
		assertEquals("S1", metadata.get("ID"));
		assertEquals(Sha256.hex(sampleBytes("samples/000_27967090eb5e547d.txt")), metadata.get("Original SHA-256"));
		assertEquals(String.format(Locale.ROOT, "%,d bytes", sampleBytes("samples/000_27967090eb5e547d.txt").length),
				metadata.get("Original size"));
		assertTrue(editor.getPartName().startsWith("S1  "), editor.getPartName());
	}

	/** Waits until the explorer shows the sample project with its statements, and returns its item. */
	private TreeItem awaitSampleProject() {
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

	private static byte[] sampleBytes(String entry) throws IOException {
		URL url = Platform.getBundle("org.verbatim.app").getEntry(entry);
		assertNotNull(url, entry + " is in org.verbatim.app");
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}
}
