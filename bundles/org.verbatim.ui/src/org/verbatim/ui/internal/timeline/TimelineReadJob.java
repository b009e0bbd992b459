package org.verbatim.ui.internal.timeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.ui.internal.StatementFacts;
import org.verbatim.ui.internal.StatementFactsReader;
import org.verbatim.ui.internal.StatementNode;

/**
 * Reads a project's statements with their dates and events for the Timeline, off the UI thread.
 * The outcome's methods are called on the job's thread.
 */
final class TimelineReadJob extends Job {

	/** What the job hands back. */
	interface Outcome {

		/** The project's name and statements, in id order. */
		void read(String projectName, List<StatementNode> statements);

		/** One sentence saying why the project could not be read. */
		void failed(String sentence);
	}

	private final ProjectStore store;
	private final Path directory;
	private final Outcome outcome;

	TimelineReadJob(ProjectStore store, Path directory, Outcome outcome) {
		super("Reading the timeline of " + directory.getFileName());
		this.store = store;
		this.directory = directory;
		this.outcome = outcome;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try (Project project = store.open(directory)) {
			List<Statement> statements = project.statements();
			Map<StatementId, StatementFacts> facts = StatementFactsReader.read(project, statements, monitor);
			outcome.read(project.name(), statements.stream()
					.map(s -> new StatementNode(directory, s, facts.getOrDefault(s.id(), StatementFacts.UNKNOWN))).toList());
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (StoreException e) {
			ILog.of(getClass()).warn(e.getMessage(), e);
			outcome.failed(e.getMessage());
		} catch (RuntimeException e) {
			String sentence = "The timeline of " + directory + " could not be read; see the log for details.";
			ILog.of(getClass()).error(sentence, e);
			outcome.failed(sentence);
		}
		return Status.OK_STATUS;
	}
}
