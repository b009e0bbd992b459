package org.verbatim.core.prov;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.verbatim.core.NewStatement;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Retrieval;
import org.verbatim.core.StatementId;

/**
 * The records of the changes the project store makes, in PROV terms. A store calls these inside
 * the transaction of the change, with the number the record will get.
 */
public final class ChangeRecords {

	/** Attribute of originals, texts and retrievals: SHA-256 of the bytes (texts: of their UTF-8). */
	public static final String SHA256 = "sha256";

	/** Attribute of a clean text: SHA-256 of its offset map (see {@link TextDigests#offsets}). */
	public static final String OFFSETS_SHA256 = "offsets-sha256";

	/** Attribute of the clean activity: SHA-256 of its removals (see {@link TextDigests#removals}). */
	public static final String REMOVALS_SHA256 = "removals-sha256";

	private ChangeRecords() {
	}

	/**
	 * A statement's import: the retrieval that made the original, its decoding, cleaning,
	 * extraction, and the import that made the statement, which may be a revision of the statement
	 * imported from the same source before.
	 */
	public static ProvDraft statementImported(long seq, Instant at, ProvAgent analyst, StatementId id,
			NewStatement statement, OriginalRef original, Retrieval retrieval, Optional<StatementId> revisionOf) {
		ImportTools tools = statement.tools();
		Builder b = new Builder("import", at, analyst);
		String retrieve = b.activity(seq, retrieval.httpStatus().isPresent() ? "fetch" : "read",
				retrieval.retrievedAt(), retrievalAttributes(retrieval), tools.importer());
		String originalId = ProvIds.original(original.sha256());
		b.entity(originalId, ProvIds.ORIGINAL,
				Map.of(SHA256, original.sha256(), "size", Long.toString(original.size())));
		b.relation(ProvRelation.WAS_GENERATED_BY, originalId, retrieve);

		String decode = b.activity(seq, "decode", at,
				Map.of("charset", statement.charset(), "charset-rule", statement.charsetRule()), tools.importer());
		String decodedId = ProvIds.decoded(original.sha256(), statement.charset());
		b.relation(ProvRelation.USED, decode, originalId);
		b.entity(decodedId, ProvIds.DECODED, Map.of("charset", statement.charset()));
		b.relation(ProvRelation.WAS_GENERATED_BY, decodedId, decode);
		b.relation(ProvRelation.WAS_DERIVED_FROM, decodedId, originalId);

		Map<String, String> cleaning = new LinkedHashMap<>();
		cleaning.put("cleaner", tools.extractorName());
		cleaning.put("removals", Integer.toString(statement.removals().size()));
		cleaning.put(REMOVALS_SHA256, TextDigests.removals(statement.removals()));
		String clean = b.activity(seq, "clean", at, cleaning, tools.extractor());
		String cleanId = ProvIds.cleanText(id, 1);
		b.relation(ProvRelation.USED, clean, decodedId);
		b.entity(cleanId, ProvIds.CLEAN_TEXT,
				Map.of(SHA256, TextDigests.text(statement.text()), "length", Integer.toString(statement.text().length()),
						OFFSETS_SHA256, TextDigests.offsets(statement.offsets())));
		b.relation(ProvRelation.WAS_GENERATED_BY, cleanId, clean);
		b.relation(ProvRelation.WAS_DERIVED_FROM, cleanId, decodedId);

		Map<String, String> fields = new LinkedHashMap<>(MetadataAttributes.of(statement.metadata()));
		fields.put("extractor", tools.extractorName());
		String extract = b.activity(seq, "extract", at, fields, tools.extractor());
		b.relation(ProvRelation.USED, extract, cleanId);

		String importing = b.activity(seq, "import", at, Map.of("source", statement.source()), tools.importer());
		b.relation(ProvRelation.WAS_ASSOCIATED_WITH, importing, analyst.id(), Optional.of("requester"));
		b.relation(ProvRelation.WAS_INFORMED_BY, importing, extract);
		String statementId = ProvIds.statement(id, 1);
		b.relation(ProvRelation.USED, importing, cleanId);
		Map<String, String> about = new LinkedHashMap<>();
		about.put("statement", id.toString());
		about.put("source", statement.source());
		revisionOf.ifPresent(earlier -> about.put("revision-of", earlier.toString()));
		b.entity(statementId, ProvIds.STATEMENT, about);
		revisionOf.ifPresent(earlier -> b.relation(ProvRelation.WAS_REVISION_OF, statementId,
				ProvIds.statement(earlier, 1)));
		b.relation(ProvRelation.WAS_GENERATED_BY, statementId, importing);
		b.relation(ProvRelation.WAS_DERIVED_FROM, statementId, cleanId);
		b.relation(ProvRelation.WAS_ATTRIBUTED_TO, statementId, analyst.id());
		return b.build();
	}

	/**
	 * Bytes the project had already, read again: the retrieval is recorded as an entity of its own,
	 * an alternate of the original it matched.
	 */
	public static ProvDraft retrievedAgain(long seq, Instant at, ProvAgent analyst, ImportTools tools,
			OriginalRef original, Retrieval retrieval) {
		Builder b = new Builder("retrieval", at, analyst);
		String retrieve = b.activity(seq, retrieval.httpStatus().isPresent() ? "fetch" : "read",
				retrieval.retrievedAt(), retrievalAttributes(retrieval), tools.importer());
		b.relation(ProvRelation.WAS_ASSOCIATED_WITH, retrieve, analyst.id(), Optional.of("requester"));
		String copy = ProvIds.RETRIEVAL + "/" + seq;
		b.entity(copy, ProvIds.RETRIEVAL, Map.of(SHA256, original.sha256(), "size", Long.toString(original.size())));
		b.relation(ProvRelation.WAS_GENERATED_BY, copy, retrieve);
		b.relation(ProvRelation.ALTERNATE_OF, copy, ProvIds.original(original.sha256()));
		return b.build();
	}

	/** A source that could not be imported, with the original that was kept, if bytes were read. */
	public static ProvDraft importFailed(long seq, Instant at, ProvAgent analyst, String source,
			Optional<OriginalRef> original, String reason) {
		Builder b = new Builder("failed-import", at, analyst);
		String attempt = b.activity(seq, "import", at, Map.of("source", source, "failure", reason),
				ProvAgent.verbatim());
		b.relation(ProvRelation.WAS_ASSOCIATED_WITH, attempt, analyst.id(), Optional.of("requester"));
		original.ifPresent(o -> {
			String copy = ProvIds.RETRIEVAL + "/" + seq;
			b.entity(copy, ProvIds.RETRIEVAL, Map.of(SHA256, o.sha256(), "size", Long.toString(o.size())));
			b.relation(ProvRelation.WAS_GENERATED_BY, copy, attempt);
		});
		return b.build();
	}

	/** A statement found to be a near-duplicate of others, grouped under the group's canonical one. */
	public static ProvDraft nearDuplicatesGrouped(long seq, Instant at, ProvAgent analyst, StatementId id,
			String scheme, StatementId canonical, List<StatementId> members) {
		Builder b = new Builder("group", at, analyst);
		String group = b.activity(seq, "group", at,
				Map.of("scheme", scheme, "canonical", canonical.toString(), "members",
						String.join(" ", members.stream().map(StatementId::toString).toList())),
				ProvAgent.verbatim());
		b.relation(ProvRelation.USED, group, ProvIds.statement(id, 1));
		if (!canonical.equals(id)) {
			b.relation(ProvRelation.USED, group, ProvIds.statement(canonical, 1));
		}
		return b.build();
	}

	/** A change to the project's search settings (an alias group, a saved search). */
	public static ProvDraft settingChanged(long seq, Instant at, ProvAgent analyst, String change,
			Map<String, String> values) {
		Builder b = new Builder(change, at, analyst);
		String activity = b.activity(seq, change, at, values, ProvAgent.verbatim());
		b.relation(ProvRelation.WAS_ASSOCIATED_WITH, activity, analyst.id(), Optional.of("author"));
		String setting = ProvIds.SETTING + "/" + seq;
		b.entity(setting, ProvIds.SETTING, values);
		b.relation(ProvRelation.WAS_GENERATED_BY, setting, activity);
		b.relation(ProvRelation.WAS_ATTRIBUTED_TO, setting, analyst.id());
		return b.build();
	}

	private static Map<String, String> retrievalAttributes(Retrieval retrieval) {
		Map<String, String> out = new LinkedHashMap<>();
		out.put("source", retrieval.source());
		out.put("retrieved-at", retrieval.retrievedAt().toString());
		retrieval.finalLocation().ifPresent(l -> out.put("final-location", l));
		retrieval.httpStatus().ifPresent(s -> out.put("http-status", Integer.toString(s)));
		if (!retrieval.httpHeaders().isEmpty()) {
			out.put("http-headers", String.join("\n", retrieval.httpHeaders()));
		}
		return out;
	}

	/** Collects one record's parts; agents are listed once each, in the order first named. */
	public static final class Builder {

		private final String change;

		private final Instant at;

		private final List<ProvActivity> activities = new ArrayList<>();

		private final List<ProvEntity> entities = new ArrayList<>();

		private final Map<String, ProvAgent> agents = new LinkedHashMap<>();

		private final List<ProvRelation> relations = new ArrayList<>();

		/** A record of {@code change} at {@code at}, requested by {@code analyst}. */
		public Builder(String change, Instant at, ProvAgent analyst) {
			this.change = change;
			this.at = at;
			agents.put(analyst.id(), analyst);
		}

		/** Adds activity {@code step} of record {@code seq} done by {@code agent}; returns its id. */
		public String activity(long seq, String step, Instant when, Map<String, String> attributes, ProvAgent agent) {
			String id = ProvIds.activity(seq, step);
			activities.add(new ProvActivity(id, step, when, when, attributes));
			agents.putIfAbsent(agent.id(), agent);
			relations.add(ProvRelation.of(ProvRelation.WAS_ASSOCIATED_WITH, id, agent.id()));
			return id;
		}

		/** Adds an entity made by this change. */
		public void entity(String id, String type, Map<String, String> attributes) {
			entities.add(new ProvEntity(id, type, attributes));
		}

		/** Adds a relation without a role. */
		public void relation(String type, String subject, String object) {
			relations.add(ProvRelation.of(type, subject, object));
		}

		/** Adds a relation. */
		public void relation(String type, String subject, String object, Optional<String> role) {
			relations.add(new ProvRelation(type, subject, object, role));
		}

		/** Adds an agent the record names. */
		public void agent(ProvAgent agent) {
			agents.putIfAbsent(agent.id(), agent);
		}

		/** The record's content. */
		public ProvDraft build() {
			return new ProvDraft(change, at, activities, entities, List.copyOf(agents.values()), relations);
		}
	}
}
