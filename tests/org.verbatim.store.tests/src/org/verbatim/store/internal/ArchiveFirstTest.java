package org.verbatim.store.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verbatim.store.internal.StoreFixtures.queryLong;
import static org.verbatim.store.internal.StoreFixtures.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.FailedImport;
import org.verbatim.core.NewStatement;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Sha256;
import org.verbatim.core.Statement;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

/** Originals archived before anything else, and failed imports kept with them. */
class ArchiveFirstTest {

	private static final Instant NOW = Instant.parse("2026-11-25T10:00:00.250Z");

	/** Not text in any encoding: what a download saved under a wrong name looks like. */
	private static final byte[] BINARY = { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff, (byte) 0xfe, 0, 1 };

	@TempDir
	Path temp;

	private final SqliteProjectStore store = new SqliteProjectStore(Schema.MIGRATIONS,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void archivedBytesAreOnDiskUnderTheirHashBeforeAnyRowNamesThem() throws Exception {
		Path dir = temp.resolve("p");
		try (Project project = store.create(dir)) {
			OriginalRef ref = project.archive(BINARY);
			assertEquals(new OriginalRef(Sha256.hex(BINARY), BINARY.length), ref);
			Path blob = dir.resolve("originals").resolve(ref.sha256().substring(0, 2)).resolve(ref.sha256());
			assertArrayEquals(BINARY, Files.readAllBytes(blob));
			assertArrayEquals(BINARY, project.readOriginal(ref));
			assertEquals(0, queryLong(dir.resolve("verbatim.db"), "SELECT count(*) FROM originals"));
			assertEquals(List.of(), project.statements());
			assertEquals(List.of(), project.failedImports());
		}
	}

	@Test
	void theSameBytesArchivedAgainOrFromSeveralThreadsLeaveOneFileAndNoTemporaries() throws Exception {
		Path dir = temp.resolve("p");
		byte[] bytes = "Statement of the Ministry on the anniversary".getBytes(UTF_8);
		try (Project project = store.create(dir)) {
			OriginalRef first = project.archive(bytes);
			ExecutorService threads = Executors.newFixedThreadPool(4);
			try {
				List<Future<OriginalRef>> again = new ArrayList<>();
				for (int i = 0; i < 16; i++) {
					again.add(threads.submit(() -> project.archive(bytes)));
				}
				for (Future<OriginalRef> each : again) {
					assertEquals(first, each.get());
				}
			} finally {
				threads.shutdown();
			}
			assertArrayEquals(bytes, project.readOriginal(first));
		}
		try (Stream<Path> files = Files.walk(dir.resolve("originals"))) {
			assertEquals(List.of(first(bytes)), files.filter(Files::isRegularFile)
					.map(p -> p.getFileName().toString()).toList());
		}
	}

	@Test
	void addAfterArchiveRefersToTheArchivedOriginalWithoutWritingItAgain() throws Exception {
		Path dir = temp.resolve("p");
		String text = "We remember the victims.";
		byte[] bytes = text.getBytes(UTF_8);
		try (Project project = store.create(dir)) {
			OriginalRef ref = project.archive(bytes);
			var before = snapshot(dir.resolve("originals"));
			Statement added = project
					.add(new NewStatement("/in/a.txt", bytes, Optional.empty(), text, "UTF-8", "valid-utf8")).statement();
			assertEquals(ref, added.original());
			assertEquals(before, snapshot(dir.resolve("originals")));
			assertEquals(1, queryLong(dir.resolve("verbatim.db"), "SELECT count(*) FROM originals"));
		}
	}

	@Test
	void addAloneStillArchivesTheOriginalFirst() throws Exception {
		Path dir = temp.resolve("p");
		try (Project project = store.create(dir)) {
			Statement added = project.add(StoreFixtures.statement("/in/b.txt", "Added without archive()")).statement();
			assertArrayEquals("Added without archive()".getBytes(UTF_8), project.readOriginal(added.original()));
		}
	}

	@Test
	void aFailureKeepsItsOriginalAndReasonAcrossReopen() throws Exception {
		Path dir = temp.resolve("p");
		FailedImport withBytes;
		FailedImport withoutBytes;
		try (Project project = store.create(dir)) {
			OriginalRef ref = project.archive(BINARY);
			withBytes = project.recordFailure("/in/photo.html", Optional.of(ref),
					"is not text (binary content: 3 NUL bytes in the first 12)");
			withoutBytes = project.recordFailure("https://example.org/gone", Optional.empty(),
					"the host example.org is unknown (no such domain name); check the address");
		}
		try (Project project = store.open(dir)) {
			assertEquals(List.of(withBytes, withoutBytes), project.failedImports());
			FailedImport kept = project.failedImports().get(0);
			assertEquals(1, kept.number());
			assertEquals(NOW, kept.failedAt());
			assertArrayEquals(BINARY, project.readOriginal(kept.original().orElseThrow()));
			assertEquals(Optional.empty(), project.failedImports().get(1).original());
			assertEquals(List.of(), project.statements());
		}
		assertEquals(1, queryLong(dir.resolve("verbatim.db"), "SELECT count(*) FROM originals"));
	}

	@Test
	void aFailureNamingBytesNotInTheArchiveIsRefusedAndRecordsNothing() throws Exception {
		Path dir = temp.resolve("p");
		try (Project project = store.create(dir)) {
			OriginalRef never = OriginalRef.of("never archived".getBytes(UTF_8));
			StoreException refused = assertThrows(StoreException.class,
					() -> project.recordFailure("/in/x.html", Optional.of(never), "is empty"));
			assertTrue(refused.getMessage().contains("/in/x.html"), refused.getMessage());
			assertEquals(List.of(), project.failedImports());
		}
		assertEquals(0, queryLong(dir.resolve("verbatim.db"), "SELECT count(*) FROM originals"));
	}

	@Test
	void aSourceThatLaterImportsKeepsItsFailureInTheHistory() throws Exception {
		Path dir = temp.resolve("p");
		try (Project project = store.create(dir)) {
			OriginalRef broken = project.archive(BINARY);
			project.recordFailure("/in/page.html", Optional.of(broken), "is not text");
			Statement fixed = project.add(StoreFixtures.statement("/in/page.html", "Now a real page")).statement();
			assertEquals(1, project.statements().size());
			assertEquals(List.of("/in/page.html"), project.failedImports().stream().map(FailedImport::source).toList());
			assertFalse(project.failedImports().get(0).original().equals(Optional.of(fixed.original())));
		}
	}

	private static String first(byte[] bytes) {
		return Sha256.hex(bytes);
	}
}
