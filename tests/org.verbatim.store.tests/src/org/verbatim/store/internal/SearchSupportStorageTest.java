package org.verbatim.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.verbatim.store.internal.StoreFixtures.statement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectChangeListener;
import org.verbatim.core.store.StoreException;

/**
 * What the search index needs from the store: paging, counts, change notification after commit,
 * and the project's search aliases and saved searches.
 */
class SearchSupportStorageTest {

	@TempDir
	Path dir;

	@Test
	void statementsArePagedInIdOrderWithCountAndLastId() throws Exception {
		try (Project project = new SqliteProjectStore().create(dir.resolve("p"))) {
			assertEquals(0, project.statementCount());
			assertEquals(Optional.empty(), project.lastStatementId());
			for (int i = 0; i < 5; i++) {
				project.add(statement("/tmp/" + i + ".txt", "text " + i));
			}
			assertEquals(List.of(1L, 2L), numbers(project.statementsAfter(Optional.empty(), 2)));
			assertEquals(List.of(3L, 4L), numbers(project.statementsAfter(Optional.of(new StatementId(2)), 2)));
			assertEquals(List.of(5L), numbers(project.statementsAfter(Optional.of(new StatementId(4)), 2)));
			assertEquals(5, project.statementCount());
			assertEquals(Optional.of(new StatementId(5)), project.lastStatementId());
		}
	}

	@Test
	void listenersHearOfCommittedAdditionsOnlyAndOfClosing() throws Exception {
		SqliteProjectStore store = new SqliteProjectStore();
		List<String> heard = new ArrayList<>();
		store.addListener(new ProjectChangeListener() {
			@Override
			public void statementsAdded(Project project, Collection<StatementId> ids) {
				try {
					heard.add("added " + ids + " count " + project.statementCount());
				} catch (StoreException e) {
					throw new IllegalStateException(e);
				}
			}

			@Override
			public void projectClosing(Project project) {
				heard.add("closing");
			}
		});
		store.addListener((project, ids) -> {
			throw new IllegalStateException("a broken listener does not undo the change");
		});
		try (Project project = store.create(dir.resolve("p"))) {
			project.add(statement("/tmp/a.txt", "first"));
			project.add(statement("/tmp/a-again.txt", "first"));
			project.add(statement("/tmp/b.txt", "second"));
			assertEquals(2, project.statementCount());
		}
		assertEquals(List.of("added [S1] count 1", "added [S2] count 2", "closing"), heard);
	}

	@Test
	void aliasGroupsAndSavedSearchesAreKeptInTheProject() throws Exception {
		SqliteProjectStore store = new SqliteProjectStore();
		Path folder = dir.resolve("p");
		try (Project project = store.create(folder)) {
			project.addAliasGroup(List.of("Khojaly", " Khojali ", "Xocalı", "Khojali"));
			project.addAliasGroup(List.of("Black January", "20 January"));
			assertThrows(StoreException.class, () -> project.addAliasGroup(List.of("alone", "alone")));
			project.saveSearch("victims", "victims AND Khojaly");
			project.saveSearch("dates", "issued:[2019 TO 2020]");
			project.saveSearch("victims", "victims");
		}
		try (Project project = store.open(folder)) {
			assertEquals(List.of(List.of("Khojaly", "Khojali", "Xocalı"), List.of("Black January", "20 January")),
					project.aliasGroups());
			assertEquals(Map.of("dates", "issued:[2019 TO 2020]", "victims", "victims"), project.savedSearches());
			assertEquals(List.of("dates", "victims"), List.copyOf(project.savedSearches().keySet()));
		}
	}

	private static List<Long> numbers(List<Statement> statements) {
		return statements.stream().map(s -> s.id().number()).toList();
	}
}
