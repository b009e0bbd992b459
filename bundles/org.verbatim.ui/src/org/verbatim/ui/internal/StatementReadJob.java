package org.verbatim.ui.internal;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Statement;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;

/**
 * Reads one statement with its metadata, removals and retrievals off the UI thread and hands the
 * result to a {@link Outcome}, which is called on the job's thread. When the statement itself
 * cannot be read the outcome gets one sentence; the details go to the log.
 */
final class StatementReadJob extends Job {

	/** What the job found; called on the job's thread. */
	interface Outcome {

		/** The statement was read. */
		void read(StatementDetails details);

		/** The statement could not be read, for the reason given in one sentence. */
		void failed(String sentence);
	}

	private final ProjectStore store;
	private final StatementEditorInput input;
	private final Outcome outcome;

	StatementReadJob(ProjectStore store, StatementEditorInput input, Outcome outcome) {
		super("Reading " + input.getName() + " from " + input.projectDirectory());
		this.store = store;
		this.input = input;
		this.outcome = outcome;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		try (Project project = store.open(input.projectDirectory())) {
			Optional<Statement> statement = project.statement(input.statementId());
			progress.worked(1);
			if (statement.isEmpty()) {
				outcome.failed("The project in " + input.projectDirectory() + " has no statement " + input.statementId()
						+ "; it may have been opened from another copy of the project.");
				return Status.OK_STATUS;
			}
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			StatementDetails details = new StatementDetails(statement.get(), project.metadata(input.statementId()),
					project.removals(input.statementId()), project.retrievals(statement.get().original()),
					original(project, statement.get()));
			progress.worked(3);
			outcome.read(details);
		} catch (StoreException e) {
			ILog.of(getClass()).warn(e.getMessage(), e);
			outcome.failed(e.getMessage());
		} catch (RuntimeException e) {
			String sentence = input.statementId() + " in " + input.projectDirectory()
					+ " could not be read; see the log for details.";
			ILog.of(getClass()).error(sentence, e);
			outcome.failed(sentence);
		}
		return Status.OK_STATUS;
	}

	/** The archived original decoded, or why it cannot be: the rest of the statement is shown anyway. */
	private StatementDetails.Result<OriginalDocument> original(Project project, Statement statement) {
		try {
			byte[] bytes = project.readOriginal(statement.original());
			OffsetMap offsets = project.offsets(statement.id());
			return StatementDetails.Result.of(OriginalDocument.decode(statement, bytes, offsets));
		} catch (StoreException | IllegalArgumentException e) {
			ILog.of(getClass()).warn(e.getMessage(), e);
			return StatementDetails.Result.failed(e.getMessage());
		}
	}
}
