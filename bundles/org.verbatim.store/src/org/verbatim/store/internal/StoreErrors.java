package org.verbatim.store.internal;

import java.nio.file.Path;
import java.sql.SQLException;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.verbatim.core.store.StoreException;

/**
 * Turns SQLite and file-system failures into the one-sentence messages analysts read. The
 * original exception stays attached as the cause, for the log.
 */
final class StoreErrors {

	private static final int SQLITE_PERM = 3;
	private static final int SQLITE_BUSY = 5;
	private static final int SQLITE_LOCKED = 6;
	private static final int SQLITE_READONLY = 8;
	private static final int SQLITE_IOERR = 10;
	private static final int SQLITE_CORRUPT = 11;
	private static final int SQLITE_FULL = 13;
	private static final int SQLITE_CANTOPEN = 14;
	private static final int SQLITE_NOTADB = 26;

	private StoreErrors() {
	}

	/** The database file is not what Verbatim wrote; nothing may be changed. */
	static StoreException damaged(Path database, String reason) {
		return damaged(database, reason, null);
	}

	static StoreException damaged(Path database, String reason, Throwable cause) {
		return new StoreException(database + " is damaged (" + reason
				+ "): restore the project folder from a backup; Verbatim has not changed it", cause);
	}

	/** The project was written by a later schema than this code knows. */
	static StoreException newer(Path directory, int version, int supported) {
		return new StoreException(directory + " was written by a newer version of Verbatim (schema " + version
				+ "; this version reads up to " + supported + "): upgrade Verbatim to open it");
	}

	/**
	 * A failed SQL operation on {@code database}; {@code doing} completes "Could not ..." (for
	 * example "add the statement from /a/b.txt").
	 */
	static StoreException fromSql(Path database, String doing, SQLException e) {
		int code = primaryCode(e);
		String detail = sqliteDetail(e);
		return switch (code) {
		case SQLITE_CORRUPT, SQLITE_NOTADB -> damaged(database, "SQLite reports: " + detail, e);
		case SQLITE_BUSY, SQLITE_LOCKED -> new StoreException("Could not " + doing + ": " + database
				+ " is in use by another program; try again when it has finished", e);
		case SQLITE_FULL -> new StoreException(
				"Could not " + doing + ": the disk holding " + database + " is full; free some space and try again",
				e);
		case SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN -> new StoreException("Could not " + doing + ": "
				+ database + " cannot be written (" + detail + "); check the permissions of the project folder", e);
		case SQLITE_IOERR -> new StoreException("Could not " + doing + ": " + database
				+ " could not be read or written (" + detail + "); check the disk, then try again", e);
		default -> new StoreException("Could not " + doing + " in " + database + " (" + e.getMessage() + ")", e);
		};
	}

	private static int primaryCode(SQLException e) {
		if (e instanceof SQLiteException sqlite) {
			return sqlite.getResultCode().code & 0xff;
		}
		return e.getErrorCode() & 0xff;
	}

	private static String sqliteDetail(SQLException e) {
		if (e instanceof SQLiteException sqlite && sqlite.getResultCode() != SQLiteErrorCode.UNKNOWN_ERROR) {
			String message = sqlite.getResultCode().message;
			return Character.toLowerCase(message.charAt(0)) + message.substring(1);
		}
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}
}
