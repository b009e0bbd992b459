package org.verbatim.search.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.EventReference;
import org.verbatim.core.NewStatement;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.index.IndexException;
import org.verbatim.index.internal.OpenProjectIndexes;
import org.verbatim.search.SearchException;
import org.verbatim.search.SearchHit;
import org.verbatim.search.SearchRequest;
import org.verbatim.store.internal.SqliteProjectStore;

/**
 * A real project (SQLite store in a temporary folder) wired as in the application: the index
 * registry listens to the store, the search service searches it. Statements are made on the fly.
 */
final class SearchFixture implements AutoCloseable {

	final SqliteProjectStore store = new SqliteProjectStore();
	final OpenProjectIndexes indexes = new OpenProjectIndexes();
	final LuceneSearchService search = new LuceneSearchService(indexes);
	final Project project;
	private int counter;

	SearchFixture(Path dir) throws StoreException {
		store.addListener(indexes);
		project = store.create(dir.resolve("project"));
	}

	/** Adds a statement with only a text (and its first line as title). */
	StatementId add(String text) throws StoreException {
		return add(text, Optional.empty(), Optional.empty(), List.of());
	}

	/** Adds a statement with an issue date, a publisher and speakers ("Name|Organisation"). */
	StatementId add(String text, Optional<LocalDate> issued, Optional<String> publisher, List<String> speakers)
			throws StoreException {
		return add("/tmp/statement-" + (++counter) + ".txt", text, issued, publisher, speakers, List.of());
	}

	StatementId add(String source, String text, Optional<LocalDate> issued, Optional<String> publisher,
			List<String> speakers, List<String> events) throws StoreException {
		Evidence evidence = new Evidence("test", "made on the fly", Optional.empty());
		List<Speaker> speakerList = new ArrayList<>();
		for (String s : speakers) {
			String[] parts = s.split("\\|");
			speakerList.add(new Speaker(parts[0], Optional.empty(),
					parts.length > 1 ? Optional.of(parts[1]) : Optional.empty(), evidence));
		}
		List<EventReference> eventList = events.stream()
				.map(e -> new EventReference(e, Optional.empty(), Optional.empty(), evidence)).toList();
		StatementMetadata metadata = new StatementMetadata(Optional.empty(),
				issued.map(d -> new Evidenced<>(d, evidence)), Optional.empty(), Optional.empty(), speakerList,
				publisher.map(p -> new Evidenced<>(p, evidence)), Optional.of(new Evidenced<>("en", evidence)), eventList,
				Optional.empty());
		String title = text.lines().findFirst().orElse(text);
		NewStatement statement = new NewStatement(source, (source + "\n" + text).getBytes(UTF_8), Optional.of(title),
				text, "UTF-8", "valid-utf8", OffsetMap.identity(text.length()), List.of(), metadata, Optional.empty());
		return project.add(statement).statement().id();
	}

	/** The ids the query finds, best first. */
	List<String> ids(String query) throws SearchException {
		return ids(SearchRequest.of(query).withLimit(100));
	}

	List<String> ids(SearchRequest request) throws SearchException {
		return search.search(project, request).hits().stream().map(SearchHit::id).map(StatementId::toString).toList();
	}

	@Override
	public void close() throws StoreException, IndexException {
		project.close();
	}
}
