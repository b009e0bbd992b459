package org.verbatim.ui.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.ProjectList;
import org.verbatim.ui.internal.ProjectNode;
import org.verbatim.ui.internal.StatementNode;
import org.verbatim.ui.internal.timeline.TimelineGroup;
import org.verbatim.ui.internal.timeline.TimelineRows;
import org.verbatim.ui.internal.timeline.TimelineView;
import org.verbatim.ui.internal.wizards.ImportDropAdapter;
import org.verbatim.ui.internal.wizards.ImportJob;
import org.verbatim.ui.internal.wizards.ImportSummaryDialog;

/**
 * The Properties view showing a statement selected in the explorer (through the adapter factory
 * of plugin.xml), and files dropped on a project imported by the Import wizard's job. The drop is
 * driven through the explorer's drop adapter with the data a {@code FileTransfer} or a
 * {@code text/uri-list} drop carries: a real drag and drop cannot be made under Xvfb.
 */
class PropertiesAndDropTest {

	private SampleProjectInExplorer sample;

	@BeforeEach
	void findExplorer() {
		sample = SampleProjectInExplorer.ofActivePage();
	}

	@Test
	void propertiesShowTheSelectedStatementsPublisherAndSpeakers() throws Exception {
		TreeItem project = sample.awaitProject();
		StatementNode s2 = (StatementNode) project.getItem(1).getData();
		GoldStatements gold = GoldStatements.read().get(1);
		assertTrue(s2.statement().source().endsWith(gold.file()), s2.statement().source());

		PropertySheet properties = assertInstanceOf(PropertySheet.class,
				sample.page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE));
		sample.page.activate(sample.explorer);
		sample.explorer.getViewer().setSelection(new StructuredSelection(s2), true);

		Map<String, String> shown = UiWait.until("the Properties view to show S2", SampleProjectInExplorer.TIMEOUT, () -> {
			Map<String, String> rows = rows(properties);
			return "S2".equals(rows.get("ID")) ? rows : null;
		}, () -> rows(properties).toString());
		assertEquals(gold.publisher().orElseThrow(), shown.get("Publisher"));
		assertEquals(gold.issued().orElseThrow(), shown.get("Issued"));
		assertEquals(s2.statement().original().sha256(), shown.get("Original SHA-256"));
		assertTrue(shown.get("Speakers").startsWith("Abdulaziz Othman Altwaijri \u2014 Director General"),
				shown.get("Speakers"));
		assertEquals(String.join("; ", gold.events()), shown.get("Events"));
		// read-only: the source says nothing can be set
		IPropertySource source = Adapters.adapt(s2, IPropertySource.class);
		assertTrue(Arrays.stream(source.getPropertyDescriptors()).allMatch(d -> d.createPropertyEditor(null) == null));

		if (Screenshots.enabled()) {
			Shell shell = sample.page.getWorkbenchWindow().getShell();
			Rectangle bounds = shell.getBounds();
			shell.setBounds(0, 0, 1280, 960);
			Screenshots.take(shell, "workbench-properties");
			shell.setBounds(bounds);
		}
	}

	@Test
	void filesAndLinksDroppedOnAProjectAreImported(@TempDir Path temp) throws Exception {
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		Path directory = temp.resolve("dropped").toAbsolutePath().normalize();
		store.create(directory).close();
		new ProjectList().add(directory);
		Path undated = temp.resolve("undated-note.txt");
		Files.writeString(undated, "Note on the commemoration\n\nThe committee met to remember the victims of the"
				+ " tragedy and to discuss the memorial that is to be built in the capital. Members spoke of the"
				+ " families who still wait for news of their relatives and asked for the archives to be opened.\n",
				UTF_8);

		// a file manager's drop: FileTransfer hands the paths
		ProjectNode target = awaitProject(directory, 0);
		assertTrue(sample.explorer.dropAdapter().drop(target,
				new String[] { GoldStatements.seeds().resolve("000_27967090eb5e547d.txt").toString() }));
		assertEquals("1 imported, 0 duplicates, 0 skipped, 0 failed into " + directory + ".", awaitSummary());
		// a text/uri-list drop (a comment line, a file: URI) on a statement of the project
		StatementNode first = awaitProject(directory, 1).statements().get(0);
		assertTrue(sample.explorer.dropAdapter().drop(first, "# dropped from a file manager\r\n" + undated.toUri() + "\r\n"));
		assertEquals("1 imported, 0 duplicates, 0 skipped, 0 failed into " + directory + ".", awaitSummary());
		awaitProject(directory, 2);
		try (Project project = store.open(directory)) {
			assertEquals(2, project.statementCount());
		}

		// the Timeline of that project: the seed under its year, the note apart
		TimelineView timeline = (TimelineView) sample.page.showView(TimelineView.ID);
		timeline.setMode(TimelineRows.Mode.BY_DATE);
		timeline.showProject(directory);
		List<String> rows = UiWait.until("the Timeline to read the dropped project", SampleProjectInExplorer.TIMEOUT,
				() -> timeline.isLoaded() ? Arrays.stream(timeline.getViewer().getTree().getItems())
						.map(item -> item.getText(0)).toList() : null,
				() -> String.valueOf(timeline.isLoaded()));
		assertEquals(List.of("2019 (1)", TimelineRows.UNDATED + " (1)"), rows);
		TimelineGroup apart = (TimelineGroup) timeline.getViewer().getTree().getItem(1).getData();
		assertEquals("S2", ((StatementNode) apart.children().get(0)).statement().id().toString());
	}

	@Test
	void droppedTextYieldsLinksFileUrisAndExistingPathsOnly(@TempDir Path temp) throws Exception {
		Path file = Files.writeString(temp.resolve("a statement.txt"), "text", UTF_8);
		// a browser's URL drop: the address, then the page's title
		assertEquals(List.of("https://mfa.gov.az/en/news/1"),
				ImportDropAdapter.sources("https://mfa.gov.az/en/news/1\nPress release of the Ministry"));
		// text/uri-list: CRLF lines, a comment, a file: URI (with an escaped space)
		assertEquals(List.of(file.toString(), "http://example.org/x"),
				ImportDropAdapter.sources("# from a file manager\r\n" + file.toUri() + "\r\nhttp://example.org/x\r\n"));
		// FileTransfer's paths as given; prose and relative or missing paths give nothing to import
		assertEquals(List.of(file.toString()), ImportDropAdapter.sources(new String[] { file.toString(), " " }));
		assertEquals(List.of(), ImportDropAdapter.sources("Khojaly, 26 February 1992\nrelative/path.txt\n"
				+ temp.resolve("missing.txt")));
	}

	private ProjectNode awaitProject(Path directory, int statements) {
		Tree tree = sample.explorer.getViewer().getTree();
		return UiWait.until("the explorer to show the dropped project with " + statements + " statements",
				SampleProjectInExplorer.TIMEOUT,
				() -> Arrays.stream(tree.getItems()).map(TreeItem::getData).filter(ProjectNode.class::isInstance)
						.map(ProjectNode.class::cast)
						.filter(p -> p.directory().equals(directory) && p.statements().size() == statements).findFirst()
						.orElse(null),
				() -> Arrays.stream(tree.getItems()).map(TreeItem::getText).toList().toString());
	}

	/** Waits for the import's summary, returns its headline and closes it. */
	private static String awaitSummary() {
		ImportSummaryDialog summary = UiWait.until("the import to finish and its summary to show",
				SampleProjectInExplorer.TIMEOUT, () -> {
					if (Job.getJobManager().find(ImportJob.FAMILY).length > 0) {
						return null;
					}
					for (Shell shell : Display.getCurrent().getShells()) {
						if (!shell.isDisposed() && shell.getData() instanceof ImportSummaryDialog dialog) {
							return dialog;
						}
					}
					return null;
				}, () -> Job.getJobManager().find(ImportJob.FAMILY).length + " import jobs running");
		String headline = summary.headline();
		summary.close();
		return headline;
	}

	/** The Properties view's rows: name to value. */
	private static Map<String, String> rows(PropertySheet properties) {
		Map<String, String> rows = new LinkedHashMap<>();
		if (properties.getCurrentPage() != null && properties.getCurrentPage().getControl() instanceof Tree tree) {
			for (TreeItem item : tree.getItems()) {
				rows.put(item.getText(0), item.getText(1));
			}
		}
		return rows;
	}
}
