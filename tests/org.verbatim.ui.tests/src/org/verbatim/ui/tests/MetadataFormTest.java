package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.AnalystChange;
import org.verbatim.core.MetadataFields;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.internal.StatementEditor;

/**
 * The Statement editor's Metadata page on the ISESCO statement of {@code shared/seeds} (gold.json:
 * issued 2019-01-18, language en), imported into a project of its own: bad values are refused with a
 * decoration and one sentence, a good edit reaches the store (and its provenance) through Apply, and
 * Edit &gt; Undo takes it back.
 */
class MetadataFormTest {

	private static final String SEED = "000_27967090eb5e547d.txt";
	private static final String UNDO = "org.eclipse.ui.edit.undo";

	@RegisterExtension
	final SampleProjectInExplorer sample = SampleProjectInExplorer.perTest();

	@Test
	void badValuesAreRefusedAndAGoodEditIsAppliedAndUndone(@TempDir Path folder) throws Exception {
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		Path directory = folder.resolve("project");
		StatementEditor editor = openMetadataPage(directory);
		StatementId id = editor.statement().orElseThrow().id();
		assertEquals("2019-01-18", editor.typedMetadata("issued"));
		assertEquals("en", editor.typedMetadata("language"));
		assertFalse(editor.canApplyMetadata(), "nothing changed yet");

		editor.typeMetadata("issued", "18 January 2019");
		assertTrue(editor.metadataDecorated("issued"));
		assertEquals("'18 January 2019' is not a date for issued; write it as YYYY-MM-DD, e.g. 2019-01-18.",
				editor.metadataProblem());
		assertFalse(editor.canApplyMetadata());
		editor.typeMetadata("issued", "2019-01");
		assertTrue(editor.metadataProblem().startsWith("'2019-01' is a partial date"), editor.metadataProblem());
		editor.typeMetadata("issued", "2019-02-30");
		assertTrue(editor.metadataDecorated("issued"), "there is no 30 February");
		editor.typeMetadata("issued", "2019-01-20");
		assertFalse(editor.metadataDecorated("issued"));
		editor.typeMetadata("language", "English");
		assertTrue(editor.metadataDecorated("language"));
		assertEquals("'English' is not a BCP 47 language tag; write a tag such as en, az or en-GB.",
				editor.metadataProblem());
		editor.typeMetadata("language", "en-GB");
		editor.typeMetadata("title", "  ");
		assertEquals("A statement needs a title; type one.", editor.metadataProblem());
		assertFalse(editor.canApplyMetadata());
		StatementOriginalTest.maximized(editor, "editor-metadata");
		editor.typeMetadata("title", "ISESCO on the 29th anniversary of Black January");
		editor.typeMetadata("place", "Rabat");
		assertEquals("", editor.metadataProblem());
		assertTrue(editor.canApplyMetadata());

		editor.applyMetadata();

		// the fields are edited one after the other in the job; the language is the last of the four
		StatementMetadata edited = UiWait.until("the edit to reach the store", SampleProjectInExplorer.TIMEOUT,
				() -> Optional.of("en-GB").equals(MetadataFields.value(metadata(store, directory, id), "language"))
						? metadata(store, directory, id)
						: null,
				() -> metadata(store, directory, id).toString());
		assertEquals(Optional.of("2019-01-20"), MetadataFields.value(edited, "issued"));
		assertEquals(Optional.of("Rabat"), MetadataFields.value(edited, "place"));
		assertEquals(Optional.of("en-GB"), MetadataFields.value(edited, "language"));
		assertEquals(Optional.of("ISESCO on the 29th anniversary of Black January"), MetadataFields.value(edited, "title"));
		assertEquals(MetadataFields.ANALYST_EDIT, edited.place().orElseThrow().evidence().rule());
		try (Project project = store.open(directory)) {
			List<AnalystChange> changes = project.analystChanges();
			assertEquals(4, changes.size(), changes.toString());
			assertEquals(5, project.version(id));
			// each edit is in the provenance log, as the command line's edit is
			assertFalse(project.provenanceAbout("statement/" + id + "/5").isEmpty(), "the last edit's version is in provenance");
		}
		UiWait.until("the editor to show the edited date", SampleProjectInExplorer.TIMEOUT,
				() -> "2019-01-20".equals(editor.shownMetadata().get("Issued")) ? Boolean.TRUE : null,
				() -> editor.shownMetadata().toString());

		UiWait.until("Undo to be enabled", SampleProjectInExplorer.TIMEOUT,
				() -> PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(UNDO).isEnabled() ? Boolean.TRUE
						: null,
				() -> "disabled");
		sample.page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(UNDO, null);

		// the four fields are taken back newest first; the title was edited first
		StatementMetadata undone = UiWait.until("the edit to be undone in the store", SampleProjectInExplorer.TIMEOUT,
				() -> metadata(store, directory, id).title().orElseThrow().evidence().rule()
						.equals(MetadataFields.ANALYST_EDIT) ? null : metadata(store, directory, id),
				() -> metadata(store, directory, id).toString());
		assertEquals(Optional.empty(), undone.place());
		assertEquals(Optional.of("2019-01-18"), MetadataFields.value(undone, "issued"));
		assertEquals(Optional.of("en"), MetadataFields.value(undone, "language"));
		UiWait.until("the form to show the stored date again", SampleProjectInExplorer.TIMEOUT,
				() -> "2019-01-18".equals(editor.typedMetadata("issued"))
						&& "2019-01-18".equals(editor.shownMetadata().get("Issued")) ? Boolean.TRUE : null,
				() -> editor.typedMetadata("issued") + " " + editor.shownMetadata());
	}

	@Test
	void speakersAreShownAndEditedWithTheirRolesAndAnEditKeepsTheRolesOfTheOthers(@TempDir Path folder)
			throws Exception {
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		Path directory = folder.resolve("project");
		StatementEditor editor = openMetadataPage(directory);
		StatementId id = editor.statement().orElseThrow().id();
		// gold.json: Abdulaziz Othman Altwaijri, Director General (of ISESCO)
		assertEquals("Abdulaziz Othman Altwaijri (Director General)", editor.typedMetadata("speakers"));

		editor.typeMetadata("speakers", "Abdulaziz Othman Altwaijri (Director General; Ann Example");
		assertTrue(editor.metadataDecorated("speakers"));
		assertTrue(editor.metadataProblem().contains("Abdulaziz Othman Altwaijri (Director General"),
				editor.metadataProblem());
		assertFalse(editor.canApplyMetadata());
		editor.typeMetadata("speakers", "(spokesperson)");
		assertTrue(editor.metadataProblem().contains("no name"), editor.metadataProblem());
		editor.typeMetadata("speakers",
				"Abdulaziz Othman Altwaijri (Director General); Ann Example (Head of Communication (acting))");
		assertEquals("", editor.metadataProblem());
		editor.applyMetadata();

		StatementMetadata edited = UiWait.until("the edit to reach the store", SampleProjectInExplorer.TIMEOUT,
				() -> metadata(store, directory, id).speakers().size() == 2 ? metadata(store, directory, id) : null,
				() -> metadata(store, directory, id).speakers().toString());
		Speaker kept = edited.speakers().get(0);
		assertEquals(Optional.of("Director General"), kept.role());
		// the speaker typed as it was keeps what the import read with it: organisation and evidence
		assertEquals(Optional.of("Islamic Educational, Scientific and Cultural Organization (ISESCO)"),
				kept.organization());
		assertFalse(kept.evidence().rule().equals(MetadataFields.ANALYST_EDIT), kept.evidence().toString());
		Speaker added = edited.speakers().get(1);
		assertEquals("Ann Example", added.name());
		assertEquals(Optional.of("Head of Communication (acting)"), added.role());
		assertEquals(MetadataFields.ANALYST_EDIT, added.evidence().rule());
		UiWait.until("the form to show the stored speakers", SampleProjectInExplorer.TIMEOUT,
				() -> editor.typedMetadata("speakers").endsWith("Ann Example (Head of Communication (acting))")
						&& !editor.canApplyMetadata() ? Boolean.TRUE : null,
				() -> editor.typedMetadata("speakers"));
	}

	/** A new project in {@code directory} with the seed imported, opened on its Metadata page. */
	private StatementEditor openMetadataPage(Path directory) throws Exception {
		StatementEditor editor = sample.importAndOpen(directory, GoldStatements.seeds().resolve(SEED));
		editor.showPage("Metadata");
		return editor;
	}

	private static StatementMetadata metadata(ProjectStore store, Path directory, StatementId id) {
		try (Project project = store.open(directory)) {
			return project.metadata(id);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}
}
