package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbatim.core.Sha256;
import org.verbatim.ui.VerbatimParts;
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

	private static byte[] sampleBytes(String entry) throws IOException {
		URL url = Platform.getBundle("org.verbatim.app").getEntry(entry);
		assertNotNull(url, entry + " is in org.verbatim.app");
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}
}
