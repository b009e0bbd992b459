package org.verbatim.core.prov;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one change to a project did, in PROV terms, before it is numbered and chained: the content of
 * a {@link ProvRecord}. Relations may name entities, activities and agents of earlier records.
 *
 * @param change     what kind of change this is, such as {@code import} or {@code edit}, for listing
 * @param at         when the change was committed (UTC)
 * @param activities what happened
 * @param entities   the entities it made
 * @param agents     the agents responsible (repeated in every record that names them, so each
 *                   record can be read alone)
 * @param relations  how they are related
 */
public record ProvDraft(String change, Instant at, List<ProvActivity> activities, List<ProvEntity> entities,
		List<ProvAgent> agents, List<ProvRelation> relations) {

	public ProvDraft {
		Objects.requireNonNull(change, "change");
		Objects.requireNonNull(at, "at");
		activities = List.copyOf(activities);
		entities = List.copyOf(entities);
		agents = List.copyOf(agents);
		relations = List.copyOf(relations);
	}

	/** The entity with this id among those the change made, if any. */
	public java.util.Optional<ProvEntity> entity(String id) {
		return entities.stream().filter(e -> e.id().equals(id)).findFirst();
	}

	/** The activity with this id, if any. */
	public java.util.Optional<ProvActivity> activity(String id) {
		return activities.stream().filter(a -> a.id().equals(id)).findFirst();
	}
}
