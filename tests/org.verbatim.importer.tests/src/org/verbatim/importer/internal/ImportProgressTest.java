package org.verbatim.importer.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.FileOutcome.Kind;
import org.verbatim.importer.ImportListener;

/** An import tells its plan before the first file, and stops between files when asked to. */
class ImportProgressTest extends ImportIntoNewProject {

	private Path folderOf(int files) throws IOException {
		Path folder = Files.createDirectory(temp.resolve("batch"));
		for (int i = 0; i < files; i++) {
			Files.writeString(folder.resolve(String.format("s%02d.txt", i)), "Statement number " + i + " of the ministry.\n",
					UTF_8);
		}
		Files.writeString(folder.resolve("notes.json"), "{}", UTF_8);
		return folder;
	}

	@Test
	void thePlanCountsEveryFileIncludingSkippedOnesBeforeTheFirstIsDone() throws IOException {
		Path folder = folderOf(4);
		List<String> events = new ArrayList<>();
		fixture.importAll(new ImportListener() {
			@Override
			public void planned(int files) {
				events.add("planned " + files);
			}

			@Override
			public void fileDone(FileOutcome outcome) {
				events.add(outcome.kind().toString());
			}
		}, List.of(folder));
		assertEquals(List.of("planned 5", "SKIPPED", "IMPORTED", "IMPORTED", "IMPORTED", "IMPORTED"), events);
	}

	@Test
	void cancellingStopsBetweenFilesAndAReRunFinishesTheRest() throws Exception {
		Path folder = folderOf(6);
		ImportFixture.Imported first = fixture.importAll(new ImportListener() {
			private int done;

			@Override
			public void fileDone(FileOutcome outcome) {
				done++;
			}

			@Override
			public boolean cancelRequested() {
				return done >= 3;
			}
		}, List.of(folder));
		assertTrue(first.cancelled());
		assertEquals(3, first.outcomes().size());
		int imported = fixture.project.statements().size();

		ImportFixture.Imported second = fixture.importAll(ImportListener.NONE, List.of(folder));
		assertFalse(second.cancelled());
		assertEquals(imported, second.of(Kind.DUPLICATE).size());
		assertEquals(6, fixture.project.statements().size());
	}
}
