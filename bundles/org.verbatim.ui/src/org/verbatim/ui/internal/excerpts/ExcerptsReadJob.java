package org.verbatim.ui.internal.excerpts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.verbatim.core.Excerpt;
import org.verbatim.core.Speaker;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.ui.internal.OpenedProjectReadJob;
import org.verbatim.ui.internal.StatementLabels;

/**
 * Reads a project's current excerpts with the title and speakers of the statement each was cut
 * from, off the UI thread.
 */
final class ExcerptsReadJob extends OpenedProjectReadJob<ExcerptList> {

	ExcerptsReadJob(ProjectStore store, Path directory) {
		super("Reading the excerpts of " + directory, store, directory);
	}

	@Override
	protected ExcerptList read(Project project, IProgressMonitor monitor) throws StoreException {
		List<Excerpt> excerpts = project.excerpts();
		Map<StatementId, Described> statements = new HashMap<>();
		List<ExcerptRow> rows = new ArrayList<>();
		for (Excerpt excerpt : excerpts) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			Described described = statements.get(excerpt.statement());
			if (described == null) {
				described = describe(project, excerpt.statement());
				statements.put(excerpt.statement(), described);
			}
			rows.add(new ExcerptRow(directory, excerpt, described.title(), described.speakers()));
		}
		return new ExcerptList(directory, project.name(), rows);
	}

	@Override
	protected String failure(RuntimeException e) {
		return "The excerpts of " + directory + " could not be read; see the log for details.";
	}
	/** The statement's label and its speakers' names. */
	private static Described describe(Project project, StatementId id) throws StoreException {
		Optional<Statement> statement = project.statement(id);
		if (statement.isEmpty()) {
			return new Described(id + " (no longer in the project)", "");
		}
		StatementMetadata metadata = project.metadata(id);
		String speakers = metadata.speakers().stream().map(Speaker::name).distinct().collect(Collectors.joining(", "));
		return new Described(StatementLabels.withId(statement.get(), metadata), speakers);
	}

	/** A statement as an excerpt row names it. */
	private record Described(String title, String speakers) {
	}
}
