package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verbatim.core.Excerpt;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Statement;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.internal.StatementEditor;
import org.verbatim.ui.internal.StatementEditorInput;
import org.verbatim.ui.internal.excerpts.ExcerptRow;
import org.verbatim.ui.internal.excerpts.ExcerptsView;
import org.verbatim.ui.internal.excerpts.MakeExcerptHandler;
import org.verbatim.ui.internal.provenance.LineageTree;
import org.verbatim.ui.internal.provenance.ProvenanceView;

/**
 * The analyst's path from a selection to a traced quote, in the real workbench: select a phrase of
 * S1 (the ISESCO statement on Black January), run Make Excerpt with a note and a tag, and find the
 * excerpt in the project, highlighted in the editor, listed with its tag in the Excerpts and Tags
 * view (which tags and untags it), and traced in the Provenance view to the bytes of the original it
 * came from and to the activity that made it.
 */
class ExcerptsAndProvenanceTest {

	private static final String PHRASE = "tragedy of Black January perpetrated by the Soviet troops";
	private static final String NOTE = "who the statement blames for the killings";
	private static final String TAG = "soviet-troops";
	private static final String SECOND_TAG = "black-january";
	private static final Pattern BYTES = Pattern.compile("bytes (\\d+)\\.\\.(\\d+) \\(characters (\\d+)\\.\\.(\\d+) ");

	@RegisterExtension
	final SampleProjectInExplorer sample = SampleProjectInExplorer.perTest();

	@Test
	void excerptOfASelectionIsStoredListedWithItsTagsAndTracedToTheBytesOfTheOriginal() throws Exception {
		StatementEditor editor = sample.open(0);
		Path project = assertInstanceOf(StatementEditorInput.class, editor.getEditorInput()).projectDirectory();
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = sample.page.getWorkbenchWindow().getService(IHandlerService.class);
		Command command = commands.getCommand(MakeExcerptHandler.COMMAND_ID);
		ParameterizedCommand makeExcerpt = ParameterizedCommand.generateCommand(command,
				Map.of(MakeExcerptHandler.NOTE, NOTE, MakeExcerptHandler.TAGS, " " + TAG + " , "));

		// nothing selected yet: there is nothing to cut out
		assertThrows(NotEnabledException.class, () -> handlers.executeCommand(makeExcerpt, null));

		// select the phrase as a drag does: the widget's selection, then its selection event
		OffsetMap.Span span = SampleProjectInExplorer.selectPhrase(editor, PHRASE);
		StyledText text = editor.textWidget();
		assertEquals(PHRASE, editor.selectedText());

		handlers.executeCommand(makeExcerpt, null);

		UiWait.until("the new excerpt to be highlighted in S1", SampleProjectInExplorer.TIMEOUT,
				() -> editor.highlightedExcerpts().contains(span) ? span : null,
				() -> editor.highlightedExcerpts().toString());
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		Excerpt excerpt;
		Statement s1;
		byte[] original;
		try (Project opened = store.open(project)) {
			// the newest one quoting the phrase: excerpts come in id order
			excerpt = opened.excerpts().stream().filter(e -> e.quote().equals(PHRASE)).reduce((first, second) -> second)
					.orElseThrow(() -> new AssertionError("no excerpt quoting the phrase"));
			s1 = opened.statement(excerpt.statement()).orElseThrow();
			original = opened.readOriginal(s1.original());
		}
		assertEquals("S1", excerpt.statement().toString());
		assertEquals(span, excerpt.clean());
		assertEquals(Optional.of(NOTE), excerpt.note());
		assertEquals(List.of(TAG), excerpt.tags());
		String id = excerpt.id().toString();

		// the Excerpts and Tags view lists it with its statement, speaker, tag and note
		ExcerptsView excerpts = assertInstanceOf(ExcerptsView.class, sample.page.showView(ExcerptsView.ID));
		Map<String, String> row = awaitRow(excerpts, id, TAG);
		assertEquals(PHRASE, row.get("Quote"));
		assertEquals(NOTE, row.get("Note"));
		assertTrue(row.get("Statement").startsWith("S1  On the occasion of the 29th anniversary"), row.toString());
		assertTrue(row.get("Speaker").contains("Abdulaziz Othman Altwaijri"), row.toString());
		assertTrue(excerpts.tagFilterEntries().contains(TAG + " (1)"), excerpts.tagFilterEntries().toString());
		excerpts.filterByTag(Optional.of(TAG));
		assertEquals(List.of(id), excerpts.shownRows().stream().map(r -> r.get("ID")).toList());
		excerpts.filterByTag(Optional.empty());

		// tag and untag it from the view: the store changes and the view follows
		ExcerptRow selected = rowOf(excerpts, id);
		excerpts.getViewer().setSelection(new StructuredSelection(selected), true);
		excerpts.tag(SECOND_TAG);
		awaitRow(excerpts, id, SECOND_TAG + ", " + TAG);
		try (Project opened = store.open(project)) {
			assertEquals(List.of(SECOND_TAG, TAG), opened.tags(id));
		}
		excerpts.getViewer().setSelection(new StructuredSelection(rowOf(excerpts, id)), true);
		excerpts.untag(SECOND_TAG);
		awaitRow(excerpts, id, TAG);
		Shell shell = sample.page.getWorkbenchWindow().getShell();
		Rectangle bounds = shell.getBounds();
		if (Screenshots.enabled()) {
			// the docs' screenshots: a roomier window, the excerpt's highlight not hidden by the selection
			shell.setBounds(0, 0, 1280, 960);
			text.setSelection(span.start());
			text.setTopIndex(0);
			Screenshots.take(shell, "workbench-excerpts");
		}

		// selecting it shows its provenance: the original's bytes it came from, the excerpt activity
		ProvenanceView provenance = assertInstanceOf(ProvenanceView.class,
				sample.page.showView(ProvenanceView.ID, null, IWorkbenchPage.VIEW_VISIBLE));
		sample.page.activate(excerpts);
		excerpts.getViewer().setSelection(StructuredSelection.EMPTY);
		excerpts.getViewer().setSelection(new StructuredSelection(rowOf(excerpts, id)), true);
		List<String> lines = UiWait.until("the Provenance view to show " + id, SampleProjectInExplorer.TIMEOUT,
				() -> provenance.shownId().equals(Optional.of(id)) && provenance.isLoaded()
						&& provenance.shownLines().stream().anyMatch(l -> l.matches("\\s*record \\d+  untag.*"))
								? provenance.shownLines()
								: null,
				() -> provenance.heading() + " " + provenance.shownLines());
		String originalRow = lines.stream().filter(l -> l.startsWith(LineageTree.ORIGINAL + "  ")).findFirst()
				.orElseThrow(() -> new AssertionError("no Original row in " + lines));
		Matcher bytes = BYTES.matcher(originalRow);
		assertTrue(bytes.find(), originalRow);
		int byteStart = Integer.parseInt(bytes.group(1));
		int byteEnd = Integer.parseInt(bytes.group(2));
		// the shown bytes of the archived original are exactly the quote
		assertEquals(PHRASE, Charset.forName(s1.charset())
				.decode(ByteBuffer.wrap(original, byteStart, byteEnd - byteStart)).toString());
		assertEquals(excerpt.originalSpan(),
				new OffsetMap.Span(Integer.parseInt(bytes.group(3)), Integer.parseInt(bytes.group(4))));
		assertTrue(provenance.heading().startsWith(id + "  lineage of excerpt/" + id + "/1"), provenance.heading());
		// the path runs from the original to the excerpt, which the analyst's excerpt activity made
		int excerptStep = indexOf(lines, "excerpt/" + id + "/1  excerpt, record ");
		assertTrue(indexOf(lines, "original/") < excerptStep, lines.toString());
		assertTrue(lines.get(excerptStep + 1 + indexOf(lines.subList(excerptStep + 1, lines.size()), "  excerpt  "))
				.contains("  by analyst "), lines.toString());
		assertTrue(lines.stream().anyMatch(l -> l.matches("\\s*record \\d+  tag .*names excerpt/" + id + "/1")),
				lines.toString());

		if (Screenshots.enabled()) {
			IWorkbenchPage page = sample.page;
			page.setPartState(page.getReference(provenance), IWorkbenchPage.STATE_MAXIMIZED);
			// maximizing hides the excerpts view and activates the editor, which the view then follows
			provenance.show(project, id);
			UiWait.until("the maximized Provenance view to show " + id, SampleProjectInExplorer.TIMEOUT,
					() -> provenance.shownId().equals(Optional.of(id)) && provenance.isLoaded() ? id : null,
					provenance::heading);
			Screenshots.take(shell, "workbench-provenance");
			page.setPartState(page.getReference(provenance), IWorkbenchPage.STATE_RESTORED);
			shell.setBounds(bounds);
		}
	}

	@Test
	void ctrlShiftXRunsMakeExcerptWithoutAConflictingBinding() throws ParseException {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);

		Binding binding = bindings.getPerfectMatch(KeySequence.getInstance("M1+M2+X"));

		assertNotNull(binding, "Ctrl+Shift+X is bound (a conflicting binding would leave it unbound)");
		assertEquals(MakeExcerptHandler.COMMAND_ID, binding.getParameterizedCommand().getId());
	}

	@Test
	void doubleClickingAnExcerptOpensItsStatementWithTheQuoteSelected() throws Exception {
		StatementEditor editor = sample.open(0);
		Path project = assertInstanceOf(StatementEditorInput.class, editor.getEditorInput()).projectDirectory();
		String quote = "collectively displaced others";
		int start = editor.shownText().indexOf(quote);
		assertTrue(start >= 0, editor.shownText());
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		String id;
		try (Project opened = store.open(project)) {
			id = opened.addExcerpt(editor.statement().orElseThrow().id(), start, start + quote.length(), Optional.empty())
					.id().toString();
		}
		sample.page.closeAllEditors(false);
		ExcerptsView excerpts = assertInstanceOf(ExcerptsView.class, sample.page.showView(ExcerptsView.ID));
		excerpts.showProject(project);
		awaitRow(excerpts, id, "");

		// what GTK sends on a double-click or Enter on the row
		ExcerptRow row = rowOf(excerpts, id);
		excerpts.getViewer().setSelection(new StructuredSelection(row), true);
		Event open = new Event();
		open.item = excerpts.getViewer().getTable().getSelection()[0];
		excerpts.getViewer().getTable().notifyListeners(SWT.DefaultSelection, open);

		StatementEditor opened = sample.awaitActiveEditor("the statement of " + id);
		UiWait.until("the quote of " + id + " to be selected in S1", SampleProjectInExplorer.TIMEOUT,
				() -> quote.equals(opened.selectedText()) ? quote : null, opened::selectedText);
		assertTrue(opened.highlightedExcerpts().contains(new OffsetMap.Span(start, start + quote.length())),
				opened.highlightedExcerpts().toString());
	}

	@Test
	void reopenedStatementHighlightsItsExcerpts() throws Exception {
		StatementEditor editor = sample.open(0);
		Path project = assertInstanceOf(StatementEditorInput.class, editor.getEditorInput()).projectDirectory();
		String quote = "ISESCO member state";
		int start = editor.shownText().indexOf(quote);
		assertTrue(start >= 0, editor.shownText());
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		assertNotNull(store);
		try (Project opened = store.open(project)) {
			// made elsewhere (the command line), not through this editor
			opened.addExcerpt(editor.statement().orElseThrow().id(), start, start + quote.length(), Optional.empty());
		}
		sample.page.closeAllEditors(false);

		StatementEditor reopened = sample.open(0);

		OffsetMap.Span span = new OffsetMap.Span(start, start + quote.length());
		UiWait.until("S1 to highlight the excerpt it has", SampleProjectInExplorer.TIMEOUT,
				() -> reopened.highlightedExcerpts().contains(span) ? span : null,
				() -> reopened.highlightedExcerpts().toString());
		assertEquals(quote, reopened.shownText().substring(span.start(), span.end()));
	}

	private static Map<String, String> awaitRow(ExcerptsView view, String id, String tags) {
		return UiWait.until("the Excerpts and Tags view to list " + id + " tagged " + tags, SampleProjectInExplorer.TIMEOUT,
				() -> view.shownRows().stream().filter(r -> r.get("ID").equals(id) && r.get("Tags").equals(tags))
						.findFirst().orElse(null),
				() -> view.shownRows().toString());
	}

	private static ExcerptRow rowOf(ExcerptsView view, String id) {
		@SuppressWarnings("unchecked")
		List<ExcerptRow> rows = (List<ExcerptRow>) view.getViewer().getInput();
		return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}

	private static int indexOf(List<String> lines, String part) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(part)) {
				return i;
			}
		}
		throw new AssertionError("no line with '" + part + "' in " + lines);
	}
}
