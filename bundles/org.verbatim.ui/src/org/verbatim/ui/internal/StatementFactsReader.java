package org.verbatim.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

/**
 * Reads the {@link StatementFacts} of a project's statements through the store's metadata, tag and
 * retrieval queries (the statements' texts are not read again). Call it from a job.
 */
public final class StatementFactsReader {

	private StatementFactsReader() {
	}

	/**
	 * The facts of each statement, by id in the statements' order; stops with
	 * {@link OperationCanceledException} when the monitor is cancelled.
	 */
	public static Map<StatementId, StatementFacts> read(Project project, List<Statement> statements,
			IProgressMonitor monitor) throws StoreException {
		Map<StatementId, StatementFacts> facts = new LinkedHashMap<>();
		for (Statement statement : statements) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			facts.put(statement.id(), new StatementFacts(project.metadata(statement.id()),
					project.tags(statement.id().toString()), project.retrievals(statement.original())));
		}
		return facts;
	}
}
