package org.verbatim.ui.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.NewStatement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.ui.internal.StatementEditor;

/**
 * The Statement editor in the real workbench shows what the import read out of a statement (with
 * evidence), what cleaning removed and how the original was retrieved; S1 of the sample project is
 * the ISESCO statement on Black January, a Google-translated page with a feedback widget around it.
 */
class StatementEditorTest {

	private static final String UNKNOWN = "\u2014";

	@RegisterExtension
	final SampleProjectInExplorer sample = SampleProjectInExplorer.perTest();

	@Test
	void s1ShowsWhenAndByWhomItWasIssuedAndThatItMayBeMachineTranslated() {
		StatementEditor editor = sample.open(0);

		Map<String, String> shown = editor.shownMetadata();
		assertEquals("2019-01-18", shown.get("Issued"), shown.toString());
		assertTrue(shown.get("Speakers").lines().anyMatch(line -> line.startsWith("Abdulaziz Othman Altwaijri \u2014 ")),
				shown.toString());
		assertEquals("English (en)", shown.get("Language"), shown.toString());
		// S1 says nothing of an update or a place: quietly unknown, not guessed
		assertEquals(UNKNOWN, shown.get("Updated"), shown.toString());
		assertEquals(UNKNOWN, shown.get("Place"), shown.toString());
		assertEquals(Optional.of("Possibly machine-translated"), editor.shownMachineTranslationNote());
	}

	@Test
	void theTextsContextMenuMadeAfterTheEditorOffersCopyAndTheWorkbenchsMakeExcerpt() {
		StatementEditor editor = sample.open(0);
		UiWait.until("S1 to be shown in full", SampleProjectInExplorer.TIMEOUT,
				() -> editor.settled() ? Boolean.TRUE : null, () -> "still filling");

		Menu menu = editor.textWidget().getMenu();
		assertNotNull(menu, "the text has its context menu once the editor has settled");
		menu.notifyListeners(SWT.Show, new Event());
		List<String> items = Arrays.stream(menu.getItems()).map(item -> item.getText().replace("&", "")).toList();
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(items.stream().anyMatch(item -> item.startsWith("Copy")), items.toString());
		// contributed to the registered menu's id in plugin.xml: the registration was made too
		assertTrue(items.stream().anyMatch(item -> item.startsWith("Make Excerpt")), items.toString());
	}

	@Test
	void s1ListsPageFurnitureAsRemovedByCleaningAndItsTextNoLongerContainsIt() {
		StatementEditor editor = sample.open(0);

		assertTrue(editor.shownRemovals().stream().anyMatch(row -> row.endsWith(": User Feedback")),
				editor.shownRemovals().toString());
		assertTrue(editor.removalsPageTitle().matches("Removed by cleaning \\(\\d+\\)"), editor.removalsPageTitle());
		assertFalse(editor.shownText().contains("User Feedback"), editor.shownText());
		assertTrue(editor.shownText().contains("Black January"), editor.shownText());
		assertTrue(editor.shownMetadata().get("Retrieved").startsWith("once, "), editor.shownMetadata().toString());
	}

	@Test
	void clickingTheIssuedDateSelectsTheDatelineItWasReadFrom() {
		StatementEditor editor = sample.open(0);
		List<Control> issued = editor.valueControls("Issued");
		assertEquals(1, issued.size());
		Link link = assertInstanceOf(Link.class, issued.get(0), "a date read from the text is a link into it");
		assertTrue(link.getToolTipText().startsWith("read by rule "), link.getToolTipText());
		assertTrue(link.getToolTipText().contains("\"18 January 2019\""), link.getToolTipText());
		assertEquals("", editor.selectedText());

		link.notifyListeners(SWT.Selection, new Event());

		assertEquals("18 January 2019", editor.selectedText());
	}

	@Test
	void statementImportedWithoutMetadataShowsItsTextAndEveryReadFieldAsUnknown(@TempDir Path folder)
			throws StoreException, PartInitException {
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		assertNotNull(store, "the ProjectStore service is registered");
		StatementId id;
		String text = "Statement of the Ministry.\n\nThe ministry regrets the decision.";
		try (Project project = store.create(folder.resolve("older"))) {
			// what imports before metadata reading stored: text and title, nothing read, nothing removed
			id = project.add(new NewStatement("older.txt", text.getBytes(UTF_8), Optional.empty(), text, "UTF-8",
					"valid-utf8")).statement().id();
		}

		StatementEditor editor = sample.open(folder.resolve("older"), id);

		assertEquals(text, editor.shownText());
		Map<String, String> shown = editor.shownMetadata();
		for (String field : List.of("Issued", "Updated", "Place", "Speakers", "Publisher", "Language", "Events")) {
			assertEquals(UNKNOWN, shown.get(field), field + " in " + shown);
		}
		assertEquals("older.txt", shown.get("Title"));
		assertEquals(Optional.empty(), editor.shownMachineTranslationNote());
		assertEquals(List.of(), editor.shownRemovals());
		assertEquals("Removed by cleaning", editor.removalsPageTitle());
	}
}
