package org.verbatim.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.verbatim.core.IoFailures;
import org.verbatim.core.store.StoreException;

/**
 * The first 100 bytes of a project database, read with plain file I/O before SQLite sees the file.
 * This recognises garbage, truncated files, other programs' databases and newer schemas without
 * opening the file for writing, so a damaged project is reported and left exactly as it was.
 *
 * @param userVersion   the schema version ({@code PRAGMA user_version})
 * @param applicationId the owner mark ({@code PRAGMA application_id})
 * @see <a href="https://www.sqlite.org/fileformat2.html#the_database_header">SQLite file format</a>
 */
record DatabaseHeader(int userVersion, int applicationId) {

	static final int LENGTH = 100;

	private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

	/**
	 * Reads and checks the header of {@code database}.
	 *
	 * @throws StoreException "damaged" when the file cannot be a Verbatim database
	 */
	static DatabaseHeader check(Path database) throws StoreException {
		try {
			return read(database);
		} catch (Truncated first) {
			// should a checkpoint still have been caught writing the file: a file truly truncated stays so
			try {
				Thread.sleep(RECHECK_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw first.damaged;
			}
			try {
				return read(database);
			} catch (Truncated again) {
				throw again.damaged;
			}
		}
	}

	/** Waited before the file is looked at again when it seemed shorter than its header says. */
	private static final long RECHECK_MILLIS = 200;

	/** A file shorter than its header says, once: {@link #damaged} unless a second look finds it whole. */
	private static final class Truncated extends Exception {

		private static final long serialVersionUID = 1L;

		final transient StoreException damaged;

		Truncated(StoreException damaged) {
			super(damaged.getMessage(), null, false, false);
			this.damaged = damaged;
		}
	}

	private static DatabaseHeader read(Path database) throws StoreException, Truncated {
		// The write-ahead log is looked for first: another connection writing the log back into the
		// file (a checkpoint, as when its last connection closes) can update the header's page count
		// before it has written the last pages, and deletes the log after. Looked for last, the log of a
		// checkpoint that ended meanwhile was missed and the growing file taken for truncated.
		boolean walPending = Files.exists(database.resolveSibling(database.getFileName() + "-wal"));
		byte[] header;
		long fileSize;
		try (InputStream in = Files.newInputStream(database)) {
			header = in.readNBytes(LENGTH);
			fileSize = Files.size(database);
		} catch (IOException e) {
			throw new StoreException(database + " cannot be read (" + IoFailures.reason(e)
					+ "): check the permissions of the project folder", e);
		}
		if (header.length < LENGTH) {
			throw StoreErrors.damaged(database, header.length == 0 ? "the file is empty"
					: "the file is only " + header.length + " bytes long, too short for a database");
		}
		if (!Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
			throw StoreErrors.damaged(database, "it is not an SQLite database");
		}
		ByteBuffer fields = ByteBuffer.wrap(header);
		int pageSize = Short.toUnsignedInt(fields.getShort(16));
		if (pageSize == 1) {
			pageSize = 65536;
		}
		if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
			throw StoreErrors.damaged(database, "its header gives an impossible page size");
		}
		int applicationId = fields.getInt(68);
		if (applicationId != Schema.APPLICATION_ID) {
			throw StoreErrors.damaged(database, String.format(Locale.ROOT,
					"it is not a Verbatim database: its application id is 0x%08x", applicationId));
		}
		if (fileSize % pageSize != 0) {
			throw new Truncated(StoreErrors.damaged(database, "the file is truncated: " + fileSize
					+ " bytes is not a whole number of " + pageSize + "-byte pages"));
		}
		// The page count in the header is only valid when the change counter matches (SQLite ≥ 3.7).
		// While a write-ahead log exists, the database file may legitimately lag behind it.
		long pageCount = Integer.toUnsignedLong(fields.getInt(28));
		boolean pageCountValid = fields.getInt(24) == fields.getInt(92) && pageCount > 0;
		if (pageCountValid && !walPending && fileSize < pageCount * pageSize) {
			throw new Truncated(StoreErrors.damaged(database, "the file is truncated: it has "
					+ fileSize / pageSize + " of its " + pageCount + " pages"));
		}
		return new DatabaseHeader(fields.getInt(60), applicationId);
	}
}
