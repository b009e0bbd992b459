package org.verbatim.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.store.Project;
import org.verbatim.store.internal.SqliteProjectStore;

class ProvNamespaceTest {

	@TempDir
	Path temp;

	@Test
	void namespaceComesFromTheFirstRecordAndStaysWhenMoreAreAdded() throws Exception {
		Path dir = temp.resolve("seeds");
		ProvNamespace before;
		try (Project project = Seeds.importedInto(dir)) {
			before = ProvNamespace.of(project);
			assertEquals("urn:verbatim:log:" + project.provenance(0, 1).get(0).hash() + "/", before.prefix());
			project.addAliasGroup(java.util.List.of("Baku", "Bakı"));
		}
		try (Project project = new SqliteProjectStore().open(dir)) {
			assertEquals(before, ProvNamespace.of(project));
			assertEquals(before.prefix() + "statement/S1/1", before.iri("statement/S1/1"));
		}
	}

	@Test
	void anEmptyProjectIsNamedByItsFolderAndTwoProjectsDiffer() throws Exception {
		try (Project empty = new SqliteProjectStore().create(temp.resolve("my project"))) {
			assertEquals("urn:verbatim:project:my%20project/", ProvNamespace.of(empty).prefix());
			try (Project seeded = Seeds.importedInto(temp.resolve("other"))) {
				assertNotEquals(ProvNamespace.of(empty), ProvNamespace.of(seeded));
			}
		}
		assertThrows(IllegalArgumentException.class, () -> new ProvNamespace("urn:verbatim:x"));
	}
}
