package org.verbatim.core.prov;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.verbatim.core.Excerpt;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.NewStatement;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Retrieval;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;

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
	 *
	 * @param revisionOf the entity of the current version of that earlier statement, such as
	 *                   {@code statement/S3/2}
	 */
	public static ProvDraft statementImported(long seq, Instant at, ProvAgent analyst, StatementId id,
			NewStatement statement, OriginalRef original, Retrieval retrieval, Optional<String> revisionOf) {
		return statementImported(seq, at, analyst, id, statement, original, retrieval, revisionOf, List.of());
	}

	/**
	 * A statement's import, as {@link #statementImported(long, Instant, ProvAgent, StatementId,
	 * NewStatement, OriginalRef, Retrieval, Optional)}, with the text cleaners that ran after the
	 * document extractor: each is an activity {@code clean-1}, {@code clean-2}, ... at its own
	 * bundle's version that used the decoded original and informed the {@code clean} activity, whose
	 * clean text (and removals) is the one after all of them.
	 *
	 * @param cleaners the text cleaners, in the order they ran
	 * @since 1.1
	 */
	public static ProvDraft statementImported(long seq, Instant at, ProvAgent analyst, StatementId id,
			NewStatement statement, OriginalRef original, Retrieval retrieval, Optional<String> revisionOf,
			List<CleanerStep> cleaners) {
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
		// each text cleaner (a plugin) is its own activity at its own bundle's version; the clean
		// text and the removals above are those after all of them
		for (int i = 0; i < cleaners.size(); i++) {
			String step = b.activity(seq, "clean-" + (i + 1), at, cleanerAttributes(cleaners.get(i)),
					cleaners.get(i).agent());
			b.relation(ProvRelation.USED, step, decodedId);
			b.relation(ProvRelation.WAS_INFORMED_BY, clean, step);
		}
		b.entity(cleanId, ProvIds.CLEAN_TEXT,
				Map.of(SHA256, TextDigests.text(statement.text()), "length", Integer.toString(statement.text().length()),
						OFFSETS_SHA256, TextDigests.offsets(statement.offsets())));
		b.relation(ProvRelation.WAS_GENERATED_BY, cleanId, clean);
		b.relation(ProvRelation.WAS_DERIVED_FROM, cleanId, decodedId);

		Map<String, String> fields = new LinkedHashMap<>(MetadataAttributes.of(statement.metadata()));
		fields.put("extractor", tools.extractorName());
		String extract = b.activity(seq, "extract", at, fields, tools.extractor());
		b.relation(ProvRelation.USED, extract, cleanId);
		// each metadata extractor (a plugin) is its own activity at its own bundle's version; the
		// extract activity's fields above are the metadata after all of them
		List<String> metadataActivities = new ArrayList<>();
		for (MetadataStep step : tools.metadataSteps()) {
			Map<String, String> about = new LinkedHashMap<>();
			about.put("extractor", step.name());
			about.put("fields", String.join(",", step.fields()));
			step.problem().ifPresent(problem -> about.put("problem", problem));
			String activity = b.activity(seq, "metadata-" + (metadataActivities.size() + 1), at, about, step.agent());
			b.relation(ProvRelation.USED, activity, cleanId);
			b.relation(ProvRelation.WAS_INFORMED_BY, activity, extract);
			metadataActivities.add(activity);
		}

		Map<String, String> importAttributes = new LinkedHashMap<>();
		importAttributes.put("source", statement.source());
		// a page found through a feed names the feed and its item; the source key stays the page's own
		tools.via().forEach(importAttributes::putIfAbsent);
		String importing = b.activity(seq, "import", at, importAttributes, tools.importer());
		b.relation(ProvRelation.WAS_ASSOCIATED_WITH, importing, analyst.id(), Optional.of("requester"));
		b.relation(ProvRelation.WAS_INFORMED_BY, importing, extract);
		metadataActivities.forEach(activity -> b.relation(ProvRelation.WAS_INFORMED_BY, importing, activity));
		String statementId = ProvIds.statement(id, 1);
		b.relation(ProvRelation.USED, importing, cleanId);
		Map<String, String> about = new LinkedHashMap<>();
		about.put("statement", id.toString());
		about.put("source", statement.source());
		revisionOf.ifPresent(earlier -> about.put("revision-of", earlier));
		b.entity(statementId, ProvIds.STATEMENT, about);
		revisionOf.ifPresent(earlier -> b.relation(ProvRelation.WAS_REVISION_OF, statementId, earlier));
		b.relation(ProvRelation.WAS_GENERATED_BY, statementId, importing);
		b.relation(ProvRelation.WAS_DERIVED_FROM, statementId, cleanId);
		b.relation(ProvRelation.WAS_ATTRIBUTED_TO, statementId, analyst.id());
		return b.build();
	}

	/** What a text cleaner's activity records: which cleaner, each removal with its reason, notes, a problem. */
	private static Map<String, String> cleanerAttributes(CleanerStep step) {
		Map<String, String> about = new LinkedHashMap<>();
		about.put("cleaner", step.name());
		about.put("removals", Integer.toString(step.removed().size()));
		for (int i = 0; i < step.removed().size(); i++) {
			CleanerStep.Removed removed = step.removed().get(i);
			about.put("removal-" + (i + 1), removed.removal().originalStart() + "-" + removed.removal().originalEnd()
					+ " " + removed.removal().rule() + ": " + removed.reason());
		}
		for (int i = 0; i < step.notes().size(); i++) {
			about.put("note-" + (i + 1), step.notes().get(i));
		}
		step.problem().ifPresent(problem -> about.put("problem", problem));
		return about;
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

	/**
	 * An excerpt cut from a statement's clean text: the excerpt entity carries all three anchors
	 * (clean span, quote with its digest, decoded-original span with the original's digest), so that
	 * the record alone is enough to check the excerpt against the archived original.
	 */
	public static ProvDraft excerptMade(long seq, Instant at, ProvAgent analyst, Excerpt excerpt) {
		Builder b = new Builder("excerpt", at, analyst);
		String activity = b.activity(seq, "excerpt", at,
				Map.of("statement", excerpt.statement().toString(), "clean-start",
						Integer.toString(excerpt.clean().start()), "clean-end", Integer.toString(excerpt.clean().end())),
				analyst);
		String cleanId = ProvIds.cleanText(excerpt.statement(), 1);
		String excerptId = ProvIds.excerpt(excerpt.id(), 1);
		Map<String, String> anchors = new LinkedHashMap<>();
		anchors.put("statement", excerpt.statement().toString());
		anchors.put("clean-start", Integer.toString(excerpt.clean().start()));
		anchors.put("clean-end", Integer.toString(excerpt.clean().end()));
		anchors.put("quote", excerpt.quote());
		anchors.put(SHA256, TextDigests.text(excerpt.quote()));
		anchors.put("original-sha256", excerpt.original().sha256());
		anchors.put("original-start", Integer.toString(excerpt.originalSpan().start()));
		anchors.put("original-end", Integer.toString(excerpt.originalSpan().end()));
		b.entity(excerptId, ProvIds.EXCERPT, anchors);
		b.relation(ProvRelation.USED, activity, cleanId);
		b.relation(ProvRelation.WAS_GENERATED_BY, excerptId, activity);
		b.relation(ProvRelation.WAS_DERIVED_FROM, excerptId, cleanId);
		b.relation(ProvRelation.WAS_ATTRIBUTED_TO, excerptId, analyst.id());
		return b.build();
	}

	/**
	 * A report exported to a file: the export used the quoted excerpts and generated the report,
	 * named by the SHA-256 of the file, so that a copy of the report can be matched to its record.
	 */
	public static ProvDraft reportExported(long seq, Instant at, ProvAgent analyst, ReportExport export) {
		Builder b = new Builder("export", at, analyst);
		Map<String, String> about = new LinkedHashMap<>();
		about.put("file", export.file());
		about.put("format", export.format());
		about.put("title", export.title());
		about.put("quotes", Integer.toString(export.quoted().size()));
		String activity = b.activity(seq, "export", at, about, export.exporter());
		b.relation(ProvRelation.WAS_ASSOCIATED_WITH, activity, analyst.id(), Optional.of("requester"));
		String report = ProvIds.REPORT + "/" + export.sha256();
		b.entity(report, ProvIds.REPORT, Map.of(SHA256, export.sha256(), "size", Long.toString(export.size()),
				"format", export.format(), "title", export.title()));
		for (ExcerptId quoted : export.quoted()) {
			b.relation(ProvRelation.USED, activity, ProvIds.excerpt(quoted, 1));
		}
		b.relation(ProvRelation.WAS_GENERATED_BY, report, activity);
		b.relation(ProvRelation.WAS_ATTRIBUTED_TO, report, analyst.id());
		return b.build();
	}

	/**
	 * A tag put on ({@code change} {@code tag}) or taken off ({@code untag}) a statement or excerpt.
	 *
	 * @param targetEntity the target's current entity, such as {@code statement/S3/2}
	 */
	public static ProvDraft tagChanged(long seq, Instant at, ProvAgent analyst, String change, String target,
			String tag, String targetEntity) {
		Builder b = new Builder(change, at, analyst);
		String activity = b.activity(seq, change, at, Map.of("target", target, "tag", tag), analyst);
		b.relation(ProvRelation.USED, activity, targetEntity);
		return b.build();
	}

	/**
	 * An analyst's edit of one metadata field: a new version of the statement whose attributes are
	 * the whole metadata after the edit, a revision of the version before.
	 *
	 * @param version the statement's version before the edit; the edit makes {@code version + 1}
	 * @param before  the field's value before, empty when it had none
	 * @param after   the field's value after, empty when it was cleared
	 * @param edited  the statement's whole metadata after the edit
	 */
	public static ProvDraft metadataEdited(long seq, Instant at, ProvAgent analyst, StatementId id, int version,
			String field, Optional<String> before, Optional<String> after, StatementMetadata edited) {
		Builder b = new Builder("edit", at, analyst);
		String activity = b.activity(seq, "edit", at,
				Map.of("field", field, "before", before.orElse(""), "after", after.orElse("")), analyst);
		revision(b, activity, analyst, id, version, edited);
		return b.build();
	}

	/**
	 * The undoing of an edit: the field gets its earlier value back (with its earlier evidence) as a
	 * new version of the statement, equal in content to the version before the undone edit.
	 *
	 * @param undone   the activity of the edit taken back, such as {@code activity/12/edit}
	 * @param version  the statement's version before the undo; the undo makes {@code version + 1}
	 * @param restored the statement's whole metadata after the undo
	 */
	public static ProvDraft editUndone(long seq, Instant at, ProvAgent analyst, String undone, StatementId id,
			int version, String field, Optional<String> before, Optional<String> after, StatementMetadata restored) {
		Builder b = new Builder("undo", at, analyst);
		String activity = b.activity(seq, "undo", at, Map.of("change", "edit", "undone", undone, "target",
				id.toString(), "field", field, "before", before.orElse(""), "after", after.orElse("")), analyst);
		b.relation(ProvRelation.WAS_INFORMED_BY, activity, undone);
		revision(b, activity, analyst, id, version, restored);
		return b.build();
	}

	/**
	 * The undoing of an excerpt: the excerpt is withdrawn (invalidated), not removed; its record
	 * stays.
	 */
	public static ProvDraft excerptUndone(long seq, Instant at, ProvAgent analyst, String undone, ExcerptId excerpt) {
		Builder b = new Builder("undo", at, analyst);
		String activity = b.activity(seq, "undo", at,
				Map.of("change", "excerpt", "undone", undone, "target", excerpt.toString()), analyst);
		b.relation(ProvRelation.WAS_INFORMED_BY, activity, undone);
		String excerptId = ProvIds.excerpt(excerpt, 1);
		b.relation(ProvRelation.USED, activity, excerptId);
		b.relation(ProvRelation.WAS_INVALIDATED_BY, excerptId, activity);
		return b.build();
	}

	/**
	 * The undoing of a tag ({@code undoneChange} {@code tag}: it is taken off again) or of an untag
	 * (it is put back).
	 */
	public static ProvDraft tagUndone(long seq, Instant at, ProvAgent analyst, String undone, String undoneChange,
			String target, String tag, String targetEntity) {
		Builder b = new Builder("undo", at, analyst);
		String activity = b.activity(seq, "undo", at,
				Map.of("change", undoneChange, "undone", undone, "target", target, "tag", tag), analyst);
		b.relation(ProvRelation.WAS_INFORMED_BY, activity, undone);
		b.relation(ProvRelation.USED, activity, targetEntity);
		return b.build();
	}

	private static void revision(Builder b, String activity, ProvAgent analyst, StatementId id, int version,
			StatementMetadata metadata) {
		String old = ProvIds.statement(id, version);
		String next = ProvIds.statement(id, version + 1);
		b.entity(next, ProvIds.STATEMENT, MetadataAttributes.of(metadata));
		b.relation(ProvRelation.USED, activity, old);
		b.relation(ProvRelation.WAS_GENERATED_BY, next, activity);
		b.relation(ProvRelation.WAS_REVISION_OF, next, old);
		b.relation(ProvRelation.WAS_ATTRIBUTED_TO, next, analyst.id());
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
