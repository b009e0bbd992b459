package org.verbatim.ui.internal.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.verbatim.core.AnalystChange;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;

/** Tag or Untag as an operation: one tag put on, or taken off, one or more statements or excerpts. */
public final class TagOperation extends ProjectOperation {

	private final List<String> targets;
	private final String tag;
	private final boolean add;

	/** Puts ({@code add}) or takes off {@code tag} on each of {@code targets} (ids such as E1). */
	public TagOperation(ProjectStore store, Path projectDirectory, List<String> targets, String tag, boolean add) {
		super((add ? "Tag " : "Untag ") + String.join(", ", targets), store, projectDirectory);
		this.targets = List.copyOf(targets);
		this.tag = tag;
		this.add = add;
	}

	@Override
	protected List<AnalystChange> perform(Project project) throws StoreException {
		List<AnalystChange> changes = new ArrayList<>();
		for (String target : targets) {
			changes.add(add ? project.tag(target, tag) : project.untag(target, tag));
		}
		return changes;
	}

	@Override
	protected String failure() {
		return "The tag '" + tag + "' could not be " + (add ? "put on " : "taken off ") + String.join(", ", targets);
	}
}
