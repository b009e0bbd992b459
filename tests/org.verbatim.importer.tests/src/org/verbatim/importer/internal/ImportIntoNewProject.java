package org.verbatim.importer.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the import tests: each test imports into a new project in a temporary folder. */
abstract class ImportIntoNewProject {

	@TempDir
	Path temp;

	ImportFixture fixture;

	@BeforeEach
	void createProject() throws Exception {
		fixture = new ImportFixture(temp.resolve("project"));
	}

	@AfterEach
	void closeProject() throws Exception {
		fixture.close();
	}
}
