package org.verbatim.ui.internal.excerpts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.verbatim.core.Excerpt;
import org.verbatim.core.Speaker;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;

/**
 * Reads a project's current excerpts with the title and speakers of the statement each was cut
 * from, off the UI thread. The outcome is called on the job's thread with the list, or with the
 * one sentence that says why the project could not be read.
 */
final class ExcerptsReadJob extends Job {

	/** What the job found; called on the job's thread. */
	interface Outcome {

		/** The excerpts were read. */
		void read(ExcerptList list);

		/** The project could not be read, for the reason given in one sentence. */
		void failed(String sentence);
	}

	private final ProjectStore store;
	private final Path directory;
	private final Outcome outcome;

	ExcerptsReadJob(ProjectStore store, Path directory, Outcome outcome) {
		super("Reading the excerpts of " + directory);
		this.store = store;
		this.directory = directory;
		this.outcome = outcome;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try (Project project = store.open(directory)) {
			List<Excerpt> excerpts = project.excerpts();
			Map<StatementId, Described> statements = new HashMap<>();
			List<ExcerptRow> rows = new ArrayList<>();
			for (Excerpt excerpt : excerpts) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				Described described = statements.get(excerpt.statement());
				if (described == null) {
					described = describe(project, excerpt.statement());
					statements.put(excerpt.statement(), described);
				}
				rows.add(new ExcerptRow(directory, excerpt, described.title(), described.speakers()));
			}
			outcome.read(new ExcerptList(directory, project.name(), rows));
		} catch (StoreException e) {
			ILog.of(getClass()).warn(e.getMessage(), e);
			outcome.failed(e.getMessage());
		} catch (RuntimeException e) {
			String sentence = "The excerpts of " + directory + " could not be read; see the log for details.";
			ILog.of(getClass()).error(sentence, e);
			outcome.failed(sentence);
		}
		return Status.OK_STATUS;
	}

	/** The statement's label and its speakers' names. */
	private static Described describe(Project project, StatementId id) throws StoreException {
		Optional<Statement> statement = project.statement(id);
		if (statement.isEmpty()) {
			return new Described(id + " (no longer in the project)", "");
		}
		String speakers = project.metadata(id).speakers().stream().map(Speaker::name).distinct()
				.collect(Collectors.joining(", "));
		return new Described(id + "  " + statement.get().label(), speakers);
	}

	/** A statement as an excerpt row names it. */
	private record Described(String title, String speakers) {
	}
}
