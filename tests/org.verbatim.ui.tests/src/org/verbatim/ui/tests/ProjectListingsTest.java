package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.ProjectList;
import org.verbatim.ui.internal.ProjectListings;
import org.verbatim.ui.internal.ProjectNode;
import org.verbatim.ui.internal.timeline.TimelineRows;
import org.verbatim.ui.internal.timeline.TimelineView;

/**
 * The listing of each project is read from the store once and shared: adding a project to the list
 * starts one read of the explorer, the Timeline shows what the explorer read without reading the
 * store again, and a change of the project or its leaving the list drops what was kept.
 */
class ProjectListingsTest {

	private SampleProjectInExplorer sample;
	private ProjectStore store;
	private ProjectListings listings;
	private IEclipsePreferences list;
	private String listBefore;

	@BeforeEach
	void findTheServices() {
		sample = SampleProjectInExplorer.ofActivePage();
		sample.awaitProjectItem();
		store = PlatformUI.getWorkbench().getService(ProjectStore.class);
		listings = PlatformUI.getWorkbench().getService(ProjectListings.class);
		assertNotNull(store, "the store service");
		assertNotNull(listings, "the listings service");
		list = InstanceScope.INSTANCE.getNode("org.verbatim.ui");
		listBefore = list.get("projects", "");
	}

	@AfterEach
	void listAsBefore() throws Exception {
		list.put("projects", listBefore);
		list.flush();
		UiWait.until("the explorer to read its list again", SampleProjectInExplorer.TIMEOUT,
				() -> sample.explorer.isLoaded() ? Boolean.TRUE : null, () -> "loading");
	}

	@Test
	void addingAProjectToTheListReadsOnceAndTheStoreOnce(@TempDir Path work) throws Exception {
		Path folder = work.resolve("added").toAbsolutePath().normalize();
		store.create(folder).close();
		// every listed project read and kept (a change made by a test before may have dropped one)
		sample.explorer.reload();
		UiWait.until("the explorer to read again", SampleProjectInExplorer.TIMEOUT,
				() -> sample.explorer.isLoaded() ? Boolean.TRUE : null, () -> "loading");
		int reads = sample.explorer.reads();
		int storeReads = listings.storeReads();
		new ProjectList().add(folder);
		UiWait.until("the explorer to show the added project", SampleProjectInExplorer.TIMEOUT,
				() -> sample.explorer.isLoaded() && Arrays.stream(sample.explorer.getViewer().getTree().getItems())
						.anyMatch(i -> i.getData() instanceof ProjectNode p && p.directory().equals(folder)) ? Boolean.TRUE : null,
				() -> "loaded " + sample.explorer.isLoaded());
		// whatever else the list's listeners were told comes within a moment
		pause(Duration.ofSeconds(1));
		assertEquals(1, sample.explorer.reads() - reads, "reads started for one project added");
		// the projects already listed were kept: only the new one was read from the store
		assertEquals(1, listings.storeReads() - storeReads, "projects read from the store");
	}

	@Test
	void theTimelineShowsWhatTheExplorerReadWithoutReadingTheStore() {
		ProjectNode project = (ProjectNode) sample.awaitProjectItem().getData();
		Path directory = project.directory();
		sample.explorer.reload();
		UiWait.until("the explorer to read again", SampleProjectInExplorer.TIMEOUT,
				() -> sample.explorer.isLoaded() ? Boolean.TRUE : null, () -> "loading");
		TimelineView timeline = assertInstanceOf(TimelineView.class, sample.page.findView(TimelineView.ID),
				"the Research perspective shows the Timeline");
		int storeReads = listings.storeReads();
		sample.page.activate(sample.explorer);
		sample.explorer.getViewer().setSelection(new StructuredSelection(project), true);
		timeline.showProject(directory);
		UiWait.until("the Timeline to show the sample project", SampleProjectInExplorer.TIMEOUT,
				() -> timeline.isLoaded() && timeline.project().filter(directory::equals).isPresent() ? timeline : null,
				() -> timeline.project() + " loaded " + timeline.isLoaded());
		assertEquals(storeReads, listings.storeReads(), "projects read from the store for the Timeline");
	}

	@Test
	void switchingTheTimelineOpensTwoLevels() {
		TimelineView timeline = assertInstanceOf(TimelineView.class, sample.page.findView(TimelineView.ID),
				"the Research perspective shows the Timeline");
		TimelineRows.Mode mode = timeline.mode();
		try {
			// rows re-arranged in the mode shown keep what was open; the other mode's rows open two levels
			arrange(timeline, TimelineRows.Mode.BY_DATE);
			for (TimelineRows.Mode by : List.of(TimelineRows.Mode.BY_EVENT, TimelineRows.Mode.BY_DATE)) {
				arrange(timeline, by);
				TreeItem[] rows = timeline.getViewer().getTree().getItems();
				assertTrue(rows.length > 0, by + ": rows");
				for (TreeItem row : rows) {
					assertTrue(row.getItemCount() == 0 || row.getExpanded(), by + ": " + row.getText() + " is open");
				}
			}
		} finally {
			timeline.setMode(mode);
		}
	}

	@Test
	void aChangeOrLeavingTheListDropsTheListing(@TempDir Path work) throws Exception {
		Path folder = work.resolve("kept").toAbsolutePath().normalize();
		store.create(folder).close();
		NullProgressMonitor monitor = new NullProgressMonitor();
		int storeReads = listings.storeReads();
		ProjectListings.Listing first = listings.read(store, folder, monitor);
		assertSame(first, listings.read(store, folder, monitor), "kept");
		assertEquals(1, listings.storeReads() - storeReads);
		try (Project project = store.open(folder)) {
			// what the store tells its listeners when statements are removed
			listings.statementsRemoved(project, List.of());
		}
		ProjectListings.Listing second = listings.read(store, folder, monitor);
		assertEquals(2, listings.storeReads() - storeReads, "read again after the change");
		assertSame(second, listings.read(store, folder, monitor), "kept again");
		// a view told of a change asks for a listing read after it: one read before is read again
		assertSame(second, listings.read(store, folder, OptionalLong.of(second.readStarted() - 1), monitor),
				"read after the change told");
		listings.read(store, folder, OptionalLong.of(System.nanoTime()), monitor);
		assertEquals(3, listings.storeReads() - storeReads, "read again for a change told after the read");
		listings.keepOnly(List.of());
		listings.read(store, folder, monitor);
		assertEquals(4, listings.storeReads() - storeReads, "read again after leaving the list");
	}

	private static void arrange(TimelineView timeline, TimelineRows.Mode by) {
		timeline.setMode(by);
		UiWait.until("the Timeline to arrange its rows " + by, SampleProjectInExplorer.TIMEOUT,
				() -> timeline.isLoaded() ? timeline : null, () -> "still arranging");
	}

	private static void pause(Duration duration) {
		long until = System.nanoTime() + duration.toNanos();
		UiWait.until("a moment", duration.plusSeconds(5), () -> System.nanoTime() - until > 0 ? Boolean.TRUE : null,
				() -> "");
	}
}
