package org.verbatim.ui.internal.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.search.SearchException;
import org.verbatim.search.SearchHit;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;
import org.verbatim.search.SearchService;

/**
 * Runs one search off the UI thread: opens the project, brings its index up to date (reporting a
 * rebuild as progress), searches, and reads the speakers and publisher of every hit. The outcome is
 * handed over on the job's thread; a cancelled job hands over nothing.
 */
final class SearchJob extends Job {

	/** The family of every search job, so that tests and the view can wait for or cancel them all. */
	static final Object FAMILY = SearchJob.class;

	private final ProjectStore store;
	private final SearchService service;
	private final Path projectDirectory;
	private final SearchRequest request;
	private final Consumer<SearchOutcome> done;

	SearchJob(ProjectStore store, SearchService service, Path projectDirectory, SearchRequest request,
			Consumer<SearchOutcome> done) {
		super("Searching " + projectDirectory.getFileName() + " for " + request.query());
		this.store = store;
		this.service = service;
		this.projectDirectory = projectDirectory;
		this.request = request;
		this.done = done;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		long started = System.nanoTime();
		Map<String, Long> phases = new LinkedHashMap<>();
		long mark = started;
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		String projectName = String.valueOf(projectDirectory.getFileName());
		try (Project project = store.open(projectDirectory)) {
			projectName = project.name();
			mark = phase(phases, "open", mark);
			Optional<String> note = service.prepare(project,
					(indexed, total) -> monitor.subTask("Indexing: " + indexed + " of " + total + " statements"));
			mark = phase(phases, "index check", mark);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			SearchResult result = service.search(project, request);
			mark = phase(phases, "search", mark);
			List<SearchRow> rows = new ArrayList<>(result.hits().size());
			for (SearchHit hit : result.hits()) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				rows.add(SearchRow.of(hit, project.metadata(hit.id())));
			}
			Map<String, String> saved = service.savedSearches(project);
			phase(phases, "metadata", mark);
			done.accept(new SearchOutcome(request, projectName, result.totalHits(), rows, result.facets(), saved, note,
					Optional.empty(), millisSince(started), phases));
		} catch (SearchException | StoreException e) {
			// a bad query is the analyst's to fix, not a fault: the message is the whole story
			done.accept(SearchOutcome.failed(request, projectName, e.getMessage(), millisSince(started)));
		} catch (RuntimeException e) {
			String sentence = "Searching " + projectDirectory + " failed; see the log for details.";
			ILog.of(getClass()).error(sentence, e);
			done.accept(SearchOutcome.failed(request, projectName, sentence, millisSince(started)));
		} finally {
			monitor.done();
		}
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** Records the milliseconds since {@code mark} as {@code name}, and returns now. */
	private static long phase(Map<String, Long> phases, String name, long mark) {
		long now = System.nanoTime();
		phases.put(name, (now - mark) / 1_000_000);
		return now;
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}
}
