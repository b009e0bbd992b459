package org.verbatim.ui.internal.excerpts;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectChangeListener;

/**
 * Tells a view, on the UI thread, which project's excerpts or statements changed, by registering a
 * {@link ProjectChangeListener} with the OSGi service registry, where the project store finds its
 * listeners. Unregister the returned registration when the view is disposed.
 */
public final class ProjectChanges {

	private ProjectChanges() {
	}

	/** What {@link #followTimed} calls on the UI thread. */
	@FunctionalInterface
	public interface Change {

		/**
		 * The excerpts or statements of the project in {@code directory} changed; the store told of
		 * it at {@code toldAt} ({@link System#nanoTime()}), after the change was made, so a read of the
		 * project started later than that sees it.
		 */
		void changed(Path directory, long toldAt);
	}

	/**
	 * Calls {@code changed} on the UI thread with the folder of every project whose excerpts or
	 * statements changed (made, tagged, untagged, withdrawn, edited, added, removed); empty when the bundle
	 * has no context (it is not started).
	 */
	public static Optional<ServiceRegistration<ProjectChangeListener>> follow(Display display, Consumer<Path> changed) {
		return followTimed(display, (directory, toldAt) -> changed.accept(directory));
	}

	/**
	 * As {@link #follow}, with the time the store told of each change, for a view that reads the
	 * project in a job and need not read it again for a change its running read already sees.
	 */
	public static Optional<ServiceRegistration<ProjectChangeListener>> followTimed(Display display, Change changed) {
		BundleContext context = FrameworkUtil.getBundle(ProjectChanges.class).getBundleContext();
		if (context == null) {
			return Optional.empty();
		}
		ProjectChangeListener listener = new ProjectChangeListener() {

			@Override
			public void statementsAdded(Project project, Collection<StatementId> ids) {
				tell(project);
			}

			@Override
			public void statementsRemoved(Project project, Collection<StatementId> ids) {
				tell(project);
			}

			@Override
			public void excerptsChanged(Project project, Collection<ExcerptId> ids) {
				tell(project);
			}

			private void tell(Project project) {
				// the store calls on the thread that made the change, inside its job
				long toldAt = System.nanoTime();
				Path directory = project.directory().toAbsolutePath().normalize();
				if (!display.isDisposed()) {
					display.asyncExec(() -> changed.changed(directory, toldAt));
				}
			}
		};
		return Optional.of(context.registerService(ProjectChangeListener.class, listener, null));
	}
}
