package org.verbatim.provenance;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.verbatim.core.OffsetMap;
import org.verbatim.core.Removal;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.prov.ProvActivity;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.prov.ProvEntity;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.prov.ProvIds;
import org.verbatim.core.prov.ProvRecord;
import org.verbatim.core.prov.ProvRelation;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

/**
 * How a statement (or an excerpt) came to be, read from the project's provenance records: the path
 * of entities from the archived original to it, each with the activities that made it and who did
 * them, the records that named it afterwards (groupings, edits, retrievals of the same bytes), and
 * where its text lies in the original's bytes.
 *
 * @param subject      the id asked about, such as {@code S3}
 * @param entity       the newest version of the subject's entity, such as {@code statement/S3/1}
 * @param steps        the path, oldest first: the original, its decoding, the clean text, the
 *                     statement, later versions
 * @param later        records that named an entity of the path without making it, in order
 * @param records      every record the lineage was read from, in order (what an export of the
 *                     lineage holds)
 * @param originalSpan where the subject's text is in the original, when the project still has the
 *                     statement and its original
 * @param removals     what cleaning removed from the statement's original, in original order
 */
public record Lineage(String subject, String entity, List<Step> steps, List<Later> later, List<ProvRecord> records,
		Optional<OriginalSpan> originalSpan, List<Removal> removals) {

	private static final Pattern STATEMENT = Pattern.compile("[Ss][1-9][0-9]*");

	private static final Pattern EXCERPT = Pattern.compile("[Ee][1-9][0-9]*");

	/** Entity attribute an excerpt may carry: its first character in the statement's clean text. */
	public static final String START = "clean-start";

	/** Entity attribute an excerpt may carry: its end character in the statement's clean text. */
	public static final String END = "clean-end";

	public Lineage {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(entity, "entity");
		steps = List.copyOf(steps);
		later = List.copyOf(later);
		records = List.copyOf(records);
		Objects.requireNonNull(originalSpan, "originalSpan");
		removals = List.copyOf(removals);
	}

	/**
	 * An activity on the way, with the record that holds it.
	 *
	 * @param activity the activity
	 * @param seq      the number of the record that holds it
	 * @param hash     that record's hash
	 * @param agents   who was responsible, in the order the record names them
	 * @param informs  for an activity that informed another (extraction informs the import), the
	 *                 informed activity's id; empty for the activity that made the entity
	 */
	public record Action(ProvActivity activity, long seq, String hash, List<ProvAgent> agents,
			Optional<String> informs) {

		public Action {
			Objects.requireNonNull(activity, "activity");
			Objects.requireNonNull(hash, "hash");
			agents = List.copyOf(agents);
			Objects.requireNonNull(informs, "informs");
		}
	}

	/**
	 * One entity of the path.
	 *
	 * @param entity      the entity
	 * @param seq         the number of the record that defined it
	 * @param actions     the activity that generated it, then the activities that informed that one
	 * @param derivedFrom the entities it was derived from (or was a revision of), by relation
	 */
	public record Step(ProvEntity entity, long seq, List<Action> actions, List<ProvRelation> derivedFrom) {

		public Step {
			Objects.requireNonNull(entity, "entity");
			actions = List.copyOf(actions);
			derivedFrom = List.copyOf(derivedFrom);
		}
	}

	/**
	 * A record that named an entity of the path without making it.
	 *
	 * @param record   the record
	 * @param named    the entities of the path it names
	 * @param actions  its activities
	 */
	public record Later(ProvRecord record, List<String> named, List<Action> actions) {

		public Later {
			Objects.requireNonNull(record, "record");
			named = List.copyOf(named);
			actions = List.copyOf(actions);
		}
	}

	/**
	 * The entity id an id the analyst types stands for: {@code S3} is version 1 of the statement,
	 * {@code E1} version 1 of the excerpt, and an id with a {@code /} is taken as a record id as it
	 * is; anything else is empty.
	 */
	public static Optional<String> entityOf(String id) {
		String trimmed = id.strip();
		if (STATEMENT.matcher(trimmed).matches()) {
			return Optional.of(ProvIds.STATEMENT + "/S" + trimmed.substring(1) + "/1");
		}
		if (EXCERPT.matcher(trimmed).matches()) {
			return Optional.of(ProvIds.EXCERPT + "/E" + trimmed.substring(1) + "/1");
		}
		if (trimmed.contains("/") && !trimmed.startsWith("/") && !trimmed.endsWith("/")) {
			return Optional.of(trimmed);
		}
		return Optional.empty();
	}

	/**
	 * The lineage of {@code id} (see {@link #entityOf}) in {@code project}, or empty when the project
	 * has no record naming it.
	 *
	 * @throws IllegalArgumentException when {@code id} is not an id {@link #entityOf} reads, or a
	 *                                  record is damaged
	 * @throws StoreException           when the project cannot be read
	 */
	public static Optional<Lineage> of(Project project, String id) throws StoreException {
		String start = entityOf(id).orElseThrow(() -> new IllegalArgumentException(
				"'" + id + "' is not a statement or excerpt id (ids look like S3 or E1)"));
		Reader reader = new Reader(project);
		if (reader.about(start).isEmpty()) {
			return Optional.empty();
		}
		String newest = reader.newestVersion(start);
		List<String> path = reader.ancestors(newest);
		ProvGraph graph = reader.graph();

		List<Step> steps = new ArrayList<>();
		Set<Long> making = new LinkedHashSet<>();
		for (String entityId : path) {
			ProvEntity entity = graph.entities().get(entityId);
			if (entity == null) {
				continue;
			}
			List<Action> actions = new ArrayList<>();
			for (ProvRelation generated : graph.from(entityId, ProvRelation.WAS_GENERATED_BY)) {
				action(graph, generated.object(), Optional.empty()).ifPresent(actions::add);
				for (ProvRelation informed : graph.from(generated.object(), ProvRelation.WAS_INFORMED_BY)) {
					action(graph, informed.object(), Optional.of(generated.object())).ifPresent(actions::add);
				}
			}
			List<ProvRelation> derived = new ArrayList<>(graph.from(entityId, ProvRelation.WAS_DERIVED_FROM));
			derived.addAll(graph.from(entityId, ProvRelation.WAS_REVISION_OF));
			long seq = graph.definedIn(entityId).orElseThrow();
			making.add(seq);
			actions.forEach(a -> making.add(a.seq()));
			steps.add(new Step(entity, seq, actions, derived));
		}

		List<Later> later = new ArrayList<>();
		for (ProvRecord record : graph.records()) {
			if (making.contains(record.seq())) {
				continue;
			}
			List<String> named = path.stream().filter(e -> names(record, e)).toList();
			List<Action> actions = record.content().activities().stream()
					.map(a -> new Action(a, record.seq(), record.hash(), graph.agentsOf(a.id()), Optional.empty()))
					.toList();
			later.add(new Later(record, named, actions));
		}

		Optional<StatementId> statement = steps.stream().map(Step::entity)
				.filter(e -> e.type().equals(ProvIds.STATEMENT)).reduce((first, second) -> second)
				.flatMap(e -> e.attribute("statement")).flatMap(StatementId::parse)
				// an excerpt derives from the clean text, not from the statement: it names its statement
				.or(() -> Optional.ofNullable(graph.entities().get(newest)).flatMap(e -> e.attribute("statement"))
						.flatMap(StatementId::parse));
		Optional<OriginalSpan> span = Optional.empty();
		List<Removal> removals = List.of();
		if (statement.isPresent()) {
			Optional<Statement> current = project.statement(statement.get());
			if (current.isPresent()) {
				ProvEntity subjectEntity = graph.entities().get(newest);
				span = originalSpan(project, current.get(), subjectEntity);
				removals = project.removals(statement.get());
			}
		}
		return Optional.of(new Lineage(id.strip(), newest, steps, later, graph.records(), span, removals));
	}

	private static Optional<Action> action(ProvGraph graph, String activityId, Optional<String> informs) {
		ProvActivity activity = graph.activities().get(activityId);
		if (activity == null) {
			return Optional.empty();
		}
		ProvRecord record = graph.records().stream().filter(r -> r.content().activity(activityId).isPresent())
				.findFirst().orElseThrow();
		return Optional.of(new Action(activity, record.seq(), record.hash(), graph.agentsOf(activityId), informs));
	}

	private static boolean names(ProvRecord record, String entity) {
		return record.content().entity(entity).isPresent() || record.content().relations().stream()
				.anyMatch(r -> r.subject().equals(entity) || r.object().equals(entity));
	}

	private static Optional<OriginalSpan> originalSpan(Project project, Statement statement, ProvEntity subject)
			throws StoreException {
		int start = 0;
		int end = statement.text().length();
		if (subject != null && subject.type().equals(ProvIds.EXCERPT)) {
			Optional<Integer> from = subject.attribute(START).flatMap(Lineage::number);
			Optional<Integer> to = subject.attribute(END).flatMap(Lineage::number);
			if (from.isEmpty() || to.isEmpty() || from.get() > to.get() || to.get() > end) {
				return Optional.empty();
			}
			start = from.get();
			end = to.get();
		}
		OffsetMap offsets = project.offsets(statement.id());
		if (end > offsets.cleanLength()) {
			return Optional.empty();
		}
		OffsetMap.Span chars = offsets.toOriginal(start, end);
		Charset charset;
		try {
			charset = Charset.forName(statement.charset());
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			return Optional.empty();
		}
		byte[] bytes = project.readOriginal(statement.original());
		try {
			return Optional.of(OriginalSpan.of(statement.original(), bytes, charset, statement.charsetRule(),
					chars.start(), chars.end()));
		} catch (IllegalArgumentException e) {
			// the offsets point past the decoded original: the lineage is still worth showing
			return Optional.empty();
		}
	}

	private static Optional<Integer> number(String text) {
		try {
			return Optional.of(Integer.parseInt(text));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** Reads the records about entities once each, keeping them by number. */
	private static final class Reader {

		private final Project project;

		private final Map<Long, ProvRecord> records = new TreeMap<>();

		private final Set<String> read = new LinkedHashSet<>();

		Reader(Project project) {
			this.project = project;
		}

		List<ProvRecord> about(String entity) throws StoreException {
			List<ProvRecord> found = new ArrayList<>();
			for (ProvEntry entry : project.provenanceAbout(entity)) {
				ProvRecord record = records.computeIfAbsent(entry.seq(), seq -> entry.record());
				found.add(record);
			}
			read.add(entity);
			return found;
		}

		ProvGraph graph() {
			return ProvGraph.of(List.copyOf(records.values()));
		}

		/** Follows {@code wasRevisionOf} forward to the newest version of {@code entity}. */
		String newestVersion(String entity) throws StoreException {
			String current = entity;
			Set<String> seen = new LinkedHashSet<>();
			while (seen.add(current)) {
				String now = current;
				Optional<String> newer = about(now).stream().flatMap(r -> r.content().relations().stream())
						.filter(r -> r.type().equals(ProvRelation.WAS_REVISION_OF) && r.object().equals(now))
						.map(ProvRelation::subject).findFirst();
				if (newer.isEmpty()) {
					return now;
				}
				current = newer.get();
			}
			return current;
		}

		/**
		 * {@code entity} and everything it was derived from, oldest first. An entity's parents are
		 * what it was derived from or a revision of; an entity without such relations falls back
		 * to what the activity that generated it used.
		 */
		List<String> ancestors(String entity) throws StoreException {
			List<String> order = new ArrayList<>();
			Set<String> seen = new LinkedHashSet<>();
			Deque<String> queue = new ArrayDeque<>();
			queue.add(entity);
			seen.add(entity);
			while (!queue.isEmpty()) {
				String current = queue.poll();
				order.add(current);
				if (!read.contains(current)) {
					about(current);
				}
				ProvGraph graph = graph();
				Set<String> parents = new LinkedHashSet<>();
				graph.from(current, ProvRelation.WAS_DERIVED_FROM).forEach(r -> parents.add(r.object()));
				graph.from(current, ProvRelation.WAS_REVISION_OF).forEach(r -> parents.add(r.object()));
				if (parents.isEmpty()) {
					for (ProvRelation generated : graph.from(current, ProvRelation.WAS_GENERATED_BY)) {
						graph.from(generated.object(), ProvRelation.USED).forEach(r -> parents.add(r.object()));
					}
				}
				for (String parent : parents) {
					if (seen.add(parent)) {
						queue.add(parent);
					}
				}
			}
			// later versions of the path's entities are named by records about them too
			for (String id : order) {
				if (!read.contains(id)) {
					about(id);
				}
			}
			Collections.reverse(order);
			return order;
		}
	}
}
