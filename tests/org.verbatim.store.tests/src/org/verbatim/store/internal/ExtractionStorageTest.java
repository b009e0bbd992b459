package org.verbatim.store.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verbatim.store.internal.StoreFixtures.execute;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.EventReference;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.NearDuplicateGroup;
import org.verbatim.core.NewStatement;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Removal;
import org.verbatim.core.Retrieval;
import org.verbatim.core.Speaker;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

/** A statement's offset map, removals, metadata with evidence and retrievals come back as they went in. */
class ExtractionStorageTest {

	private static final String ORIGINAL = "Share this!\nRabat: 22/02/2019\nThe Director General &amp; staff  condemned it.\n";

	@TempDir
	Path temp;

	private final SqliteProjectStore store = new SqliteProjectStore();

	/** The cleaner's result on {@link #ORIGINAL}: furniture dropped, entity and double space replaced. */
	private static NewStatement cleaned(Optional<Retrieval> retrieval) {
		OffsetMap.Builder offsets = new OffsetMap.Builder();
		StringBuilder clean = new StringBuilder();
		clean.append("Rabat: 22/02/2019\nThe Director General ");
		offsets.copy(12, clean.length());
		clean.append('&');
		offsets.replace(1, 51, 56);
		clean.append(" staff");
		offsets.copy(56, 6);
		clean.append(' ');
		offsets.replace(1, 62, 64);
		clean.append("condemned it.");
		offsets.copy(64, 13);
		Evidence dateline = new Evidence("dateline", "Rabat: 22/02/2019", Optional.of(new OffsetMap.Span(0, 17)));
		StatementMetadata metadata = new StatementMetadata(Optional.empty(),
				Optional.of(new Evidenced<>(LocalDate.of(2019, 2, 22), dateline)), Optional.empty(),
				Optional.of(new Evidenced<>("Rabat", dateline)),
				List.of(new Speaker("Abdulaziz Othman Altwaijri", Optional.of("Director General"), Optional.empty(),
						new Evidence("role-of-organisation", "The Director General", Optional.of(new OffsetMap.Span(18, 38))))),
				Optional.of(new Evidenced<>("ISESCO", new Evidence("site-name", "ISESCO", Optional.empty()))),
				Optional.of(new Evidenced<>("en", new Evidence("stop-words", "the", Optional.empty()))),
				List.of(new EventReference("Khojaly massacre", Optional.of(LocalDate.of(1992, 2, 26)), Optional.empty(),
						new Evidence("named-event", "Khojaly", Optional.empty()))),
				Optional.of(new Evidence("machine-translation-notice", "You are using Google Translate", Optional.empty())));
		return new NewStatement("https://example.org/a", ORIGINAL.getBytes(UTF_8), Optional.of("A title"), clean.toString(),
				"UTF-8", "http-header", offsets.build(),
				List.of(new Removal(0, 12, "share-widget", "Share this!\n")), metadata, retrieval);
	}

	@Test
	void offsetsRemovalsMetadataAndRetrievalRoundTrip() throws StoreException {
		Retrieval fetch = new Retrieval("https://example.org/a", Instant.parse("2026-11-25T10:00:00Z"),
				Optional.of("https://example.org/a?final"), OptionalInt.of(200),
				List.of("content-type: text/html; charset=utf-8", "server: test"));
		NewStatement statement = cleaned(Optional.of(fetch));
		Path dir = temp.resolve("p");
		try (Project project = store.create(dir)) {
			project.add(statement);
		}
		try (Project project = store.open(dir)) {
			Statement s = project.statements().get(0);
			assertEquals(statement.text(), s.text());
			OffsetMap offsets = project.offsets(s.id());
			assertEquals(statement.offsets().runs(), offsets.runs());
			assertEquals(new OffsetMap.Span(51, 56), offsets.toOriginal(39, 40), "'&' came from '&amp;'");
			assertEquals(statement.removals(), project.removals(s.id()));
			assertEquals(statement.metadata(), project.metadata(s.id()));
			assertEquals(List.of(fetch), project.retrievals(s.original()));
		}
	}

	@Test
	void theSameBytesAgainAddNoStatementButAnotherRetrieval() throws StoreException {
		Path dir = temp.resolve("p");
		try (Project project = store.create(dir)) {
			Statement first = project.add(cleaned(Optional.empty())).statement();
			Project.AddResult again = project.add(cleaned(Optional.empty()));
			assertTrue(again.duplicate());
			assertEquals(1, project.statements().size());
			List<Retrieval> retrievals = project.retrievals(first.original());
			assertEquals(2, retrievals.size());
			assertEquals("https://example.org/a", retrievals.get(1).source());
			assertTrue(retrievals.get(1).httpStatus().isEmpty(), "a file read has no HTTP status");
		}
	}

	@Test
	void aDamagedOffsetMapIsReportedNotReturned() throws Exception {
		Path dir = temp.resolve("p");
		store.create(dir).close();
		try (Project project = store.open(dir)) {
			project.add(cleaned(Optional.empty()));
		}
		execute(dir.resolve("verbatim.db"), "UPDATE statement_offsets SET runs = x'01ff'");
		try (Project project = store.open(dir)) {
			Statement s = project.statements().get(0);
			StoreException e = assertThrows(StoreException.class, () -> project.offsets(s.id()));
			assertTrue(e.getMessage().contains("is damaged (the offset map of S1 is unreadable)"), e.getMessage());
		}
	}

	@Test
	void nearDuplicateSignaturesAndGroupsRoundTrip() throws StoreException {
		Path dir = temp.resolve("p");
		try (Project project = store.create(dir)) {
			Statement a = project.add(StoreFixtures.statement("/a.txt", "first")).statement();
			Statement b = project.add(StoreFixtures.statement("/b.txt", "second")).statement();
			Statement c = project.add(StoreFixtures.statement("/c.txt", "third")).statement();
			project.recordNearDuplicates(a.id(), "scheme-1", new int[] { 1, -2, 3 }, Optional.empty());
			project.recordNearDuplicates(b.id(), "scheme-1", new int[] { 4, 5, Integer.MIN_VALUE }, Optional.empty());
			NearDuplicateGroup group = new NearDuplicateGroup(a.id(), List.of(a.id(), c.id()));
			project.recordNearDuplicates(c.id(), "scheme-1", new int[] { 7, 8, 9 }, Optional.of(group));
			project.recordNearDuplicates(b.id(), "scheme-2", new int[] { 6 }, Optional.empty());

			assertEquals(Optional.of(group), project.nearDuplicates(c.id()));
			assertEquals(Optional.of(group), project.nearDuplicates(a.id()));
			assertEquals(Optional.empty(), project.nearDuplicates(b.id()));
			Map<StatementId, int[]> signatures = project.nearDuplicateSignatures("scheme-1");
			assertEquals(List.of(a.id(), c.id()), List.copyOf(signatures.keySet()), "b was signed again with another scheme");
			assertArrayEquals(new int[] { 1, -2, 3 }, signatures.get(a.id()));
			assertArrayEquals(new int[] { 6 }, project.nearDuplicateSignatures("scheme-2").get(b.id()));
		}
	}

	@Test
	void anOffsetMapThatDoesNotFitTheTextIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> new NewStatement("/x", new byte[] { 'a', 'b' },
				Optional.empty(), "ab", "UTF-8", "valid-utf8", OffsetMap.identity(1), List.of(), StatementMetadata.empty(),
				Optional.empty()));
	}
}
