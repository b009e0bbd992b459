package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.ui.internal.wizards.ImportSources;
import org.verbatim.ui.internal.wizards.NewProjectLocation;

/** What the wizards accept and refuse before anything is made or imported, and the sentences they say. */
class WizardChecksTest {

	@Test
	void newProjectGoesIntoAMissingOrEmptyFolderAndNeverIntoOneWithFiles(@TempDir Path temp) throws Exception {
		assertEquals(Optional.of(temp.resolve("Study")), NewProjectLocation.check(" Study ", temp.toString()).folder());
		Files.createDirectories(temp.resolve("Empty"));
		assertEquals(Optional.of(temp.resolve("Empty")), NewProjectLocation.check("Empty", temp.toString()).folder());
		Files.writeString(Files.createDirectories(temp.resolve("Full")).resolve("a.txt"), "x", StandardCharsets.UTF_8);
		assertEquals(Optional.of(temp.resolve("Full") + " already holds files; choose a new or empty folder."),
				NewProjectLocation.check("Full", temp.toString()).problem());
		Files.writeString(temp.resolve("file"), "x", StandardCharsets.UTF_8);
		assertEquals(Optional.of(temp.resolve("file") + " is a file; choose another name or location."),
				NewProjectLocation.check("file", temp.toString()).problem());
		assertEquals(Optional.of("Enter the project's name."), NewProjectLocation.check("  ", temp.toString()).problem());
		assertEquals(Optional.of("The name 'a/b' cannot be a folder name; leave out / and \\."),
				NewProjectLocation.check("a/b", temp.toString()).problem());
		assertEquals(Optional.of("The location relative/place is not a full path; choose a folder with Browse."),
				NewProjectLocation.check("x", "relative/place").problem());
	}

	@Test
	void aFolderThatCannotBeWrittenIsRefusedBeforeTheProjectIsMade(@TempDir Path temp) throws Exception {
		Path locked = Files.createDirectories(temp.resolve("locked"));
		locked.toFile().setWritable(false);
		try {
			if (Files.isWritable(locked)) {
				return; // running as root: every folder is writable, nothing to refuse
			}
			assertEquals(Optional.of(locked + " is not writable, so " + locked.resolve("Study/More")
					+ " cannot be created there; choose a folder you can write to."),
					NewProjectLocation.check("More", locked.resolve("Study").toString()).problem());
		} finally {
			locked.toFile().setWritable(true);
		}
	}

	@Test
	void urlsAreOneHttpAddressALineAndTheFirstBadLineIsNamed() {
		assertEquals(List.of("https://example.org/a", "http://example.org/b?c=d"),
				ImportSources.urls("https://example.org/a\n\n  http://example.org/b?c=d  \n"));
		IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
				() -> ImportSources.urls("https://example.org/a\nexample.org/b"));
		assertEquals("Line 2 of the URLs, 'example.org/b', is not a web page's address; write one http:// or https:// URL a line.",
				bad.getMessage());
		assertThrows(IllegalArgumentException.class, () -> ImportSources.urls("file:///etc/passwd"));
		assertThrows(IllegalArgumentException.class, () -> ImportSources.urls("https:///no-host"));
	}

	@Test
	void theEncodingIsAKnownCharsetOrLeftToTheImporter() {
		assertEquals(Optional.empty(), ImportSources.charset(" "));
		assertEquals("windows-1252", ImportSources.charset("windows-1252").orElseThrow().name());
		assertEquals("'latin-9000' is not an encoding this system knows; choose one from the list (e.g. windows-1252).",
				assertThrows(IllegalArgumentException.class, () -> ImportSources.charset("latin-9000")).getMessage());
	}
}
