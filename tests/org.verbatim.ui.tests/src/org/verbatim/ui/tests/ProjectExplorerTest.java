package org.verbatim.ui.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Sha256;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.StatementImporter;
import org.verbatim.ui.ProjectList;
import org.verbatim.ui.VerbatimParts;
import org.verbatim.ui.internal.ProjectNode;
import org.verbatim.ui.internal.StatementEditor;

/**
 * Runs the real Verbatim workbench (application {@code org.verbatim.app.workbench}) with a fresh
 * workspace: on first start it creates the sample project from the statements shipped in
 * {@code org.verbatim.app/samples}, and the Project Explorer must show them and open them.
 */
class ProjectExplorerTest {

	private SampleProjectInExplorer sample;

	@BeforeEach
	void findExplorer() {
		sample = SampleProjectInExplorer.ofActivePage();
	}

	@Test
	void explorerShowsTheFiveSampleStatementsOfTheSampleProject() {
		TreeItem project = sample.awaitProject();

		List<String> labels = Arrays.stream(project.getItems()).map(TreeItem::getText).toList();
		// titles as the importer reads them; S3 has no headline (gold.json: title null), so its publisher
		// and issue date stand in
		assertEquals(List.of(
				"S1  On the occasion of the 29th anniversary of the Black January in Azerbaijan ISESCO Director"
						+ " General joins the leadership and the people of Azerbaijan to pay tribute to the martyrs of"
						+ " the brutal Soviet invasion",
				"S2  At the 27th Anniversary of Khojaly massacre in Azerbaijan ISESCO Director General calls upon the"
						+ " international community to force Armenia to withdraw from the occupied Azerbaijani province",
				"S3  News.Az, 2025-02-27",
				"S4  Anniversary of Khojaly massacre commemoration",
				"S5  Azerbaijan Embassy Islamabad and Institute of Policy Studies Commemorate Martyrs of 20 January"),
				labels);
	}

	@Test
	void openingAStatementLikeADoubleClickShowsItsTextAndTheHashOfItsOriginal() throws IOException {
		StatementEditor editor = sample.open(0);

		assertEquals(VerbatimParts.STATEMENT_EDITOR_ID, editor.getSite().getId());
		assertTrue(editor.shownText().contains("Black January"), editor.shownText());
		Map<String, String> metadata = editor.shownMetadata();
		assertEquals("S1", metadata.get("ID"));
		assertEquals(Sha256.hex(sampleBytes("samples/000_27967090eb5e547d.txt")), metadata.get("Original SHA-256"));
		assertEquals(String.format(Locale.ROOT, "%,d bytes", sampleBytes("samples/000_27967090eb5e547d.txt").length),
				metadata.get("Original size"));
		assertTrue(editor.getPartName().startsWith("S1  "), editor.getPartName());
	}

	@Test
	void aProjectFilledBeforeItIsListedIsReadOnce(@TempDir Path temp) throws Exception {
		ProjectStore store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		StatementImporter importer = PlatformUI.getWorkbench().getService(StatementImporter.class);
		Path directory = temp.resolve("filled").toAbsolutePath().normalize();
		Path file = Files.writeString(temp.resolve("note.txt"), "A note\n\nThe committee met to remember the victims.\n",
				UTF_8);
		try (Project project = store.create(directory)) {
			// the store tells of the statement added; the explorer hears of it once this (UI) thread runs events
			importer.importPaths(project, List.of(file), ImportOptions.defaults(), ImportListener.NONE);
		}
		IEclipsePreferences list = InstanceScope.INSTANCE.getNode("org.verbatim.ui");
		String before = list.get("projects", "");
		try {
			int reads = sample.explorer.reads();
			new ProjectList().add(directory);
			UiWait.until("the explorer to show the filled project", SampleProjectInExplorer.TIMEOUT,
					() -> sample.explorer.isLoaded() && Arrays.stream(sample.explorer.getViewer().getTree().getItems())
							.anyMatch(item -> item.getData() instanceof ProjectNode node && node.directory().equals(directory))
									? Boolean.TRUE
									: null,
					() -> "loaded " + sample.explorer.isLoaded());
			// past the half second after which a change is read, and a read's time
			long until = System.nanoTime() + Duration.ofMillis(1500).toNanos();
			UiWait.until("a moment", Duration.ofSeconds(5), () -> System.nanoTime() > until ? Boolean.TRUE : null, () -> "");
			// the read the list started began after the store told of the statement: no second read for it
			assertEquals(reads + 1, sample.explorer.reads());
		} finally {
			list.put("projects", before);
			list.flush();
		}
	}

	private static byte[] sampleBytes(String entry) throws IOException {
		URL url = Platform.getBundle("org.verbatim.app").getEntry(entry);
		assertNotNull(url, entry + " is in org.verbatim.app");
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}
}
