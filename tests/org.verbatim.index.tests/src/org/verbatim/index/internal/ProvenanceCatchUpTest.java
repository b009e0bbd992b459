package org.verbatim.index.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Excerpt;
import org.verbatim.core.NewStatement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.index.ProjectIndex.Freshness;
import org.verbatim.index.RebuildProgress;
import org.verbatim.index.lucene.IndexFields;
import org.verbatim.index.lucene.LuceneProjectIndex;
import org.verbatim.store.internal.SqliteProjectStore;

/**
 * Changes the store committed while the index did not follow (the process died between the two
 * commits, or the index was held elsewhere) are caught up at the next open by replaying the
 * provenance records after the head the index's last commit names, without a rebuild.
 */
class ProvenanceCatchUpTest {

	@TempDir
	Path dir;

	private final SqliteProjectStore store = new SqliteProjectStore();

	private static StatementId add(Project project, String text) throws Exception {
		return project.add(new NewStatement("/tmp/" + text.hashCode() + ".txt", text.getBytes(UTF_8), Optional.empty(),
				text, "UTF-8", "valid-utf8")).statement().id();
	}

	private static long count(LuceneProjectIndex index, Query query) throws IOException {
		SearcherManager searchers = index.searchers();
		IndexSearcher searcher = searchers.acquire();
		try {
			return searcher.count(query);
		} finally {
			searchers.release(searcher);
		}
	}

	private static Query tag(String word) {
		return new TermQuery(new Term(IndexFields.TAG, word));
	}

	private static final Query EXCERPTS = new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_EXCERPT));

	@Test
	void tagsExcerptsAndEditsMadeWithoutTheIndexAreReplayedAtOpen() throws Exception {
		OpenProjectIndexes indexes = new OpenProjectIndexes();
		store.addListener(indexes);
		StatementId first;
		StatementId second;
		try (Project project = store.create(dir.resolve("p"))) {
			first = add(project, "The first statement, about Khojaly.");
			second = add(project, "The second statement, about Baku.");
			project.tag(first.toString(), "kept");
		}
		// the project closed: the index committed with the log's head at that moment
		store.removeListener(indexes);
		Excerpt excerpt;
		try (Project project = store.open(dir.resolve("p"))) {
			// the store commits, the index never hears of it: what a process killed in between leaves
			project.tag(second.toString(), "disputed");
			project.untag(first.toString(), "kept");
			excerpt = project.addExcerpt(first, 4, 9, Optional.of("note"));
			project.tag(excerpt.id().toString(), "quote");
			add(project, "A third statement, about Shusha.");
			project.editMetadata(second, "publisher", Optional.of("Example Gazette"));
		}
		try (Project project = store.open(dir.resolve("p"));
				LuceneProjectIndex index = LuceneProjectIndex.open(project.indexDirectory())) {
			assertEquals(1, count(index, tag("kept")), "before: the index is behind");
			assertEquals(Freshness.CAUGHT_UP, index.bringUpToDate(project, RebuildProgress.NONE));
			assertEquals(0, count(index, tag("kept")), "untag replayed");
			assertEquals(1, count(index, tag("disputed")), "tag replayed");
			assertEquals(1, count(index, EXCERPTS), "excerpt replayed");
			assertEquals(1, count(index, tag("quote")), "the excerpt's tag replayed");
			assertEquals(1, count(index, new TermQuery(new Term(IndexFields.PUBLISHER, "gazette"))), "edit replayed");
			assertEquals(3, index.statementCount(), "the added statement too");
			assertEquals(Freshness.CURRENT, index.bringUpToDate(project, RebuildProgress.NONE));
		}
		try (Project project = store.open(dir.resolve("p"));
				LuceneProjectIndex index = LuceneProjectIndex.open(project.indexDirectory())) {
			assertEquals(Freshness.CURRENT, index.bringUpToDate(project, RebuildProgress.NONE), "and it was committed");
		}
	}

	@Test
	void anIndexClaimingALogHeadBeyondTheStoresIsRebuilt() throws Exception {
		try (Project project = store.create(dir.resolve("p"))) {
			add(project, "A statement about Khojaly.");
			project.tag("S1", "kept");
			try (LuceneProjectIndex index = LuceneProjectIndex.open(project.indexDirectory())) {
				assertEquals(Freshness.REBUILT, index.bringUpToDate(project, RebuildProgress.NONE));
			}
			// an index of another copy of the project, further along than this one
			try (FSDirectory directory = FSDirectory.open(project.indexDirectory());
					IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
				Map<String, String> data = new HashMap<>();
				writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
				data.put(LuceneProjectIndex.PROVENANCE_KEY, "999999");
				writer.setLiveCommitData(data.entrySet());
				writer.commit();
			}
			try (LuceneProjectIndex index = LuceneProjectIndex.open(project.indexDirectory())) {
				assertEquals(Freshness.REBUILT, index.bringUpToDate(project, RebuildProgress.NONE));
				assertEquals(1, count(index, tag("kept")));
			}
		}
	}
}
