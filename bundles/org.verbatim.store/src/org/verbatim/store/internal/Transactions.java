package org.verbatim.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.verbatim.core.store.StoreException;

/** Runs work on a connection as one transaction: all of it is committed, or none of it. */
final class Transactions {

	/** Work inside a transaction; it must not commit or roll back itself. */
	@FunctionalInterface
	interface Work<T> {
		T run() throws SQLException, StoreException;
	}

	private Transactions() {
	}

	/** Runs {@code work}, commits when it returns, rolls back when it throws. */
	static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException, StoreException {
		connection.setAutoCommit(false);
		try {
			T result = work.run();
			connection.commit();
			return result;
		} catch (SQLException | StoreException | RuntimeException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(true);
		}
	}
}
