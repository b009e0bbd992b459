package org.verbatim.ui.internal.timeline;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.ui.internal.ProjectListings;
import org.verbatim.ui.internal.ProjectReadJob;
import org.verbatim.ui.internal.StatementNode;

/**
 * Gets the store's listing of a project's statements (dates and events, no texts) for the Timeline,
 * off the UI thread, from the {@link ProjectListings} it shares with the Project Explorer: the
 * project is read from the store only when the explorer has not read it since it last changed.
 */
final class TimelineReadJob extends ProjectReadJob<TimelineReadJob.Read> {

	/** What the Timeline shows: the project's name and its statements, in id order. */
	record Read(String projectName, List<StatementNode> statements) {
	}

	private final ProjectListings listings;
	private final OptionalLong changeTold;

	/**
	 * @param changeTold when the store told the Timeline of the newest change of the project, if it
	 *                   did: a listing read before then is read again
	 */
	TimelineReadJob(ProjectStore store, ProjectListings listings, Path directory, OptionalLong changeTold) {
		super("Reading the timeline of " + directory.getFileName(), store, directory);
		this.listings = listings;
		this.changeTold = changeTold;
	}

	@Override
	protected Read read(IProgressMonitor monitor) throws StoreException {
		ProjectListings.Listing listing = listings.read(store, directory, changeTold, monitor);
		return new Read(listing.name(), listing.statements());
	}

	@Override
	protected String failure(RuntimeException e) {
		return "The timeline of " + directory + " could not be read; see the log for details.";
	}
}
