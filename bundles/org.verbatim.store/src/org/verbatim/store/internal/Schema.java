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
					CREATE INDEX statements_by_original ON statements (original_sha256)"""),
			SchemaMigration.ofSql("offset maps, removals, metadata with evidence, retrievals", """
					CREATE TABLE statement_offsets (
						statement_id INTEGER PRIMARY KEY REFERENCES statements (id),
						runs BLOB NOT NULL
					)""", """
					CREATE TABLE removals (
						statement_id INTEGER NOT NULL REFERENCES statements (id),
						ordinal INTEGER NOT NULL,
						original_start INTEGER NOT NULL,
						original_end INTEGER NOT NULL,
						rule TEXT NOT NULL,
						text TEXT NOT NULL,
						PRIMARY KEY (statement_id, ordinal)
					) WITHOUT ROWID""", """
					CREATE TABLE metadata_values (
						statement_id INTEGER NOT NULL REFERENCES statements (id),
						field TEXT NOT NULL,
						ordinal INTEGER NOT NULL,
						value TEXT NOT NULL,
						detail1 TEXT,
						detail2 TEXT,
						rule TEXT NOT NULL,
						quote TEXT NOT NULL,
						clean_start INTEGER,
						clean_end INTEGER,
						PRIMARY KEY (statement_id, field, ordinal)
					) WITHOUT ROWID""", """
					CREATE TABLE retrievals (
						id INTEGER PRIMARY KEY AUTOINCREMENT,
						original_sha256 TEXT NOT NULL REFERENCES originals (sha256),
						source TEXT NOT NULL,
						retrieved_at TEXT NOT NULL,
						final_location TEXT,
						http_status INTEGER,
						http_headers TEXT NOT NULL DEFAULT ''
					)""", """
					CREATE INDEX retrievals_by_original ON retrievals (original_sha256)""",
					// what version 1 knew: each statement's import was a retrieval, its title a guessed headline
					"""
					INSERT INTO retrievals (original_sha256, source, retrieved_at)
					SELECT original_sha256, source, imported_at FROM statements ORDER BY id""", """
					INSERT INTO metadata_values (statement_id, field, ordinal, value, rule, quote)
					SELECT id, 'title', 0, title, 'headline-guess', title FROM statements WHERE title IS NOT NULL"""),
			SchemaMigration.ofSql("near-duplicate signatures and groups", """
					CREATE TABLE near_duplicates (
						statement_id INTEGER PRIMARY KEY REFERENCES statements (id),
						scheme TEXT NOT NULL,
						signature BLOB NOT NULL,
						canonical_id INTEGER REFERENCES statements (id)
					)""", """
					CREATE INDEX near_duplicates_by_canonical ON near_duplicates (canonical_id)"""),
			SchemaMigration.ofSql("search aliases and saved searches", """
					CREATE TABLE search_aliases (
						group_id INTEGER NOT NULL,
						ordinal INTEGER NOT NULL,
						spelling TEXT NOT NULL,
						added_at TEXT NOT NULL,
						PRIMARY KEY (group_id, ordinal)
					) WITHOUT ROWID""", """
					CREATE TABLE saved_searches (
						name TEXT PRIMARY KEY,
						query TEXT NOT NULL,
						saved_at TEXT NOT NULL
					) WITHOUT ROWID"""),
			// a failure names its original only once the bytes are archived, so that no original is lost
			SchemaMigration.ofSql("failed imports with their kept originals", """
					CREATE TABLE failed_imports (
						id INTEGER PRIMARY KEY AUTOINCREMENT,
						source TEXT NOT NULL,
						original_sha256 TEXT REFERENCES originals (sha256),
						original_size INTEGER,
						reason TEXT NOT NULL,
						failed_at TEXT NOT NULL,
						CHECK ((original_sha256 IS NULL) = (original_size IS NULL))
					)""", """
					CREATE INDEX failed_imports_by_source ON failed_imports (source)"""),
			// the log protects itself by its hash chain; the triggers stop Verbatim's own code from
			// ever changing or removing a record by mistake
			SchemaMigration.ofSql("hash-chained provenance log", """
					CREATE TABLE prov_records (
						seq INTEGER PRIMARY KEY CHECK (seq >= 1),
						record TEXT NOT NULL,
						previous_hash TEXT NOT NULL CHECK (length(previous_hash) = 64),
						hash TEXT NOT NULL CHECK (length(hash) = 64)
					)""", """
					CREATE TABLE prov_mentions (
						entity TEXT NOT NULL,
						seq INTEGER NOT NULL REFERENCES prov_records (seq),
						PRIMARY KEY (entity, seq)
					) WITHOUT ROWID""", """
					CREATE TRIGGER prov_records_no_update BEFORE UPDATE ON prov_records
					BEGIN SELECT RAISE(ABORT, 'provenance records are append-only'); END""", """
					CREATE TRIGGER prov_records_no_delete BEFORE DELETE ON prov_records
					BEGIN SELECT RAISE(ABORT, 'provenance records are append-only'); END"""),
			// a new import from a source imported before is a revision of the statement from it
			SchemaMigration.ofSql("statements by source", """
					CREATE INDEX statements_by_source ON statements (source, id)"""),
			// analyst changes: each row names the provenance record of its change; undoing adds a
			// change and marks the undone one, it never removes rows
			SchemaMigration.ofSql("excerpts, tags, analyst edits and their undo", """
					CREATE TABLE excerpts (
						id INTEGER PRIMARY KEY AUTOINCREMENT,
						statement_id INTEGER NOT NULL REFERENCES statements (id),
						clean_start INTEGER NOT NULL CHECK (clean_start >= 0),
						clean_end INTEGER NOT NULL,
						quote TEXT NOT NULL,
						prefix TEXT NOT NULL,
						suffix TEXT NOT NULL,
						original_start INTEGER NOT NULL CHECK (original_start >= 0),
						original_end INTEGER NOT NULL,
						note TEXT,
						created_at TEXT NOT NULL,
						withdrawn_by INTEGER REFERENCES prov_records (seq),
						CHECK (clean_end > clean_start AND original_end >= original_start)
					)""", """
					CREATE INDEX excerpts_by_statement ON excerpts (statement_id)""", """
					CREATE TABLE tags (
						target TEXT NOT NULL,
						tag TEXT NOT NULL,
						tagged_at TEXT NOT NULL,
						PRIMARY KEY (target, tag)
					) WITHOUT ROWID""", """
					CREATE INDEX tags_by_tag ON tags (tag)""", """
					ALTER TABLE statements ADD COLUMN version INTEGER NOT NULL DEFAULT 1""", """
					CREATE TABLE analyst_changes (
						seq INTEGER PRIMARY KEY REFERENCES prov_records (seq),
						change TEXT NOT NULL,
						target TEXT NOT NULL,
						detail TEXT,
						description TEXT NOT NULL,
						changed_at TEXT NOT NULL,
						undone_by INTEGER REFERENCES prov_records (seq)
					)""", """
					CREATE TABLE metadata_history (
						seq INTEGER NOT NULL REFERENCES prov_records (seq),
						field TEXT NOT NULL,
						ordinal INTEGER NOT NULL,
						value TEXT NOT NULL,
						detail1 TEXT,
						detail2 TEXT,
						rule TEXT NOT NULL,
						quote TEXT NOT NULL,
						clean_start INTEGER,
						clean_end INTEGER,
						PRIMARY KEY (seq, field, ordinal)
					) WITHOUT ROWID"""),
			// keep this step last: it writes records with the code of today, after every table exists
			ImportRecordBackfill.step());

	/** The tables every supported version has; a file without them is not a usable project. */
	static final List<String> REQUIRED_TABLES = List.of("project", "originals", "statements");

	private Schema() {
	}
}
