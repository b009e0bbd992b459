package org.verbatim.ui.internal.provenance;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.provenance.Lineage;
import org.verbatim.ui.internal.OpenedProjectReadJob;

/** Reads the lineage of a statement or excerpt off the UI thread. */
final class LineageReadJob extends OpenedProjectReadJob<Lineage> {

	private final String id;

	LineageReadJob(ProjectStore store, Path directory, String id) {
		super("Reading the provenance of " + id + " in " + directory, store, directory);
		this.id = id;
	}

	@Override
	protected Lineage read(Project project, IProgressMonitor monitor) throws StoreException, NothingToShow {
		Optional<Lineage> lineage = Lineage.of(project, id);
		if (lineage.isEmpty()) {
			throw new NothingToShow(project.name() + " has no provenance records for " + id
					+ " (it may have been imported before the project kept them).");
		}
		return lineage.get();
	}

	@Override
	protected String failure(RuntimeException e) {
		if (e instanceof IllegalArgumentException) {
			return "The provenance log of " + directory + " is damaged (" + e.getMessage()
					+ "); run 'verbatim verify' on the project.";
		}
		return "The provenance of " + id + " could not be read; see the log for details.";
	}
}
