package org.verbatim.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.verbatim.core.Evidenced;
import org.verbatim.core.Excerpt;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.Retrieval;
import org.verbatim.core.Speaker;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.prov.ProvChain;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.prov.ProvIds;
import org.verbatim.core.prov.ProvRecord;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.provenance.Lineage;
import org.verbatim.provenance.ProvNamespace;

/** Makes a {@link Report} from a project's excerpts, with every quote's citation and anchors. */
public final class ReportAssembler {

	private ReportAssembler() {
	}

	/**
	 * A report of the excerpts {@code ids}, in that order (each once), arranged by
	 * {@code template}.
	 *
	 * @throws StoreException when an excerpt does not exist or was withdrawn (named), or the project
	 *                        cannot be read
	 */
	public static Report assemble(Project project, List<ExcerptId> ids, ReportTemplate template, String title,
			Optional<String> introduction, Clock clock) throws StoreException {
		if (ids.isEmpty()) {
			throw new StoreException("A report needs at least one excerpt; make one with 'verbatim excerpt'");
		}
		List<ReportQuote> quotes = new ArrayList<>();
		Map<StatementId, String> texts = new HashMap<>();
		for (ExcerptId id : new LinkedHashSet<>(ids)) {
			quotes.add(quote(project, id, texts));
		}
		Optional<ProvEntry> last = project.lastProvenance();
		long records = last.map(ProvEntry::seq).orElse(0L);
		String head = last.map(ProvEntry::hash).orElse(ProvChain.GENESIS);
		return new Report(title, template, ProvAgent.currentAnalyst().name(), Instant.now(clock), project.name(),
				introduction, template.arrange(quotes), records, head, lineage(project, quotes),
				ProvNamespace.of(project), texts);
	}

	/**
	 * The records that made the quoted excerpts: for each, the record that cut it, and the records
	 * of its statement's lineage (the original, its decoding, the clean text the excerpt was cut
	 * from, the statement and its later versions) with the activities on that path. Records that only
	 * named them later (tags, notes, earlier report exports) are left out: they are not how the words
	 * came to be. A statement's lineage is read once however many of its excerpts are quoted.
	 */
	private static List<ProvRecord> lineage(Project project, List<ReportQuote> quotes) throws StoreException {
		Map<Long, ProvRecord> making = new TreeMap<>();
		Set<StatementId> read = new HashSet<>();
		for (ReportQuote q : quotes) {
			List<ProvEntry> cut = project.provenanceAbout(ProvIds.excerpt(q.excerpt(), 1));
			if (!cut.isEmpty()) {
				making.putIfAbsent(cut.get(0).seq(), cut.get(0).record());
			}
			if (!read.add(q.statement())) {
				continue;
			}
			Lineage lineage;
			try {
				lineage = Lineage.of(project, q.statement().toString()).orElseThrow(() -> new StoreException(
						"Statement " + q.statement() + " has no provenance record; run 'verbatim verify' on the project"));
			} catch (IllegalArgumentException e) {
				throw new StoreException("The provenance of statement " + q.statement() + " cannot be read: " + e.getMessage());
			}
			Set<Long> seqs = new HashSet<>();
			for (Lineage.Step step : lineage.steps()) {
				seqs.add(step.seq());
				step.actions().forEach(a -> seqs.add(a.seq()));
			}
			for (ProvRecord record : lineage.records()) {
				if (seqs.contains(record.seq())) {
					making.putIfAbsent(record.seq(), record);
				}
			}
		}
		return List.copyOf(making.values());
	}

	/** The excerpts that carry {@code tag}, in id order. */
	public static List<ExcerptId> taggedExcerpts(Project project, String tag) throws StoreException {
		List<ExcerptId> ids = new ArrayList<>();
		for (String target : project.taggedWith(tag)) {
			ExcerptId.parse(target).ifPresent(ids::add);
		}
		return ids;
	}

	/** The quote of excerpt {@code id}; its statement's clean text goes into {@code texts}. */
	private static ReportQuote quote(Project project, ExcerptId id, Map<StatementId, String> texts)
			throws StoreException {
		Excerpt excerpt = project.excerpt(id).orElseThrow(
				() -> new StoreException(project.directory() + " has no excerpt " + id + "; 'verbatim excerpts' lists them"));
		if (excerpt.withdrawn()) {
			throw new StoreException("Excerpt " + id + " was withdrawn (its making was undone); it cannot be quoted");
		}
		Statement statement = project.statement(excerpt.statement()).orElseThrow(
				() -> new StoreException("Excerpt " + id + " names statement " + excerpt.statement() + ", which is missing"));
		texts.putIfAbsent(statement.id(), statement.text());
		StatementMetadata metadata = project.metadata(statement.id());
		Optional<Speaker> speaker = metadata.speakers().stream().findFirst();
		List<Retrieval> retrievals = project.retrievals(statement.original());
		List<ProvEntry> records = project.provenanceAbout(ProvIds.excerpt(id, 1));
		if (records.isEmpty()) {
			throw new StoreException("Excerpt " + id + " has no provenance record; run 'verbatim verify' on the project");
		}
		ProvEntry made = records.get(0);
		return new ReportQuote(id, excerpt.quote(), excerpt.prefix(), excerpt.suffix(), excerpt.clean().start(),
				excerpt.clean().end(), statement.id(), metadata.title().map(Evidenced::value).or(statement::title),
				speaker.map(Speaker::name), speaker.flatMap(Speaker::role), speaker.flatMap(Speaker::organization),
				metadata.publisher().map(Evidenced::value), metadata.issued().map(Evidenced::value), statement.source(),
				retrievals.stream().findFirst().map(Retrieval::retrievedAt), statement.original().sha256(),
				excerpt.originalSpan().start(), excerpt.originalSpan().end(), statement.charset(), excerpt.note(),
				excerpt.tags(), made.seq(), made.hash(), metadata.speakers().stream().map(Speaker::name).toList(),
				metadata.language().map(Evidenced::value));
	}
}
