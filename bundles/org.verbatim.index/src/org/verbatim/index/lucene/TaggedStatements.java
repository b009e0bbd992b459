package org.verbatim.index.lucene;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.verbatim.core.AnalystChange;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

/**
 * The tags of a project's statements, read for a rebuild. Asking the store for the tags of every
 * statement would cost a query per statement; only statements an analyst changed can have tags,
 * and the list of analyst changes says which those are.
 */
final class TaggedStatements {

	private TaggedStatements() {
	}

	/** The statements that have tags now, with their tags; a statement not in it has none. */
	static Map<StatementId, List<String>> of(Project project) throws StoreException {
		Map<StatementId, List<String>> tagged = new HashMap<>();
		for (AnalystChange change : project.analystChanges()) {
			Optional<StatementId> id = StatementId.parse(change.target());
			if (id.isPresent() && !tagged.containsKey(id.get()) && project.statement(id.get()).isPresent()) {
				tagged.put(id.get(), project.tags(id.get().toString()));
			}
		}
		tagged.values().removeIf(List::isEmpty);
		return tagged;
	}
}
