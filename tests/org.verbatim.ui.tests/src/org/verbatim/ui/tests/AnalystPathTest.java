package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Excerpt;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.VerbatimParts;
import org.verbatim.ui.internal.ProjectNode;
import org.verbatim.ui.internal.StatementEditor;
import org.verbatim.ui.internal.excerpts.ExcerptRow;
import org.verbatim.ui.internal.excerpts.ExcerptsView;
import org.verbatim.ui.internal.excerpts.MakeExcerptHandler;
import org.verbatim.ui.internal.provenance.ProvenanceView;
import org.verbatim.ui.internal.search.SearchRow;
import org.verbatim.ui.internal.search.SearchView;
import org.verbatim.ui.internal.wizards.ImportJob;
import org.verbatim.ui.internal.wizards.ImportSourcesPage;
import org.verbatim.ui.internal.wizards.ImportStatementsWizard;
import org.verbatim.ui.internal.wizards.ImportSummaryDialog;
import org.verbatim.ui.internal.wizards.NewProjectPage;
import org.verbatim.ui.internal.wizards.NewProjectWizard;
import org.verbatim.ui.internal.wizards.ReportExcerptsPage;
import org.verbatim.ui.internal.wizards.ReportExportJob;
import org.verbatim.ui.internal.wizards.ReportFormatPage;
import org.verbatim.ui.internal.wizards.ReportPreviewPage;
import org.verbatim.ui.internal.wizards.ReportWizard;

/**
 * The analyst's whole path in the real workbench, through the wizards as an analyst drives them: a
 * new project, the sample statements imported into it, {@code Khojali} searched, a hit opened, an
 * excerpt made from a selection and tagged, its provenance shown, and a report of it written that
 * quotes it.
 */
class AnalystPathTest {

	private static final String FINISH = "&Finish";
	private static final String NEXT = "&Next >";
	private static final String NOTE = "a Khojaly quote for the report";
	private static final String TAG = "khojaly";
	private static final String REPORT_TAG = "for-report";

	private IWorkbench workbench;
	private IWorkbenchPage page;

	@BeforeEach
	void activePage() {
		workbench = PlatformUI.getWorkbench();
		page = workbench.getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
	}

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
	}

	@Test
	void newProjectImportSearchExcerptTagProvenanceAndReport(@TempDir Path temp) throws Exception {
		Path projectFolder = newProject(temp);
		importSamples(projectFolder);

		// search Khojali in the new project and open the first hit
		ProjectNode project = awaitProjectInExplorer(projectFolder, 5);
		explorer().getViewer().setSelection(new StructuredSelection(project), true);
		SearchView search = assertInstanceOf(SearchView.class, page.showView(VerbatimParts.SEARCH_VIEW_ID));
		UiWait.until("the Search view to follow the explorer to the new project", WizardDriver.TIMEOUT,
				() -> search.project().filter(projectFolder::equals).orElse(null), () -> String.valueOf(search.project()));
		search.typeQuery("Khojali");
		List<SearchRow> rows = UiWait.until("the hits for Khojali", WizardDriver.TIMEOUT,
				() -> search.lastShownMillis() >= 0 && search.problem().isEmpty() && !search.rows().isEmpty() ? search.rows()
						: null,
				search::statusText);
		assertEquals(3, rows.size(), "the three Khojaly statements of the samples: " + search.statusText());
		Table table = search.resultsViewer().getTable();
		search.resultsViewer().setSelection(new StructuredSelection(rows.get(0)), true);
		Event open = new Event();
		open.item = table.getItem(0);
		table.notifyListeners(SWT.DefaultSelection, open);
		StatementEditor editor = UiWait.until("the hit to open in the Statement editor", WizardDriver.TIMEOUT,
				() -> page.getActiveEditor() instanceof StatementEditor e && e.statement().isPresent()
						&& !e.selectedText().isEmpty() ? e : null,
				() -> String.valueOf(page.getActiveEditor()));
		assertTrue(editor.selectedText().matches("(?i)khojal[iy]"), editor.selectedText());

		// select a phrase from the match on, as a drag does, and make an excerpt of it with a tag
		String text = editor.shownText();
		int start = text.indexOf(editor.selectedText(), Math.max(0, text.toLowerCase(java.util.Locale.ROOT).indexOf("khojal")));
		String quote = phraseFrom(text, start);
		SampleProjectInExplorer.select(editor, start, start + quote.length());
		assertEquals(quote, editor.selectedText());
		ICommandService commands = workbench.getService(ICommandService.class);
		IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
		handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(MakeExcerptHandler.COMMAND_ID),
				Map.of(MakeExcerptHandler.NOTE, NOTE, MakeExcerptHandler.TAGS, TAG)), null);
		// the command's job stores the excerpt, then its tags
		Excerpt excerpt = UiWait.until("the excerpt to be stored with its tag", WizardDriver.TIMEOUT,
				() -> excerptQuoting(projectFolder, quote).filter(e -> !e.tags().isEmpty()).orElse(null),
				() -> "no tagged excerpt of '" + quote + "'");
		String id = excerpt.id().toString();
		assertEquals(List.of(TAG), excerpt.tags());

		// tag it once more in the Excerpts and Tags view
		ExcerptsView excerpts = assertInstanceOf(ExcerptsView.class, page.showView(ExcerptsView.ID));
		excerpts.showProject(projectFolder);
		ExcerptRow row = awaitRow(excerpts, id, TAG);
		excerpts.getViewer().setSelection(new StructuredSelection(row), true);
		excerpts.tag(REPORT_TAG);
		row = awaitRow(excerpts, id, REPORT_TAG + ", " + TAG);

		// its provenance: the path from the original to the excerpt, and the tag records
		ProvenanceView provenance = assertInstanceOf(ProvenanceView.class,
				page.showView(ProvenanceView.ID, null, IWorkbenchPage.VIEW_VISIBLE));
		page.activate(excerpts);
		excerpts.getViewer().setSelection(StructuredSelection.EMPTY);
		excerpts.getViewer().setSelection(new StructuredSelection(row), true);
		List<String> lines = UiWait.until("the Provenance view to show " + id, WizardDriver.TIMEOUT,
				() -> provenance.shownId().equals(Optional.of(id)) && provenance.isLoaded()
						&& provenance.shownLines().stream().anyMatch(l -> l.contains("tag " + REPORT_TAG)
								|| l.contains("tag") && l.contains(REPORT_TAG))
								? provenance.shownLines()
								: null,
				() -> provenance.heading() + " " + provenance.shownLines());
		assertTrue(lines.stream().anyMatch(l -> l.contains("excerpt/" + id + "/1")), lines.toString());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("Original")), lines.toString());

		// a report of the excerpts tagged for-report, through the Report wizard
		Path report = temp.resolve("khojaly-report.html");
		exportReport(projectFolder, (IStructuredSelection) excerpts.getViewer().getSelection(), report, quote);
		String html = Files.readString(report, StandardCharsets.UTF_8);
		assertTrue(html.contains(quote), "the report quotes the excerpt: " + quote);
		try (Project opened = workbench.getService(ProjectStore.class).open(projectFolder)) {
			assertTrue(opened.lastProvenance().orElseThrow().canonical().contains(report.getFileName().toString()),
					"the export is recorded in the project's provenance: " + opened.lastProvenance());
		}
	}

	/** File > New > Verbatim Project, typed in and finished. */
	private Path newProject(Path temp) throws Exception {
		WizardDriver wizard = WizardDriver.open(workbench.getNewWizardRegistry(), NewProjectWizard.ID, StructuredSelection.EMPTY);
		NewProjectPage newProject = assertInstanceOf(NewProjectPage.class, wizard.dialog.getCurrentPage());
		assertFalse(wizard.enabled(FINISH), "nothing typed yet");

		// a folder that holds files is refused, with the reason
		Path full = Files.createDirectories(temp.resolve("projects/Full"));
		Files.writeString(full.resolve("notes.txt"), "not a project", StandardCharsets.UTF_8);
		newProject.locationField().setText(full.getParent().toString());
		newProject.nameField().setText("Full");
		assertFalse(wizard.enabled(FINISH));
		assertEquals(full + " already holds files; choose a new or empty folder.", newProject.getErrorMessage());

		newProject.nameField().setText("Khojaly study");
		assertNull(newProject.getErrorMessage());
		Screenshots.take(wizard.dialog.getShell(), "wizard-new-project");
		wizard.click(FINISH);
		wizard.awaitClosed();

		Path folder = full.getParent().resolve("Khojaly study");
		assertTrue(workbench.getService(ProjectStore.class).isProject(folder), folder + " is a project");
		ProjectNode node = awaitProjectInExplorer(folder, 0);
		UiWait.until("the explorer to select the new project", WizardDriver.TIMEOUT,
				() -> explorer().getViewer().getStructuredSelection().getFirstElement() instanceof ProjectNode p
						&& p.directory().equals(folder) ? p : null,
				() -> explorer().getViewer().getStructuredSelection().toString());
		assertEquals("Khojaly study", node.name());
		return folder;
	}

	/** File > Import… > Verbatim > Statements: the seeds folder into the project the explorer selected. */
	private void importSamples(Path projectFolder) throws Exception {
		WizardDriver wizard = WizardDriver.open(workbench.getImportWizardRegistry(), ImportStatementsWizard.ID,
				explorer().getViewer().getStructuredSelection());
		ImportSourcesPage sources = assertInstanceOf(ImportSourcesPage.class, wizard.dialog.getCurrentPage());
		assertFalse(wizard.enabled(FINISH), "nothing to import yet");
		sources.addPaths(List.of(GoldStatements.seeds()));
		assertTrue(wizard.enabled(FINISH), String.valueOf(sources.getErrorMessage()));

		// a line that is no web address, and an encoding Java does not know, are refused
		sources.urlsField().setText("https://example.org/statement\nftp://example.org/statement.txt");
		assertEquals("Line 2 of the URLs, 'ftp://example.org/statement.txt', is not a web page's address; "
				+ "write one http:// or https:// URL a line.", sources.getErrorMessage());
		assertFalse(wizard.enabled(FINISH));
		sources.urlsField().setText("");
		sources.charsetField().setText("latin-9000");
		assertTrue(sources.getErrorMessage().startsWith("'latin-9000' is not an encoding this system knows"),
				sources.getErrorMessage());
		sources.charsetField().select(0);
		sources.charsetField().notifyListeners(SWT.Selection, new Event());
		assertNull(sources.getErrorMessage());
		Screenshots.take(wizard.dialog.getShell(), "wizard-import");

		wizard.click(FINISH);
		wizard.awaitClosed();
		ImportSummaryDialog summary = UiWait.until("the import to finish and its summary to show", WizardDriver.TIMEOUT,
				() -> Job.getJobManager().find(ImportJob.FAMILY).length == 0 ? summaryDialog() : null,
				() -> Job.getJobManager().find(ImportJob.FAMILY).length + " import jobs running");
		assertEquals("5 imported, 0 duplicates, 1 skipped, 0 failed into " + projectFolder + ".", summary.headline());
		assertEquals(1, summary.problemLines().size(), summary.problemLines().toString());
		assertTrue(summary.problemLines().get(0).startsWith("skipped  " + GoldStatements.seeds().resolve("gold.json")),
				summary.problemLines().toString());
		summary.close();
	}

	/** File > Export… > Verbatim > Report: the excerpts tagged for the report, as HTML, previewed first. */
	private void exportReport(Path projectFolder, IStructuredSelection selection, Path file, String quote)
			throws Exception {
		WizardDriver wizard = WizardDriver.open(workbench.getExportWizardRegistry(), ReportWizard.ID, selection);
		ReportExcerptsPage excerpts = assertInstanceOf(ReportExcerptsPage.class, wizard.dialog.getCurrentPage());
		UiWait.until("the Report wizard to read the excerpts", WizardDriver.TIMEOUT,
				() -> excerpts.isRead() ? excerpts : null, () -> String.valueOf(excerpts.getErrorMessage()));
		// the excerpt selected in the Excerpts view comes checked
		assertEquals(1, excerpts.excerptTable().getCheckedElements().length);
		excerpts.choose(excerpts.taggedButton());
		excerpts.tagField().select(Arrays.asList(excerpts.tagField().getItems()).indexOf(REPORT_TAG));
		excerpts.tagField().notifyListeners(SWT.Selection, new Event());
		assertEquals(1, excerpts.chosen().size(), excerpts.chosen().toString());
		assertFalse(wizard.enabled(FINISH), "the report file is chosen on the next page");
		wizard.click(NEXT);

		ReportFormatPage format = assertInstanceOf(ReportFormatPage.class, wizard.dialog.getCurrentPage());
		assertTrue(format.offeredFormats().containsAll(List.of("html", "md", "pdf", "docx", "csl-json", "bibtex", "ris")),
				format.offeredFormats().toString());
		format.chooseFormat("html");
		format.titleField().setText("Khojaly: what was said");
		format.outputField().setText(file.toString());
		assertNull(format.getErrorMessage());
		Screenshots.take(wizard.dialog.getShell(), "wizard-report");
		wizard.click(NEXT);

		ReportPreviewPage preview = assertInstanceOf(ReportPreviewPage.class, wizard.dialog.getCurrentPage());
		UiWait.until("the preview of the report", WizardDriver.TIMEOUT, () -> preview.isPreviewed() ? preview : null,
				() -> "not yet");
		// the Browser loads the previewed file after the page says it is previewed: wait for its text
		UiWait.until("the preview to quote the excerpt", WizardDriver.TIMEOUT,
				() -> preview.previewText().contains(quote) ? preview : null, preview::previewText);
		Screenshots.take(wizard.dialog.getShell(), "wizard-report-preview");
		wizard.click(FINISH);
		wizard.awaitClosed();
		UiWait.until("the report to be written", WizardDriver.TIMEOUT,
				() -> Job.getJobManager().find(ReportExportJob.FAMILY).length == 0 && Files.isRegularFile(file) ? file : null,
				() -> Job.getJobManager().find(ReportExportJob.FAMILY).length + " export jobs running");
	}

	/** A phrase of letters, digits and spaces from {@code start} on, of 20 to 60 characters, ending with a word. */
	private static String phraseFrom(String text, int start) {
		Matcher words = Pattern.compile("[\\p{L}\\p{N} ]{1,60}").matcher(text);
		assertTrue(words.find(start) && words.start() == start, "words at " + start);
		String phrase = words.group();
		int lastSpace = phrase.stripTrailing().lastIndexOf(' ');
		return phrase.length() == 60 && lastSpace > 0 ? phrase.substring(0, lastSpace) : phrase.stripTrailing();
	}

	private Optional<Excerpt> excerptQuoting(Path projectFolder, String quote) {
		try (Project opened = workbench.getService(ProjectStore.class).open(projectFolder)) {
			return opened.excerpts().stream().filter(e -> e.quote().equals(quote)).findFirst();
		} catch (Exception e) {
			return Optional.empty();
		}
	}

	private org.verbatim.ui.internal.ProjectExplorerView explorer() {
		return (org.verbatim.ui.internal.ProjectExplorerView) page.findView(VerbatimParts.PROJECT_EXPLORER_VIEW_ID);
	}

	private ProjectNode awaitProjectInExplorer(Path folder, int statements) {
		return UiWait.until("the explorer to show " + folder + " with " + statements + " statements", WizardDriver.TIMEOUT,
				() -> {
					for (TreeItem item : explorer().getViewer().getTree().getItems()) {
						if (item.getData() instanceof ProjectNode node && node.directory().equals(folder)
								&& node.statements().size() == statements) {
							return node;
						}
					}
					return null;
				}, () -> Arrays.toString(explorer().getViewer().getTree().getItems()));
	}

	private static ImportSummaryDialog summaryDialog() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && shell.getData() instanceof ImportSummaryDialog dialog) {
				return dialog;
			}
		}
		return null;
	}

	private static ExcerptRow awaitRow(ExcerptsView view, String id, String tags) {
		return UiWait.until("the Excerpts and Tags view to list " + id + " tagged " + tags, WizardDriver.TIMEOUT, () -> {
			if (!(view.getViewer().getInput() instanceof List<?> rows)) {
				return null;
			}
			return rows.stream().map(ExcerptRow.class::cast).filter(r -> r.id().equals(id) && r.tags().equals(tags))
					.findFirst().orElse(null);
		}, () -> view.shownRows().toString());
	}
}
