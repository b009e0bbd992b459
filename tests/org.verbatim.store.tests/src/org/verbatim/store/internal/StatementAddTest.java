package org.verbatim.store.internal;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verbatim.store.internal.StoreFixtures.execute;
import static org.verbatim.store.internal.StoreFixtures.queryLong;
import static org.verbatim.store.internal.StoreFixtures.statement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.NewStatement;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Sha256;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.Project.AddResult;
import org.verbatim.core.store.StoreException;

class StatementAddTest {

	private static final Instant NOW = Instant.parse("2026-02-26T09:30:15.123Z");

	@TempDir
	Path temp;

	private final SqliteProjectStore store = new SqliteProjectStore(Schema.MIGRATIONS,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void addedStatementsGetIdsFromS1AndComeBackExactlyAfterReopen() throws Exception {
		Path dir = temp.resolve("p");
		String text = "Line one\r\nLine two\n\u00a0Khojaly \u2013 Xocal\u0131\n";
		byte[] bytes = text.getBytes(UTF_16LE);
		NewStatement untitled = new NewStatement("/data/x.txt", bytes, Optional.empty(), text, "UTF-16LE",
				"byte-order-mark");
		try (Project project = store.create(dir)) {
			AddResult first = project.add(statement("/data/a.txt", "first"));
			AddResult second = project.add(untitled);
			assertFalse(first.duplicate());
			assertEquals(Optional.empty(), first.duplicateOf());
			assertEquals(new StatementId(1), first.statement().id());
			assertEquals(new StatementId(2), second.statement().id());
		}
		try (Project project = store.open(dir)) {
			List<Statement> all = project.statements();
			assertEquals(List.of("S1", "S2"), all.stream().map(s -> s.id().toString()).toList());
			Statement s2 = project.statement(new StatementId(2)).orElseThrow();
			assertEquals(all.get(1), s2);
			assertEquals(Optional.empty(), s2.title());
			assertEquals(text, s2.text());
			assertEquals("/data/x.txt", s2.source());
			assertEquals("x.txt", s2.label());
			assertEquals(OriginalRef.of(bytes), s2.original());
			assertEquals("UTF-16LE", s2.charset());
			assertEquals("byte-order-mark", s2.charsetRule());
			assertEquals(NOW, s2.importedAt());
			assertEquals(Optional.of("Title of /data/a.txt"), all.get(0).title());
			assertEquals(Optional.empty(), project.statement(new StatementId(3)));
		}
		assertEquals("2026-02-26T09:30:15.123Z",
				StoreFixtures.queryString(dir.resolve("verbatim.db"), "SELECT imported_at FROM statements WHERE id = 2"));
	}

	@Test
	void statementIdsAreTheStatementsIdsInOrder() throws Exception {
		try (Project project = store.create(temp.resolve("p"))) {
			assertEquals(List.of(), project.statementIds());
			project.add(statement("/a.txt", "first"));
			project.add(statement("/b.txt", "second"));
			project.add(statement("/a-again.txt", "first"));
			assertEquals(project.statements().stream().map(Statement::id).toList(), project.statementIds());
			assertEquals(List.of(new StatementId(1), new StatementId(2)), project.statementIds());
		}
	}

	@Test
	void sameBytesAgainAreADuplicateOfTheFirstAndAddNothing() throws Exception {
		Path dir = temp.resolve("p");
		try (Project project = store.create(dir)) {
			Statement first = project.add(statement("/a.txt", "same words")).statement();
			project.add(statement("/b.txt", "other words"));
			AddResult again = project.add(statement("/copy/of/a.txt", "same words"));
			assertTrue(again.duplicate());
			assertEquals(Optional.of(first), again.duplicateOf());
			assertEquals(first, again.statement());
			assertEquals(2, project.statements().size());
			assertEquals(Optional.of(first), project.statementWithOriginal(first.original().sha256()));
			assertEquals(Optional.empty(), project.statementWithOriginal(Sha256.hex(new byte[0])));
		}
		Path db = dir.resolve("verbatim.db");
		assertEquals(2, queryLong(db, "SELECT count(*) FROM originals"));
		assertEquals(2, queryLong(db, "SELECT count(*) FROM statements"));
	}

	@Test
	void originalIsArchivedByteForByteAtItsContentAddress() throws Exception {
		Path dir = temp.resolve("p");
		byte[] bytes = Files.readAllBytes(seedOrSample());
		try (Project project = store.create(dir)) {
			Statement s = project.add(new NewStatement("/seed.txt", bytes, Optional.empty(),
					new String(bytes, UTF_8), "UTF-8", "valid-utf8")).statement();
			String sha = Sha256.hex(bytes);
			assertEquals(new OriginalRef(sha, bytes.length), s.original());
			Path archived = dir.resolve("originals").resolve(sha.substring(0, 2)).resolve(sha);
			assertArrayEquals(bytes, Files.readAllBytes(archived));
			assertArrayEquals(bytes, project.readOriginal(s.original()));
			try (var entries = Files.list(archived.getParent())) {
				assertEquals(1, entries.count(), "no temporary files left next to the original");
			}
		}
	}

	@Test
	void readOriginalNoticesATamperedOrMissingOriginal() throws Exception {
		Path dir = temp.resolve("p");
		try (Project project = store.create(dir)) {
			OriginalRef ref = project.add(statement("/a.txt", "Rabat: 22/02/2019")).statement().original();
			Path archived = dir.resolve("originals").resolve(ref.sha256().substring(0, 2)).resolve(ref.sha256());
			Files.writeString(archived, "Rabat: 22/02/2018");
			StoreException damaged = assertThrows(StoreException.class, () -> project.readOriginal(ref));
			assertTrue(damaged.getMessage().startsWith("The archived original " + archived + " is damaged ("),
					damaged.getMessage());
			assertTrue(damaged.getMessage().endsWith("Verbatim has not changed it"), damaged.getMessage());
			assertEquals("Rabat: 22/02/2018", Files.readString(archived));
			Files.delete(archived);
			StoreException missing = assertThrows(StoreException.class, () -> project.readOriginal(ref));
			assertTrue(missing.getMessage().contains(archived + " is missing"), missing.getMessage());
		}
	}

	@Test
	void failureInTheMiddleOfAnAddLeavesNoPartialRow() throws Exception {
		Path dir = temp.resolve("p");
		Path db = dir.resolve("verbatim.db");
		store.create(dir).close();
		// the originals row is written first; the statement insert then fails inside the same transaction
		execute(db, "CREATE TRIGGER crash BEFORE INSERT ON statements BEGIN SELECT RAISE(ABORT, 'simulated crash'); END");
		try (Project project = store.open(dir)) {
			StoreException e = assertThrows(StoreException.class, () -> project.add(statement("/a.txt", "text")));
			assertTrue(e.getMessage().startsWith("Could not add the statement from /a.txt in " + db), e.getMessage());
			assertTrue(e.getCause() instanceof java.sql.SQLException);
			assertTrue(project.statements().isEmpty());
		}
		assertEquals(0, queryLong(db, "SELECT count(*) FROM originals"));
		assertEquals(0, queryLong(db, "SELECT count(*) FROM statements"));
		execute(db, "DROP TRIGGER crash");
		try (Project project = store.open(dir)) {
			AddResult retry = project.add(statement("/a.txt", "text"));
			assertFalse(retry.duplicate(), "the failed add left nothing to be a duplicate of");
			assertEquals(new StatementId(1), retry.statement().id());
			assertArrayEquals("text".getBytes(UTF_8), project.readOriginal(retry.statement().original()));
		}
	}

	@Test
	void aLeftoverOriginalWithWrongContentIsReplacedWhenItsBytesAreImported() throws Exception {
		Path dir = temp.resolve("p");
		byte[] bytes = "the real bytes".getBytes(UTF_8);
		String sha = Sha256.hex(bytes);
		try (Project project = store.create(dir)) {
			Path orphan = dir.resolve("originals").resolve(sha.substring(0, 2)).resolve(sha);
			Files.createDirectories(orphan.getParent());
			Files.writeString(orphan, "the real by");
			Statement s = project.add(statement("/a.txt", "the real bytes")).statement();
			assertArrayEquals(bytes, Files.readAllBytes(orphan));
			assertArrayEquals(bytes, project.readOriginal(s.original()));
		}
	}

	@Test
	void idsAreNotReusedAfterAFailedAdd() throws Exception {
		Path dir = temp.resolve("p");
		Path db = dir.resolve("verbatim.db");
		try (Project project = store.create(dir)) {
			project.add(statement("/a.txt", "a"));
		}
		execute(db, "CREATE TRIGGER crash BEFORE INSERT ON statements WHEN NEW.source = '/bad.txt' "
				+ "BEGIN SELECT RAISE(ABORT, 'simulated crash'); END");
		try (Project project = store.open(dir)) {
			assertThrows(StoreException.class, () -> project.add(statement("/bad.txt", "b")));
			assertEquals(new StatementId(2), project.add(statement("/c.txt", "c")).statement().id());
		}
	}

	/** A real scraped statement from shared/seeds when it is there, else a made-up one. */
	private Path seedOrSample() throws Exception {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path seed = dir.resolve("shared/seeds/001_b3496bafa948e7cd.txt");
			if (Files.isRegularFile(seed)) {
				return seed;
			}
		}
		return Files.write(temp.resolve("sample.txt"), "Rabat: 22/02/2019\n\u201cquoted\u201d\n".getBytes(UTF_8));
	}
}
