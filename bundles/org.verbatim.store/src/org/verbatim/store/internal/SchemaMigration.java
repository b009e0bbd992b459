package org.verbatim.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * One step of the project database schema, from version {@code N} to {@code N + 1}. The steps are
 * kept in an ordered list; a step's position in that list is its starting version.
 *
 * @param description what the step changes, for logs and tests
 * @param action      the change itself, run inside the transaction of the whole upgrade
 */
record SchemaMigration(String description, Action action) {

	/** A schema change; it must not commit, roll back or change pragmas that forbid transactions. */
	@FunctionalInterface
	interface Action {
		void apply(Connection connection) throws SQLException;
	}

	SchemaMigration {
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(action, "action");
	}

	/** A step that runs plain SQL statements in order. */
	static SchemaMigration ofSql(String description, String... statements) {
		List<String> sql = List.of(statements);
		return new SchemaMigration(description, connection -> {
			try (Statement s = connection.createStatement()) {
				for (String each : sql) {
					s.executeUpdate(each);
				}
			}
		});
	}
}
