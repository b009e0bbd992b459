package org.verbatim.store.internal;

import java.util.List;

/**
 * The project database schema as an ordered list of migrations. Version {@code N} is what the
 * first {@code N} steps build; {@code PRAGMA user_version} records the version of a file. Steps are
 * only ever appended: a released step is never changed, because projects written with it exist.
 */
final class Schema {

	/** Marks a SQLite file as a Verbatim project database ({@code PRAGMA application_id}): "VRBT". */
	static final int APPLICATION_ID = 0x56524254;

	/** The steps this version of Verbatim knows, in order. */
	static final List<SchemaMigration> MIGRATIONS = List.of(
			SchemaMigration.ofSql("project, originals and statements", """
					CREATE TABLE project (
						id INTEGER PRIMARY KEY CHECK (id = 1),
						name TEXT NOT NULL,
						created_at TEXT NOT NULL,
						created_by TEXT NOT NULL
					)""", """
					CREATE TABLE originals (
						sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
						size INTEGER NOT NULL CHECK (size >= 0),
						archived_at TEXT NOT NULL
					) WITHOUT ROWID""", """
					CREATE TABLE statements (
						id INTEGER PRIMARY KEY AUTOINCREMENT,
						title TEXT,
						text TEXT NOT NULL,
						source TEXT NOT NULL,
						original_sha256 TEXT NOT NULL REFERENCES originals (sha256),
						original_size INTEGER NOT NULL,
						charset TEXT NOT NULL,
						charset_rule TEXT NOT NULL,
						imported_at TEXT NOT NULL
					)""", """
					CREATE INDEX statements_by_original ON statements (original_sha256)"""));

	/** The tables every supported version has; a file without them is not a usable project. */
	static final List<String> REQUIRED_TABLES = List.of("project", "originals", "statements");

	private Schema() {
	}
}
