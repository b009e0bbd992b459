package org.verbatim.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.StatementId;
import org.verbatim.core.prov.ProvRecord;
import org.verbatim.provenance.ProvNamespace;

/**
 * A report: a title, the analyst's introduction and sections of quotes, made from a project at a
 * moment whose provenance log ended at {@code provenanceHead}.
 *
 * @param title          the title
 * @param template       how the quotes were arranged
 * @param analyst        who made it
 * @param createdAt      when
 * @param project        the project's name
 * @param introduction   the analyst's text before the sections, if any
 * @param sections       the sections
 * @param provenanceRecords how many records the project's provenance log had
 * @param provenanceHead the hash of its last record: anyone holding the project can check that the
 *                       log the report was made from is still there, unchanged
 * @param lineage        the provenance records that made the quoted excerpts, from the archived
 *                       originals on (each once, in log order), for exports that embed PROV
 * @param namespace      where those records' ids live outside the project
 * @param statementTexts the whole clean text of each quoted statement, which the quotes' clean
 *                       positions index, for exports that carry the statements themselves (empty in
 *                       a report made without them)
 */
public record Report(String title, ReportTemplate template, String analyst, Instant createdAt, String project,
		Optional<String> introduction, List<ReportSection> sections, long provenanceRecords, String provenanceHead,
		List<ProvRecord> lineage, ProvNamespace namespace, Map<StatementId, String> statementTexts) {

	public Report {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(template, "template");
		Objects.requireNonNull(analyst, "analyst");
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(project, "project");
		Objects.requireNonNull(introduction, "introduction");
		sections = List.copyOf(sections);
		Objects.requireNonNull(provenanceHead, "provenanceHead");
		lineage = List.copyOf(lineage);
		Objects.requireNonNull(namespace, "namespace");
		statementTexts = Map.copyOf(statementTexts);
	}

	/**
	 * A report without its statements' texts: exports that need them (such as a QDA project) refuse
	 * it.
	 */
	public Report(String title, ReportTemplate template, String analyst, Instant createdAt, String project,
			Optional<String> introduction, List<ReportSection> sections, long provenanceRecords, String provenanceHead,
			List<ProvRecord> lineage, ProvNamespace namespace) {
		this(title, template, analyst, createdAt, project, introduction, sections, provenanceRecords, provenanceHead,
				lineage, namespace, Map.of());
	}

	/** The whole clean text of {@code statement}, when the report carries it. */
	public Optional<String> statementText(StatementId statement) {
		return Optional.ofNullable(statementTexts.get(statement));
	}

	/** Every quote of the report, in order. */
	public List<ReportQuote> quotes() {
		return sections.stream().flatMap(s -> s.quotes().stream()).toList();
	}
}
