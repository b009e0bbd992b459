package org.verbatim.provenance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.verbatim.core.prov.ProvActivity;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.prov.ProvEntity;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.prov.ProvRecord;
import org.verbatim.core.prov.ProvRelation;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

/**
 * Records read together as one PROV graph: every entity, activity and agent once, with the record
 * that defined it, and every relation in record order. Ids a relation names but no record of the
 * graph defines (an entity of an earlier record outside a lineage, say) are listed by
 * {@link #undefined()}, with the kind their place in the relation gives them.
 */
public final class ProvGraph {

	/** What an id stands for. */
	public enum Kind {
		/** A PROV entity. */
		ENTITY,
		/** A PROV activity. */
		ACTIVITY,
		/** A PROV agent. */
		AGENT
	}

	private static final int PAGE = 500;

	private final List<ProvRecord> records;

	private final Map<String, ProvEntity> entities = new LinkedHashMap<>();

	private final Map<String, ProvActivity> activities = new LinkedHashMap<>();

	private final Map<String, ProvAgent> agents = new LinkedHashMap<>();

	private final Map<String, Long> definedIn = new LinkedHashMap<>();

	private final List<ProvRelation> relations = new ArrayList<>();

	private final Map<String, Kind> undefined = new TreeMap<>();

	private ProvGraph(List<ProvRecord> records) {
		this.records = List.copyOf(records);
		for (ProvRecord record : this.records) {
			for (ProvEntity entity : record.content().entities()) {
				if (entities.putIfAbsent(entity.id(), entity) == null) {
					definedIn.put(entity.id(), record.seq());
				}
			}
			for (ProvActivity activity : record.content().activities()) {
				if (activities.putIfAbsent(activity.id(), activity) == null) {
					definedIn.put(activity.id(), record.seq());
				}
			}
			for (ProvAgent agent : record.content().agents()) {
				agents.putIfAbsent(agent.id(), agent);
			}
			relations.addAll(record.content().relations());
		}
		for (ProvRelation relation : relations) {
			Kind[] kinds = argumentKinds(relation.type());
			noteIfUndefined(relation.subject(), kinds[0]);
			noteIfUndefined(relation.object(), kinds[1]);
		}
	}

	/** The graph of these records (in the order given, normally by number). */
	public static ProvGraph of(List<ProvRecord> records) {
		return new ProvGraph(records);
	}

	/**
	 * The graph of every record of the project, read page by page.
	 *
	 * @throws StoreException           when the project cannot be read
	 * @throws IllegalArgumentException when a stored record is damaged (see {@link ProvEntry#record()})
	 */
	public static ProvGraph ofProject(Project project) throws StoreException {
		List<ProvRecord> all = new ArrayList<>();
		long after = 0;
		while (true) {
			List<ProvEntry> page = project.provenance(after, PAGE);
			for (ProvEntry entry : page) {
				all.add(entry.record());
				after = entry.seq();
			}
			if (page.size() < PAGE) {
				return new ProvGraph(all);
			}
		}
	}

	/**
	 * The kinds of a relation's two arguments, in PROV order: {@code used} is (activity, entity),
	 * {@code wasAssociatedWith} is (activity, agent), and so on.
	 */
	public static Kind[] argumentKinds(String relationType) {
		return switch (relationType) {
		case ProvRelation.USED -> new Kind[] { Kind.ACTIVITY, Kind.ENTITY };
		case ProvRelation.WAS_GENERATED_BY, ProvRelation.WAS_INVALIDATED_BY -> new Kind[] { Kind.ENTITY, Kind.ACTIVITY };
		case ProvRelation.WAS_DERIVED_FROM, ProvRelation.WAS_REVISION_OF, ProvRelation.ALTERNATE_OF -> new Kind[] {
				Kind.ENTITY, Kind.ENTITY };
		case ProvRelation.WAS_ATTRIBUTED_TO -> new Kind[] { Kind.ENTITY, Kind.AGENT };
		case ProvRelation.WAS_ASSOCIATED_WITH -> new Kind[] { Kind.ACTIVITY, Kind.AGENT };
		case ProvRelation.WAS_INFORMED_BY -> new Kind[] { Kind.ACTIVITY, Kind.ACTIVITY };
		default -> throw new IllegalArgumentException("not a PROV relation Verbatim records: " + relationType);
		};
	}

	private void noteIfUndefined(String id, Kind kind) {
		if (kindOf(id).isEmpty()) {
			undefined.putIfAbsent(id, kind);
		}
	}

	/** The records, in the order given. */
	public List<ProvRecord> records() {
		return records;
	}

	/** Every entity, by id, in the order first defined. */
	public Map<String, ProvEntity> entities() {
		return Collections.unmodifiableMap(entities);
	}

	/** Every activity, by id, in the order first defined. */
	public Map<String, ProvActivity> activities() {
		return Collections.unmodifiableMap(activities);
	}

	/** Every agent, by id, in the order first named. */
	public Map<String, ProvAgent> agents() {
		return Collections.unmodifiableMap(agents);
	}

	/** Every relation, in record order. */
	public List<ProvRelation> relations() {
		return Collections.unmodifiableList(relations);
	}

	/** Ids that relations name but no record of the graph defines, with their kind, by id. */
	public Map<String, Kind> undefined() {
		return Collections.unmodifiableMap(undefined);
	}

	/** The number of the record that defined this entity or activity, if the graph has it. */
	public Optional<Long> definedIn(String id) {
		return Optional.ofNullable(definedIn.get(id));
	}

	/** What the id stands for in this graph, if a record defines it. */
	public Optional<Kind> kindOf(String id) {
		if (entities.containsKey(id)) {
			return Optional.of(Kind.ENTITY);
		}
		if (activities.containsKey(id)) {
			return Optional.of(Kind.ACTIVITY);
		}
		if (agents.containsKey(id)) {
			return Optional.of(Kind.AGENT);
		}
		return Optional.empty();
	}

	/** The relations of this type whose first argument is {@code subject}. */
	public List<ProvRelation> from(String subject, String type) {
		return relations.stream().filter(r -> r.type().equals(type) && r.subject().equals(subject)).toList();
	}

	/** The relations of this type whose second argument is {@code object}. */
	public List<ProvRelation> to(String object, String type) {
		return relations.stream().filter(r -> r.type().equals(type) && r.object().equals(object)).toList();
	}

	/** The agents associated with the activity, in the order named. */
	public List<ProvAgent> agentsOf(String activity) {
		Set<String> ids = new LinkedHashSet<>();
		from(activity, ProvRelation.WAS_ASSOCIATED_WITH).forEach(r -> ids.add(r.object()));
		return ids.stream().map(agents::get).filter(a -> a != null).toList();
	}
}
