package org.verbatim.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The project folders the workbench shows, in the order they were added. The list is kept in the
 * instance-scope preferences, so it belongs to the workspace ({@code -data}) and survives restarts;
 * every {@code ProjectList} over the same preference node sees the same list.
 */
public final class ProjectList {

	/** The preference node (a bundle id by convention) and key the list is stored under. */
	static final String NODE = "org.verbatim.ui";
	static final String KEY = "projects";

	private final IEclipsePreferences preferences;

	/** The list of the running workspace. */
	public ProjectList() {
		this(InstanceScope.INSTANCE.getNode(NODE));
	}

	/** The list kept in {@code preferences}. */
	public ProjectList(IEclipsePreferences preferences) {
		this.preferences = Objects.requireNonNull(preferences, "preferences");
	}

	/** The remembered project folders. */
	public List<Path> projects() {
		List<Path> result = new ArrayList<>();
		for (String line : preferences.get(KEY, "").split("\n")) {
			if (!line.isBlank()) {
				result.add(Path.of(line));
			}
		}
		return result;
	}

	/**
	 * Remembers {@code directory} (made absolute and normalised) at the end of the list, unless it
	 * is already there, and writes the list to disk.
	 *
	 * @return whether the list changed
	 * @throws BackingStoreException when the preferences could not be written
	 */
	public boolean add(Path directory) throws BackingStoreException {
		Set<Path> all = new LinkedHashSet<>(projects());
		if (!all.add(directory.toAbsolutePath().normalize())) {
			return false;
		}
		preferences.put(KEY, String.join("\n", all.stream().map(Path::toString).toList()));
		preferences.flush();
		return true;
	}

	/**
	 * Calls {@code listener} (on the thread that changed the list) whenever the list changes.
	 *
	 * @return what to pass to {@link #removeListener} to stop listening
	 */
	public IPreferenceChangeListener addListener(Runnable listener) {
		IPreferenceChangeListener adapter = event -> {
			if (KEY.equals(event.getKey())) {
				listener.run();
			}
		};
		preferences.addPreferenceChangeListener(adapter);
		return adapter;
	}

	/** Stops a listener added with {@link #addListener}. */
	public void removeListener(IPreferenceChangeListener listener) {
		preferences.removePreferenceChangeListener(listener);
	}
}
