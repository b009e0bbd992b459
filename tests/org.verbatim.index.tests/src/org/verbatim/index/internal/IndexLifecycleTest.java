package org.verbatim.index.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.NewStatement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.index.IndexException;
import org.verbatim.index.ProjectIndex;
import org.verbatim.index.ProjectIndex.Freshness;
import org.verbatim.index.RebuildProgress;
import org.verbatim.index.lucene.IndexFields;
import org.verbatim.index.lucene.LuceneProjectIndex;
import org.verbatim.store.internal.SqliteProjectStore;

/**
 * The index is derived data: missing, stale, half-written (process killed between the store's and
 * the index's commit) or damaged, it is brought back in step with the store at open, never a crash.
 */
class IndexLifecycleTest {

	@TempDir
	Path dir;

	private final SqliteProjectStore store = new SqliteProjectStore();

	private Project project(int statements) throws Exception {
		Project project = store.create(dir.resolve("p"));
		add(project, statements);
		return project;
	}

	private static void add(Project project, int statements) throws Exception {
		long start = project.statementCount();
		for (int i = 0; i < statements; i++) {
			String text = "Statement number " + (start + i) + " about Khojaly.";
			project.add(new NewStatement("/tmp/s" + (start + i) + ".txt", text.getBytes(UTF_8), Optional.empty(), text,
					"UTF-8", "valid-utf8"));
		}
	}

	private static Freshness reopen(Project project, long expectedCount) throws Exception {
		try (ProjectIndex index = ProjectIndex.open(project.indexDirectory())) {
			Freshness freshness = index.bringUpToDate(project, RebuildProgress.NONE);
			assertEquals(expectedCount, index.statementCount());
			return freshness;
		}
	}

	@Test
	void missingIndexIsRebuiltWithProgressThenCurrent() throws Exception {
		try (Project project = project(3)) {
			List<String> progress = new ArrayList<>();
			try (ProjectIndex index = ProjectIndex.open(project.indexDirectory())) {
				assertEquals(Freshness.REBUILT, index.bringUpToDate(project, (done, total) -> progress.add(done + "/" + total)));
			}
			assertEquals(List.of("0/3", "3/3"), progress);
			assertEquals(Freshness.CURRENT, reopen(project, 3));
			deleteTree(project.indexDirectory());
			assertEquals(Freshness.REBUILT, reopen(project, 3));
		}
	}

	@Test
	void rebuildOnSeveralThreadsIndexesEveryStatementOnce() throws Exception {
		String before = System.getProperty(LuceneProjectIndex.REBUILD_THREADS_PROPERTY);
		System.setProperty(LuceneProjectIndex.REBUILD_THREADS_PROPERTY, "3");
		try (Project project = project(1_234)) {
			List<Long> done = new ArrayList<>();
			try (ProjectIndex index = ProjectIndex.open(project.indexDirectory())) {
				index.rebuild(project, (indexed, total) -> {
					assertEquals(1_234, total);
					done.add(indexed);
				});
				assertEquals(1_234, index.statementCount());
				try (IndexReader reader = DirectoryReader.open(FSDirectory.open(project.indexDirectory()))) {
					IndexSearcher searcher = new IndexSearcher(reader);
					assertEquals(1_234, searcher.count(new TermQuery(new Term(IndexFields.TEXT, "khojaly"))));
					for (long id : new long[] { 1, 500, 501, 1_234 }) {
						assertEquals(1, searcher.count(new TermQuery(new Term(IndexFields.ID, new StatementId(id).toString()))));
					}
				}
			}
			assertEquals(0L, done.get(0));
			assertEquals(1_234L, done.get(done.size() - 1));
			assertTrue(done.stream().sorted().toList().equals(done), "progress never goes back: " + done);
			assertEquals(Freshness.CURRENT, reopen(project, 1_234));
		} finally {
			if (before == null) {
				System.clearProperty(LuceneProjectIndex.REBUILD_THREADS_PROPERTY);
			} else {
				System.setProperty(LuceneProjectIndex.REBUILD_THREADS_PROPERTY, before);
			}
		}
	}

	@Test
	void staleIndexCatchesUpWithStatementsAddedSince() throws Exception {
		try (Project project = project(2)) {
			assertEquals(Freshness.REBUILT, reopen(project, 2));
			add(project, 3);
			assertEquals(Freshness.CAUGHT_UP, reopen(project, 5));
			assertEquals(Freshness.CURRENT, reopen(project, 5));
		}
	}

	@Test
	void processKilledBeforeTheIndexCommitIsCaughtUpAtNextOpen() throws Exception {
		try (Project project = project(2)) {
			assertEquals(Freshness.REBUILT, reopen(project, 2));
			add(project, 1);
			try (ProjectIndex index = ProjectIndex.open(project.indexDirectory())) {
				index.bringUpToDate(project, RebuildProgress.NONE);
				add(project, 1);
				index.update(project, List.of(new StatementId(4)));
				assertEquals(4, index.statementCount(), "visible before any commit");
				// closing without commit is what a killed process leaves behind
			}
			assertEquals(Freshness.CAUGHT_UP, reopen(project, 4));
		}
	}

	@Test
	void garbageInTheCommitFileIsRebuilt() throws Exception {
		try (Project project = project(3)) {
			reopen(project, 3);
			try (Stream<Path> files = Files.list(project.indexDirectory())) {
				for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
					Files.write(file, "not a Lucene file at all".getBytes(UTF_8));
				}
			}
			assertEquals(Freshness.REBUILT, reopen(project, 3));
			assertEquals(Freshness.CURRENT, reopen(project, 3));
		}
	}

	@Test
	void garbageInEverySegmentFileIsRebuilt() throws Exception {
		try (Project project = project(3)) {
			reopen(project, 3);
			try (Stream<Path> files = Files.list(project.indexDirectory())) {
				for (Path file : files.filter(f -> {
					String name = f.getFileName().toString();
					return !name.startsWith("segments_") && !name.equals("write.lock");
				}).toList()) {
					byte[] bytes = Files.readAllBytes(file);
					for (int i = 0; i < Math.min(bytes.length, 64); i++) {
						bytes[i] = (byte) 0x5A;
					}
					Files.write(file, bytes);
				}
			}
			assertEquals(Freshness.REBUILT, reopen(project, 3));
		}
	}

	@Test
	void indexOfAnotherLayoutIsRebuilt() throws Exception {
		try (Project project = project(1)) {
			reopen(project, 1);
			try (FSDirectory directory = FSDirectory.open(project.indexDirectory());
					IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
				assertEquals(IndexFields.LAYOUT_VERSION,
						SegmentInfos.readLatestCommit(directory).getUserData().get(LuceneProjectIndex.LAYOUT_KEY));
				writer.setLiveCommitData(Map.of(LuceneProjectIndex.LAYOUT_KEY, "0").entrySet());
				writer.commit();
			}
			assertEquals(Freshness.REBUILT, reopen(project, 1));
		}
	}

	@Test
	void updateRemovesStatementsNoLongerInTheStore() throws Exception {
		try (Project project = project(3)) {
			Project withoutS2 = (Project) Proxy.newProxyInstance(Project.class.getClassLoader(),
					new Class<?>[] { Project.class }, (proxy, method, args) -> {
						if (method.getName().equals("statement") && new StatementId(2).equals(args[0])) {
							return Optional.empty();
						}
						try {
							return method.invoke(project, args);
						} catch (InvocationTargetException e) {
							throw e.getCause();
						}
					});
			try (ProjectIndex index = ProjectIndex.open(project.indexDirectory())) {
				index.bringUpToDate(project, RebuildProgress.NONE);
				index.update(withoutS2, List.of(new StatementId(1), new StatementId(2)));
				assertEquals(2, index.statementCount());
			}
		}
	}

	@Test
	void theStoreTellsTheRegistryAndClosingCommits() throws Exception {
		OpenProjectIndexes indexes = new OpenProjectIndexes();
		store.addListener(indexes);
		try {
			Path folder;
			try (Project project = project(2)) {
				folder = project.directory();
				ProjectIndex index = indexes.indexOf(project, RebuildProgress.NONE);
				assertEquals(2, index.statementCount());
				String committed = committedCount(project);
				add(project, 2);
				assertEquals(4, index.statementCount(), "each added statement is searchable at once");
				assertEquals(committed, committedCount(project), "no commit per statement");
			}
			store.removeListener(indexes);
			try (Project project = store.open(folder)) {
				assertEquals(Freshness.CURRENT, reopen(project, 4), "closing the project committed the index");
			}
		} finally {
			store.removeListener(indexes);
			indexes.closeAll();
		}
	}

	@Test
	void anIndexHeldByAnotherVerbatimIsReportedAndTheStoreCarriesOn() throws Exception {
		OpenProjectIndexes other = new OpenProjectIndexes();
		OpenProjectIndexes mine = new OpenProjectIndexes();
		try (Project project = project(1)) {
			other.indexOf(project, RebuildProgress.NONE);
			store.addListener(mine);
			IndexException e = assertThrows(IndexException.class, () -> mine.indexOf(project, RebuildProgress.NONE));
			assertTrue(e.getMessage().contains("in use by another Verbatim"), e.getMessage());
			add(project, 3);
			assertEquals(4, project.statementCount(), "statements are stored although the index is elsewhere");
			other.release(project);
		} finally {
			store.removeListener(mine);
			mine.closeAll();
			other.closeAll();
		}
		try (Project project = store.open(dir.resolve("p"))) {
			assertEquals(Freshness.CAUGHT_UP, reopen(project, 4), "the next open catches up");
		}
	}

	private static String committedCount(Project project) throws IOException {
		try (FSDirectory directory = FSDirectory.open(project.indexDirectory())) {
			return SegmentInfos.readLatestCommit(directory).getUserData().get(LuceneProjectIndex.COUNT_KEY);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		assertTrue(Files.notExists(root));
	}
}
