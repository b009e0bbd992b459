package org.verbatim.ui.internal;

import java.util.List;

import org.verbatim.core.Statement;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.store.StatementSummary;

/**
 * How every part of the workbench names a statement: the explorer, the Timeline, the Statement
 * editor's tab and heading, the Excerpts view and the Properties view all ask here, so that an
 * untitled statement reads {@code News.Az, 2025-02-27} everywhere rather than by its file name in
 * some places. The rule itself is the store listing's ({@link StatementSummary#label()}).
 */
public final class StatementLabels {

	private StatementLabels() {
	}

	/** The statement's label from the store's listing of it. */
	public static String of(StatementSummary statement) {
		return statement.label();
	}

	/** The statement's label from the statement and its current metadata. */
	public static String of(Statement statement, StatementMetadata metadata) {
		return of(StatementSummary.of(statement, metadata, List.of(), List.of()));
	}

	/** {@code S3  News.Az, 2025-02-27}: the id, two spaces, the label. */
	public static String withId(StatementSummary statement) {
		return statement.id() + "  " + of(statement);
	}

	/** {@code S3  News.Az, 2025-02-27}, from the statement and its current metadata. */
	public static String withId(Statement statement, StatementMetadata metadata) {
		return statement.id() + "  " + of(statement, metadata);
	}
}
