package org.verbatim.app.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.BackingStoreException;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.ImportReport;
import org.verbatim.importer.StatementImporter;
import org.verbatim.ui.JobImportListener;
import org.verbatim.ui.ProjectList;

/**
 * On the first start of a workspace (no projects remembered yet) creates {@code Sample project} in
 * the instance location from the statements shipped in this bundle's {@code samples/} folder, and
 * remembers it in the {@link ProjectList}. Runs in the background; a failure is shown to the analyst
 * as one sentence, with the details in the log.
 */
final class SampleProjectJob extends Job {

	/** The folder name of the sample project inside the workspace. */
	static final String FOLDER_NAME = "Sample project";

	/** The folder, beside the sample project, that holds the sample statements' files. */
	static final String SAMPLES_FOLDER_NAME = "Sample statements";

	private static final String DIALOG_TITLE = "Sample Project";

	private final Path target;
	private final ProjectStore store;
	private final StatementImporter importer;
	private final ProjectList projectList;

	private SampleProjectJob(Path target, ProjectStore store, StatementImporter importer, ProjectList projectList) {
		super("Creating the sample project");
		this.target = target;
		this.store = store;
		this.importer = importer;
		this.projectList = projectList;
	}

	/** Schedules the job when the workspace has no projects yet; otherwise does nothing. */
	static void scheduleIfNeeded(ProjectStore store, StatementImporter importer) {
		ProjectList projectList = new ProjectList();
		if (!projectList.projects().isEmpty()) {
			return;
		}
		Optional<Path> workspace = instanceLocation();
		if (workspace.isEmpty()) {
			ILog.of(SampleProjectJob.class).info("No workspace folder (-data @none?): no sample project is created.");
			return;
		}
		if (store == null || importer == null) {
			fail("The sample project could not be created because the " + (store == null ? "project store" : "importer")
					+ " is missing (bundle " + (store == null ? "org.verbatim.store" : "org.verbatim.importer")
					+ " not installed or not started); reinstall Verbatim.", null);
			return;
		}
		new SampleProjectJob(workspace.get().resolve(FOLDER_NAME), store, importer, projectList).schedule();
	}

	private static Optional<Path> instanceLocation() {
		Location location = Platform.getInstanceLocation();
		if (location == null || !location.isSet() || location.getURL() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(URIUtil.toURI(location.getURL())));
		} catch (URISyntaxException | IllegalArgumentException e) {
			ILog.of(SampleProjectJob.class).warn("The workspace location " + location.getURL() + " is not a folder.", e);
			return Optional.empty();
		}
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			if (!store.isProject(target)) {
				create(monitor);
			}
			projectList.add(target);
		} catch (StoreException e) {
			fail(e.getMessage(), e);
		} catch (IOException e) {
			fail("The sample statements could not be copied to " + target.resolveSibling(SAMPLES_FOLDER_NAME) + " ("
					+ e.getMessage() + "); check that the workspace folder is writable and has free space.", e);
		} catch (BackingStoreException e) {
			fail("The sample project was created in " + target + " but the workspace could not remember it;"
					+ " check that the workspace folder is writable, then use File > Open Project.", e);
		}
		// problems were shown already; an error status would add a second, technical dialog
		return Status.OK_STATUS;
	}

	/**
	 * Copies the shipped samples to {@code Sample statements} beside the project (so that each
	 * statement's source names a file the analyst can open) and imports them.
	 */
	private void create(IProgressMonitor monitor) throws IOException, StoreException {
		Path samples = target.resolveSibling(SAMPLES_FOLDER_NAME);
		Files.createDirectories(samples);
		int count = copySamples(FrameworkUtil.getBundle(getClass()), samples);
		try (Project project = store.create(target)) {
			ImportReport report = importer.importPaths(project, List.of(samples), ImportOptions.defaults(),
					new JobImportListener(monitor, getName()));
			List<FileOutcome> failed = report.problems().stream().filter(o -> o.kind() == FileOutcome.Kind.FAILED).toList();
			failed.forEach(outcome -> ILog.of(getClass()).warn("Sample not imported: " + outcome.problemLine()));
			if (!failed.isEmpty() || count == 0) {
				fail(failed.size() + " of " + count + " sample statements could not be imported into " + target
						+ "; see the log for which and why.", null);
			}
		}
	}

	/** Copies the bundle's {@code samples/*} entries (the bundle is a jar in the product) to {@code folder}. */
	private static int copySamples(Bundle bundle, Path folder) throws IOException {
		List<URL> entries = new ArrayList<>();
		var found = bundle.findEntries("samples", "*", false);
		if (found != null) {
			entries.addAll(Collections.list(found));
		}
		int count = 0;
		for (URL entry : entries) {
			String path = entry.getPath();
			if (path.endsWith("/")) {
				continue;
			}
			String name = path.substring(path.lastIndexOf('/') + 1);
			try (InputStream in = entry.openStream()) {
				Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			}
			count++;
		}
		return count;
	}

	/** Logs {@code sentence} (with the cause, if any) and shows it in a dialog once the window is up. */
	private static void fail(String sentence, Throwable cause) {
		ILog.of(SampleProjectJob.class).error(sentence, cause);
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			MessageDialog dialog = new MessageDialog(window == null ? null : window.getShell(), DIALOG_TITLE, null,
					sentence, MessageDialog.ERROR, 0, "OK");
			// not modal to the caller: the workbench (and a UI test waiting for the project) keeps running
			dialog.setBlockOnOpen(false);
			dialog.open();
		});
	}
}
