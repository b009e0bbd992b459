package org.verbatim.provenance.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.verbatim.core.Excerpt;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.prov.ChangeRecords;
import org.verbatim.core.prov.ProvEntity;
import org.verbatim.core.prov.ProvIds;
import org.verbatim.core.prov.ProvRecord;
import org.verbatim.core.prov.TextDigests;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.provenance.CheckedStatement;
import org.verbatim.provenance.Finding;
import org.verbatim.provenance.StatementCheck;

/**
 * Checks every excerpt against the record that made it: the stored quote, clean span and original
 * span are the recorded ones, the quote is still the statement's text at its clean span, the
 * statement's offset map still leads from that span to the recorded characters of the original, and
 * every excerpt of the project has its record.
 */
public final class ExcerptCheck implements StatementCheck {

	/** Finding kind of this check. */
	public static final String EXCERPT = "excerpt";

	/** What a record said of one excerpt. */
	private record Recorded(long seq, ExcerptId id, String statement, int cleanStart, int cleanEnd, String quote,
			String sha256, String originalSha256, int originalStart, int originalEnd) {
	}

	private final Map<String, List<Recorded>> byStatement = new HashMap<>();

	private final Map<ExcerptId, Recorded> byExcerpt = new HashMap<>();

	private final Set<String> statementsSeen = ConcurrentHashMap.newKeySet();

	@Override
	public void recorded(ProvRecord record, Consumer<Finding> findings) {
		for (ProvEntity e : record.content().entities()) {
			if (!e.type().equals(ProvIds.EXCERPT)) {
				continue;
			}
			try {
				String[] parts = e.id().split("/");
				ExcerptId id = ExcerptId.parse(parts[1]).orElseThrow();
				Recorded r = new Recorded(record.seq(), id, e.attribute("statement").orElseThrow(),
						number(e, "clean-start"), number(e, "clean-end"), e.attribute("quote").orElseThrow(),
						e.attribute(ChangeRecords.SHA256).orElseThrow(), e.attribute("original-sha256").orElseThrow(),
						number(e, "original-start"), number(e, "original-end"));
				byExcerpt.put(id, r);
				byStatement.computeIfAbsent(r.statement(), s -> new java.util.ArrayList<>()).add(r);
			} catch (RuntimeException x) {
				findings.accept(new Finding("record " + record.seq(), EXCERPT,
						"its excerpt entity " + e.id() + " lacks an attribute or has a malformed one"));
			}
		}
	}

	private static int number(ProvEntity e, String name) {
		return Integer.parseInt(e.attribute(name).orElseThrow());
	}

	@Override
	public void check(Project project, CheckedStatement statement, Consumer<Finding> findings) throws StoreException {
		statementsSeen.add(statement.subject());
		String text = statement.statement().text();
		for (Recorded r : byStatement.getOrDefault(statement.subject(), List.of())) {
			String subject = r.id().toString();
			Optional<Excerpt> stored = project.excerpt(r.id());
			if (stored.isEmpty()) {
				findings.accept(new Finding(subject, EXCERPT, "record " + r.seq() + " made it, but the project has no "
						+ r.id()));
				continue;
			}
			Excerpt e = stored.get();
			if (!e.quote().equals(r.quote()) || !TextDigests.text(e.quote()).equals(r.sha256())) {
				findings.accept(new Finding(subject, EXCERPT, "its quote is not the quote record " + r.seq() + " made"));
			}
			if (e.clean().start() != r.cleanStart() || e.clean().end() != r.cleanEnd()
					|| e.originalSpan().start() != r.originalStart() || e.originalSpan().end() != r.originalEnd()
					|| !e.original().sha256().equals(r.originalSha256())) {
				findings.accept(new Finding(subject, EXCERPT, "its stored anchors are not the ones record " + r.seq()
						+ " made (clean " + r.cleanStart() + "-" + r.cleanEnd() + ", original " + r.originalStart() + "-"
						+ r.originalEnd() + ")"));
			}
			if (!statement.statement().original().sha256().equals(r.originalSha256())) {
				findings.accept(new Finding(subject, EXCERPT, "record " + r.seq() + " cites original " + r.originalSha256()
						+ ", but " + statement.subject() + " is from " + statement.statement().original().sha256()));
			}
			if (r.cleanEnd() > text.length() || !text.substring(r.cleanStart(), r.cleanEnd()).equals(r.quote())) {
				findings.accept(new Finding(subject, EXCERPT, "it is no longer the text of " + statement.subject() + " at "
						+ r.cleanStart() + "-" + r.cleanEnd()));
				continue;
			}
			try {
				OffsetMap.Span span = statement.offsets().toOriginal(r.cleanStart(), r.cleanEnd());
				if (span.start() != r.originalStart() || span.end() != r.originalEnd()) {
					findings.accept(new Finding(subject, EXCERPT, "the offsets of " + statement.subject() + " lead to original "
							+ span.start() + "-" + span.end() + ", not to the recorded " + r.originalStart() + "-"
							+ r.originalEnd()));
				} else if (statement.decoded().isPresent() && r.originalEnd() > statement.decoded().get().length()) {
					findings.accept(new Finding(subject, EXCERPT, "its original span ends after the decoded original"));
				}
			} catch (IllegalArgumentException x) {
				findings.accept(new Finding(subject, EXCERPT, "its clean span does not map into the original (" + x.getMessage()
						+ ")"));
			}
		}
	}

	@Override
	public void finish(Project project, Consumer<Finding> findings) throws StoreException {
		for (Map.Entry<String, List<Recorded>> e : byStatement.entrySet()) {
			if (!statementsSeen.contains(e.getKey())) {
				for (Recorded r : e.getValue()) {
					findings.accept(new Finding(r.id().toString(), EXCERPT,
							"record " + r.seq() + " cut it from " + e.getKey() + ", which the project no longer has"));
				}
			}
		}
		for (Excerpt e : project.excerpts()) {
			if (!byExcerpt.containsKey(e.id())) {
				findings.accept(new Finding(e.id().toString(), EXCERPT, "the project has it, but no record made it"));
			}
		}
	}
}
