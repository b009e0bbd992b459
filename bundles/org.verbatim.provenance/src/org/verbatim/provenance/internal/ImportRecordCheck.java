package org.verbatim.provenance.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.verbatim.core.Sha256;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.prov.ChangeRecords;
import org.verbatim.core.prov.MetadataAttributes;
import org.verbatim.core.prov.ProvActivity;
import org.verbatim.core.prov.ProvDraft;
import org.verbatim.core.prov.ProvEntity;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.prov.ProvIds;
import org.verbatim.core.prov.ProvRecord;
import org.verbatim.core.prov.TextDigests;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.provenance.CheckedStatement;
import org.verbatim.provenance.Finding;
import org.verbatim.provenance.StatementCheck;

/**
 * Compares every statement with the record of its import: the same original and charset, and the
 * text, offset map and removals whose digests the record keeps; its metadata with the newest record
 * of it (an edit's statement entity, else the import's extraction). Every statement must have an
 * import record, and every imported statement must still be in the project.
 */
public final class ImportRecordCheck implements StatementCheck {

	/**
	 * The fields {@link MetadataAttributes} writes; an attribute belongs to the metadata when its
	 * name is one of these or starts with one and a dot ({@code speaker.1.role}). Records put other
	 * attributes beside them (the extractor, the statement's id).
	 */
	static final Set<String> METADATA_FIELDS = Set.of("title", "issued", "updated", "place", "publisher", "language",
			"speaker", "event", "machine-translated");

	/** What an import record says about one statement. */
	private record Imported(long seq, String originalSha256, String originalSize, String charset, String charsetRule,
			String source, String textSha256, String textLength, String offsetsSha256, String removalsSha256) {
	}

	/**
	 * Where a statement's expected metadata is recorded: an entity or activity of record {@code seq},
	 * and the digest of its metadata attributes.
	 */
	private record MetadataSource(long seq, int version, String holder, boolean entity, String digest) {
	}

	private final Map<Long, Imported> imports = new HashMap<>();

	private final Map<Long, MetadataSource> metadata = new HashMap<>();

	private final Set<Long> seen = ConcurrentHashMap.newKeySet();

	@Override
	public void recorded(ProvRecord record, Consumer<Finding> findings) {
		ProvDraft content = record.content();
		for (ProvEntity entity : content.entities()) {
			if (!entity.type().equals(ProvIds.STATEMENT)) {
				continue;
			}
			Optional<Version> version = Version.of(entity.id());
			if (version.isEmpty()) {
				findings.accept(new Finding("record " + record.seq(), Finding.RECORD,
						"names a statement entity " + entity.id() + " that is not of the form statement/S<n>/<version>"));
				continue;
			}
			long statement = version.get().statement().number();
			if (version.get().number() == 1) {
				imported(record, version.get().statement(), findings);
			} else {
				MetadataSource previous = metadata.get(statement);
				if (previous == null || previous.version() < version.get().number()) {
					metadata.put(statement, new MetadataSource(record.seq(), version.get().number(), entity.id(), true,
							digest(metadataOf(entity.attributes()))));
				}
			}
		}
	}

	private void imported(ProvRecord record, StatementId id, Consumer<Finding> findings) {
		ProvDraft content = record.content();
		Imported earlier = imports.get(id.number());
		if (earlier != null) {
			findings.accept(new Finding(id.toString(), Finding.IMPORT_RECORD,
					"is recorded as imported twice, by records " + earlier.seq() + " and " + record.seq()));
			return;
		}
		Optional<ProvEntity> original = content.entities().stream().filter(e -> e.type().equals(ProvIds.ORIGINAL))
				.findFirst();
		Optional<ProvEntity> clean = content.entity(ProvIds.cleanText(id, 1));
		Optional<ProvActivity> decode = activity(content, "decode");
		imports.put(id.number(), new Imported(record.seq(),
				original.flatMap(e -> e.attribute(ChangeRecords.SHA256)).orElse("(none)"),
				original.flatMap(e -> e.attribute("size")).orElse("(none)"),
				decode.flatMap(a -> a.attribute("charset")).orElse("(none)"),
				decode.flatMap(a -> a.attribute("charset-rule")).orElse("(none)"),
				content.entity(ProvIds.statement(id, 1)).flatMap(e -> e.attribute("source")).orElse("(none)"),
				clean.flatMap(e -> e.attribute(ChangeRecords.SHA256)).orElse("(none)"),
				clean.flatMap(e -> e.attribute("length")).orElse("(none)"),
				clean.flatMap(e -> e.attribute(ChangeRecords.OFFSETS_SHA256)).orElse("(none)"),
				activity(content, "clean").flatMap(a -> a.attribute(ChangeRecords.REMOVALS_SHA256)).orElse("(none)")));
		Optional<ProvActivity> extract = activity(content, "extract");
		if (!metadata.containsKey(id.number())) {
			metadata.put(id.number(), new MetadataSource(record.seq(), 1, extract.map(ProvActivity::id).orElse(""), false,
					digest(metadataOf(extract.map(ProvActivity::attributes).orElse(Map.of())))));
		}
	}

	private static Optional<ProvActivity> activity(ProvDraft content, String type) {
		return content.activities().stream().filter(a -> a.type().equals(type)).findFirst();
	}

	@Override
	public void check(Project project, CheckedStatement checked, Consumer<Finding> findings) throws StoreException {
		Statement statement = checked.statement();
		long number = statement.id().number();
		seen.add(number);
		String subject = checked.subject();
		Imported imported = imports.get(number);
		if (imported == null) {
			findings.accept(new Finding(subject, Finding.IMPORT_RECORD, "has no import record in the provenance log"));
			return;
		}
		String record = "record " + imported.seq();
		if (!imported.originalSha256().equals(statement.original().sha256())
				|| !imported.originalSize().equals(Long.toString(statement.original().size()))) {
			findings.accept(new Finding(subject, Finding.ORIGINAL, "names the original " + statement.original().sha256()
					+ ", but " + record + " imported it from " + imported.originalSha256()));
		}
		if (!imported.charset().equals(statement.charset()) || !imported.charsetRule().equals(statement.charsetRule())) {
			findings.accept(new Finding(subject, Finding.TEXT, "is decoded as " + statement.charset() + " ("
					+ statement.charsetRule() + "), but " + record + " decoded its original as " + imported.charset() + " ("
					+ imported.charsetRule() + ")"));
		}
		if (!imported.source().equals(statement.source())) {
			findings.accept(new Finding(subject, Finding.IMPORT_RECORD, "its source is " + statement.source() + ", but "
					+ record + " imported it from " + imported.source()));
		}
		if (!imported.textSha256().equals(TextDigests.text(statement.text()))) {
			findings.accept(new Finding(subject, Finding.TEXT, "its text (" + statement.text().length()
					+ " characters) is not the text " + record + " imported (" + imported.textLength()
					+ " characters): its SHA-256 differs"));
		}
		if (!imported.offsetsSha256().equals(TextDigests.offsets(checked.offsets()))) {
			findings.accept(new Finding(subject, Finding.OFFSETS,
					"its offset map is not the one " + record + " imported: its SHA-256 differs"));
		}
		if (!imported.removalsSha256().equals(TextDigests.removals(checked.removals()))) {
			findings.accept(new Finding(subject, Finding.REMOVALS, "what cleaning removed from its original ("
					+ checked.removals().size() + " parts) is not what " + record + " recorded: its SHA-256 differs"));
		}
		Map<String, String> now = MetadataAttributes.of(checked.metadata());
		MetadataSource expected = metadata.get(number);
		if (!expected.digest().equals(digest(now))) {
			findings.accept(new Finding(subject, Finding.METADATA, "its metadata is not what record " + expected.seq()
					+ " says (" + expected.holder() + "): " + differences(recordedMetadata(project, expected), now)));
		}
	}

	@Override
	public void finish(Project project, Consumer<Finding> findings) {
		for (Map.Entry<Long, Imported> e : new TreeMap<>(imports).entrySet()) {
			if (!seen.contains(e.getKey())) {
				findings.accept(new Finding("record " + e.getValue().seq(), Finding.IMPORT_RECORD, "records the import of "
						+ new StatementId(e.getKey()) + ", which the project does not have"));
			}
		}
		for (Map.Entry<Long, MetadataSource> e : new TreeMap<>(metadata).entrySet()) {
			if (e.getValue().entity() && !seen.contains(e.getKey()) && !imports.containsKey(e.getKey())) {
				findings.accept(new Finding("record " + e.getValue().seq(), Finding.IMPORT_RECORD, "records a change of "
						+ new StatementId(e.getKey()) + ", which the project does not have"));
			}
		}
	}

	/** The metadata attributes among a record's attributes. */
	public static Map<String, String> metadataOf(Map<String, String> attributes) {
		Map<String, String> out = new TreeMap<>();
		attributes.forEach((k, v) -> {
			int dot = k.indexOf('.');
			if (METADATA_FIELDS.contains(dot < 0 ? k : k.substring(0, dot))) {
				out.put(k, v);
			}
		});
		return out;
	}

	/** A digest of sorted attributes, each name and value preceded by its length. */
	private static String digest(Map<String, String> attributes) {
		StringBuilder all = new StringBuilder();
		new TreeMap<>(attributes).forEach((k, v) -> all.append(k.length()).append(':').append(k).append(v.length())
				.append(':').append(v));
		return Sha256.hex(all.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The recorded metadata, read again: only statements that differ need it, so it is not kept. */
	private static Map<String, String> recordedMetadata(Project project, MetadataSource source) throws StoreException {
		List<ProvEntry> entries = project.provenance(source.seq() - 1, 1);
		if (entries.isEmpty()) {
			return Map.of();
		}
		ProvDraft content;
		try {
			content = entries.get(0).record().content();
		} catch (IllegalArgumentException e) {
			return Map.of(); // unreadable: a finding of its own already
		}
		Map<String, String> attributes = source.entity()
				? content.entity(source.holder()).map(ProvEntity::attributes).orElse(Map.of())
				: content.activity(source.holder()).map(ProvActivity::attributes).orElse(Map.of());
		return metadataOf(attributes);
	}

	private static String differences(Map<String, String> recorded, Map<String, String> now) {
		Set<String> keys = new TreeSet<>(recorded.keySet());
		keys.addAll(now.keySet());
		List<String> out = new ArrayList<>();
		int count = 0;
		for (String key : keys) {
			String was = recorded.get(key);
			String is = now.get(key);
			if (was != null && was.equals(is)) {
				continue;
			}
			if (count++ >= TextDerivation.NAMED) {
				continue;
			}
			out.add(was == null ? key + " \"" + shortened(is) + "\" is not in the record"
					: is == null ? key + " \"" + shortened(was) + "\" is missing"
							: key + " is \"" + shortened(is) + "\", recorded \"" + shortened(was) + "\"");
		}
		if (count > TextDerivation.NAMED) {
			out.add((count - TextDerivation.NAMED) + " more");
		}
		return String.join("; ", out);
	}

	private static String shortened(String value) {
		String line = value.replace('\n', ' ');
		return line.length() <= 60 ? line : line.substring(0, 57) + "...";
	}

	/** A statement entity's id read back: {@code statement/S3/2} is version 2 of S3. */
	private record Version(StatementId statement, int number) {

		static Optional<Version> of(String entityId) {
			String[] parts = entityId.split("/", -1);
			if (parts.length != 3 || !parts[0].equals(ProvIds.STATEMENT)) {
				return Optional.empty();
			}
			Optional<StatementId> id = StatementId.parse(parts[1]);
			try {
				int version = Integer.parseInt(parts[2]);
				return id.isPresent() && version >= 1 ? Optional.of(new Version(id.get(), version)) : Optional.empty();
			} catch (NumberFormatException e) {
				return Optional.empty();
			}
		}
	}
}
