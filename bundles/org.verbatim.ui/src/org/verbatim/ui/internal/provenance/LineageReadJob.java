package org.verbatim.ui.internal.provenance;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.provenance.Lineage;

/**
 * Reads the lineage of a statement or excerpt off the UI thread and hands it to an {@link Outcome},
 * called on the job's thread; a lineage that cannot be read is one sentence, details in the log.
 */
final class LineageReadJob extends Job {

	/** What the job found; called on the job's thread. */
	interface Outcome {

		/** The lineage was read. */
		void read(Lineage lineage);

		/** There is no lineage to show, for the reason given in one sentence. */
		void failed(String sentence);
	}

	private final ProjectStore store;
	private final Path directory;
	private final String id;
	private final Outcome outcome;

	LineageReadJob(ProjectStore store, Path directory, String id, Outcome outcome) {
		super("Reading the provenance of " + id + " in " + directory);
		this.store = store;
		this.directory = directory;
		this.id = id;
		this.outcome = outcome;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try (Project project = store.open(directory)) {
			Optional<Lineage> lineage = Lineage.of(project, id);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (lineage.isPresent()) {
				outcome.read(lineage.get());
			} else {
				outcome.failed(project.name() + " has no provenance records for " + id
						+ " (it may have been imported before the project kept them).");
			}
		} catch (StoreException e) {
			ILog.of(getClass()).warn(e.getMessage(), e);
			outcome.failed(e.getMessage());
		} catch (IllegalArgumentException e) {
			String sentence = "The provenance log of " + directory + " is damaged (" + e.getMessage()
					+ "); run 'verbatim verify' on the project.";
			ILog.of(getClass()).error(sentence, e);
			outcome.failed(sentence);
		} catch (RuntimeException e) {
			String sentence = "The provenance of " + id + " could not be read; see the log for details.";
			ILog.of(getClass()).error(sentence, e);
			outcome.failed(sentence);
		}
		return Status.OK_STATUS;
	}
}
