package org.verbatim.ui.internal.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.verbatim.core.AnalystChange;
import org.verbatim.core.Excerpt;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;

/** Make Excerpt as an operation: the excerpt of a span of a statement's text, then its tags. */
public final class MakeExcerptOperation extends ProjectOperation {

	private final StatementId statement;
	private final int start;
	private final int end;
	private final Optional<String> note;
	private final List<String> tags;
	private volatile Excerpt excerpt;

	/** The excerpt {@code [start, end)} of {@code statement}'s clean text, with a note and tags. */
	public MakeExcerptOperation(ProjectStore store, Path projectDirectory, StatementId statement, int start, int end,
			Optional<String> note, List<String> tags) {
		super("Make Excerpt", store, projectDirectory);
		this.statement = statement;
		this.start = start;
		this.end = end;
		this.note = note;
		this.tags = List.copyOf(tags);
	}

	@Override
	protected List<AnalystChange> perform(Project project) throws StoreException {
		excerpt = project.addExcerpt(statement, start, end, note);
		List<AnalystChange> changes = new ArrayList<>();
		// the excerpt's own change is the newest one now: its record is what undo checks
		changes.add(project.newestStanding().orElseThrow(
				() -> new StoreException("The excerpt " + excerpt.id() + " was made but not recorded as a change.")));
		for (String tag : tags) {
			changes.add(project.tag(excerpt.id().toString(), tag));
		}
		return changes;
	}

	@Override
	protected String failure() {
		return "The excerpt of " + statement + " could not be made";
	}

	/** The excerpt the last doing made, or {@code null} before it was done. */
	public Excerpt excerpt() {
		return excerpt;
	}
}
