package org.verbatim.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verbatim.store.internal.StoreFixtures.execute;
import static org.verbatim.store.internal.StoreFixtures.snapshot;
import static org.verbatim.store.internal.StoreFixtures.statement;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

/**
 * A damaged database is reported in one sentence and left exactly as it was: no repair, no
 * rewrite, no new files.
 */
class DamagedProjectTest {

	private static final String ADVICE = ": restore the project folder from a backup; Verbatim has not changed it";

	@TempDir
	Path temp;

	private final SqliteProjectStore store = new SqliteProjectStore();

	private Path dir;

	private Path db;

	@BeforeEach
	void makeProjectWithSeveralPages() throws Exception {
		dir = temp.resolve("p");
		db = dir.resolve("verbatim.db");
		try (Project project = store.create(dir)) {
			for (int i = 0; i < 40; i++) {
				project.add(statement("/s" + i + ".txt", ("statement " + i + " ").repeat(200)));
			}
		}
	}

	@Test
	void garbageInsteadOfADatabase() throws Exception {
		byte[] garbage = new byte[8192];
		new Random(42).nextBytes(garbage);
		Files.write(db, garbage);
		assertDamaged("(it is not an SQLite database)");
	}

	@Test
	void textFileNamedLikeTheDatabase() throws Exception {
		Files.writeString(db, "On the occasion of the 29th anniversary of the Black January ...\n".repeat(20));
		assertDamaged("(it is not an SQLite database)");
	}

	@Test
	void emptyFile() throws Exception {
		Files.write(db, new byte[0]);
		assertDamaged("(the file is empty)");
	}

	@Test
	void fileCutInTheMiddleOfAPage() throws Exception {
		truncate(Files.size(db) / 2 + 17);
		assertDamaged("(the file is truncated: ");
	}

	@Test
	void fileCutAtAPageBoundary() throws Exception {
		int pageSize = pageSize();
		truncate((Files.size(db) / pageSize / 2) * pageSize);
		assertDamaged("(the file is truncated: it has ");
	}

	@Test
	void aFileWhoseLastPageArrivesWhileItIsCheckedOpens() throws Exception {
		// as when another connection's checkpoint has written the header's page count but not yet the last page
		byte[] whole = Files.readAllBytes(db);
		int pageSize = pageSize();
		truncate(whole.length - pageSize);
		Thread writer = new Thread(() -> {
			try {
				Thread.sleep(50);
				Files.write(db, whole);
			} catch (InterruptedException | IOException e) {
				throw new IllegalStateException(e);
			}
		});
		writer.start();
		try (Project project = store.open(dir)) {
			assertEquals(40, project.statements().size());
		} finally {
			writer.join();
		}
	}

	@Test
	void fileCutInsideTheHeader() throws Exception {
		truncate(60);
		assertDamaged("(the file is only 60 bytes long, too short for a database)");
	}

	@Test
	void flippedBytesInTheMagicString() throws Exception {
		flip(0, 1, 2);
		assertDamaged("(it is not an SQLite database)");
	}

	@Test
	void flippedBytesInThePageSize() throws Exception {
		flip(16, 17);
		assertDamaged("(its header gives an impossible page size)");
	}

	@Test
	void sqliteDatabaseOfAnotherProgram() throws Exception {
		Path other = temp.resolve("other.db");
		execute(other, "CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('x')");
		Files.copy(other, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		assertDamaged("(it is not a Verbatim database: its application id is 0x00000000)");
	}

	@Test
	void flippedBytesInTheApplicationId() throws Exception {
		flip(68, 71);
		assertDamaged("(it is not a Verbatim database: its application id is 0x");
	}

	@Test
	void overwrittenPagesFailOnOpenOrOnTheFirstRead() throws Exception {
		int pageSize = pageSize();
		long pages = Files.size(db) / pageSize;
		try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
			byte[] junk = new byte[pageSize];
			Arrays.fill(junk, (byte) 0xA5);
			for (long page = 1; page < pages; page++) {
				file.seek(page * pageSize);
				file.write(junk);
			}
		}
		TreeMap<String, String> before = snapshot(dir);
		StoreException e = assertThrows(StoreException.class, () -> {
			try (Project project = store.open(dir)) {
				project.statements();
			}
		});
		assertTrue(e.getMessage().startsWith(db + " is damaged (SQLite reports: "), e.getMessage());
		assertTrue(e.getMessage().endsWith(ADVICE), e.getMessage());
		assertNotNull(e.getCause());
		assertEquals(before, snapshot(dir));
	}

	private void assertDamaged(String reasonStart) throws IOException {
		TreeMap<String, String> before = snapshot(dir);
		StoreException e = assertThrows(StoreException.class, () -> store.open(dir));
		assertTrue(e.getMessage().startsWith(db + " is damaged " + reasonStart), e.getMessage());
		assertTrue(e.getMessage().endsWith(ADVICE), e.getMessage());
		assertEquals(1, e.getMessage().lines().count());
		assertEquals(before, snapshot(dir), "the damaged project must be left exactly as it was");
		// and a second attempt says the same: nothing was "repaired" in between
		assertEquals(e.getMessage(), assertThrows(StoreException.class, () -> store.open(dir)).getMessage());
	}

	private void truncate(long size) throws IOException {
		try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
			file.setLength(size);
		}
	}

	private void flip(int... offsets) throws IOException {
		try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
			for (int offset : offsets) {
				file.seek(offset);
				int b = file.read();
				file.seek(offset);
				file.write(~b);
			}
		}
	}

	private int pageSize() throws IOException {
		byte[] header = Arrays.copyOf(Files.readAllBytes(db), 100);
		int size = Short.toUnsignedInt(ByteBuffer.wrap(header).getShort(16));
		return size == 1 ? 65536 : size;
	}
}
