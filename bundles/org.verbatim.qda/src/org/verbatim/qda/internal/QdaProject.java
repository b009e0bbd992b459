package org.verbatim.qda.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.verbatim.core.StatementId;
import org.verbatim.core.prov.ProvIds;
import org.verbatim.core.prov.ProvRecord;
import org.verbatim.report.Report;
import org.verbatim.report.ReportQuote;

/**
 * What a report becomes in the REFI-QDA project exchange format (QDA-XML 1.0): the project file
 * {@code project.qde} and one plain text file per quoted statement.
 * <p>
 * Each quoted statement is a text source whose text is the statement's whole clean text; each quote
 * is a selection of it, with positions counted in Unicode code points as the standard counts
 * characters (Verbatim counts UTF-16 units, so the two differ after a character outside the Basic
 * Multilingual Plane); each tag is a code, coded on the quotes that carry it; the analyst's note on a
 * quote is a note the selection refers to; each person quoted is a case with the sources they speak
 * in; and the statement's metadata and provenance (source, retrieval, the archived original's
 * SHA-256) are the source's description and variable values, so a QDA user can trace every text back.
 * <p>
 * Every GUID is derived from the project's namespace and Verbatim's ids (see {@link QdaGuids}), and
 * every date from the report or the provenance log, so exporting the same report again gives the same
 * bytes.
 *
 * @param qde     the project file
 * @param sources the text files, by their path in the archive ({@code sources/<guid>.txt})
 */
record QdaProject(String qde, Map<String, String> sources) {

	/** The namespace of project files. */
	static final String NAMESPACE = "urn:QDA-XML:project:1.0";

	/** The folder of the archive that {@code internal://} paths point into. */
	static final String SOURCES = "sources/";

	/** The variables every source may have values of: name and REFI-QDA type. */
	private static final Map<String, String> VARIABLES = variables();

	private static Map<String, String> variables() {
		Map<String, String> v = new LinkedHashMap<>();
		v.put("Statement", "Text");
		v.put("Speaker", "Text");
		v.put("Role", "Text");
		v.put("Organization", "Text");
		v.put("Publisher", "Text");
		v.put("Issued", "Date");
		v.put("Language", "Text");
		v.put("Source", "Text");
		v.put("Retrieved", "DateTime");
		v.put("Original SHA-256", "Text");
		v.put("Charset", "Text");
		return v;
	}

	/**
	 * The project of {@code report}.
	 *
	 * @throws IOException when the report does not carry the text of a statement it quotes
	 */
	static QdaProject of(Report report) throws IOException {
		return new Builder(report).build();
	}

	/** Builds one project; each quoted statement's quotes are grouped under its source. */
	private static final class Builder {

		private final Report report;

		private final String prefix;

		private final String user;

		private final Map<StatementId, List<ReportQuote>> byStatement = new LinkedHashMap<>();

		/** The times of the records that made the quotes and the statements, by entity id. */
		private final Map<String, Instant> made = new TreeMap<>();

		private final QdeXml xml = new QdeXml();

		Builder(Report report) {
			this.report = report;
			this.prefix = report.namespace().prefix();
			this.user = QdaGuids.of("urn:verbatim:analyst:" + ProvIds.segment(report.analyst()));
			for (ReportQuote q : report.quotes()) {
				byStatement.computeIfAbsent(q.statement(), s -> new ArrayList<>()).add(q);
			}
			for (ProvRecord record : report.lineage()) {
				record.content().entities().forEach(e -> made.putIfAbsent(e.id(), record.content().at()));
			}
		}

		QdaProject build() throws IOException {
			Map<String, String> files = new LinkedHashMap<>();
			for (StatementId s : byStatement.keySet()) {
				String text = report.statementText(s).orElseThrow(() -> new IOException("the report does not carry the "
						+ "text of statement " + s + ", which a REFI-QDA project needs; make the report again"));
				files.put(SOURCES + sourceGuid(s) + ".txt", text);
			}
			xml.start("Project").attribute("xmlns", NAMESPACE).attribute("name", report.title())
					.attribute("origin", "Verbatim (REFI-QDA export plugin)").attribute("creatingUserGUID", user)
					.attribute("creationDateTime", dateTime(report.createdAt()));
			xml.start("Users").start("User").attribute("guid", user).attribute("name", report.analyst()).end().end();
			codeBook();
			xml.start("Variables");
			VARIABLES.forEach((name, type) -> xml.start("Variable").attribute("guid", variableGuid(name))
					.attribute("name", name).attribute("typeOfVariable", type).end());
			xml.end();
			cases();
			xml.start("Sources");
			for (Map.Entry<StatementId, List<ReportQuote>> e : byStatement.entrySet()) {
				source(e.getKey(), e.getValue(), report.statementText(e.getKey()).orElseThrow());
			}
			xml.end();
			notes();
			xml.element("Description", description());
			xml.end();
			return new QdaProject(xml.document(), files);
		}

		private void codeBook() {
			TreeSet<String> tags = new TreeSet<>();
			report.quotes().forEach(q -> tags.addAll(q.tags()));
			if (tags.isEmpty()) {
				return;
			}
			xml.start("CodeBook").start("Codes");
			for (String tag : tags) {
				xml.start("Code").attribute("guid", codeGuid(tag)).attribute("name", tag).attribute("isCodable", "true")
						.end();
			}
			xml.end().end();
		}

		/** One case per person quoted, with the sources that name them as speaking. */
		private void cases() {
			Map<String, List<StatementId>> speakers = new TreeMap<>();
			byStatement.forEach((s, quotes) -> quotes.get(0).speakers()
					.forEach(name -> speakers.computeIfAbsent(name, n -> new ArrayList<>()).add(s)));
			if (speakers.isEmpty()) {
				return;
			}
			xml.start("Cases");
			speakers.forEach((name, statements) -> {
				xml.start("Case").attribute("guid", guid("speaker/" + ProvIds.segment(name))).attribute("name", name);
				xml.element("Description", "A person quoted in the statements this case lists, as Verbatim's metadata names them.");
				statements.forEach(s -> xml.start("SourceRef").attribute("targetGUID", sourceGuid(s)).end());
				xml.end();
			});
			xml.end();
		}

		private void source(StatementId s, List<ReportQuote> quotes, String text) {
			ReportQuote first = quotes.get(0);
			String guid = sourceGuid(s);
			xml.start("TextSource").attribute("guid", guid).attribute("name", s + " " + label(first))
					.attribute("plainTextPath", "internal://" + guid + ".txt").attribute("creatingUser", user);
			Optional.ofNullable(made.get(ProvIds.statement(s, 1)))
					.ifPresent(at -> xml.attribute("creationDateTime", dateTime(at)));
			xml.element("Description", provenance(first));
			for (ReportQuote q : quotes) {
				selection(q, text);
			}
			value("Statement", s.toString());
			first.speaker().ifPresent(v -> value("Speaker", v));
			first.role().ifPresent(v -> value("Role", v));
			first.organization().ifPresent(v -> value("Organization", v));
			first.publisher().ifPresent(v -> value("Publisher", v));
			first.issued().ifPresent(v -> value("Issued", v.toString()));
			first.language().ifPresent(v -> value("Language", v));
			value("Source", first.source());
			first.retrievedAt().ifPresent(v -> value("Retrieved", dateTime(v)));
			value("Original SHA-256", first.originalSha256());
			value("Charset", first.charset());
			xml.end();
		}

		private void selection(ReportQuote q, String text) {
			xml.start("PlainTextSelection").attribute("guid", selectionGuid(q)).attribute("name", q.excerpt().toString())
					.attribute("startPosition", Integer.toString(text.codePointCount(0, q.cleanStart())))
					.attribute("endPosition", Integer.toString(text.codePointCount(0, q.cleanEnd())))
					.attribute("creatingUser", user);
			Optional.ofNullable(made.get(ProvIds.excerpt(q.excerpt(), 1)))
					.ifPresent(at -> xml.attribute("creationDateTime", dateTime(at)));
			xml.element("Description", "Verbatim excerpt " + q.excerpt() + ": UTF-16 units " + q.originalStart() + "\u2013"
					+ q.originalEnd() + " of the decoded archived original (SHA-256 " + q.originalSha256() + ", decoded as "
					+ q.charset() + "); made by provenance record " + q.record() + " (hash " + q.recordHash() + ").");
			for (String tag : new TreeSet<>(q.tags())) {
				xml.start("Coding").attribute("guid", guid("coding/" + q.excerpt() + "/" + ProvIds.segment(tag)))
						.attribute("creatingUser", user);
				xml.start("CodeRef").attribute("targetGUID", codeGuid(tag)).end();
				xml.end();
			}
			if (q.note().isPresent()) {
				xml.start("NoteRef").attribute("targetGUID", noteGuid(q)).end();
			}
			xml.end();
		}

		private void notes() {
			List<ReportQuote> noted = report.quotes().stream().filter(q -> q.note().isPresent()).toList();
			if (noted.isEmpty()) {
				return;
			}
			xml.start("Notes");
			for (ReportQuote q : noted) {
				xml.start("Note").attribute("guid", noteGuid(q)).attribute("name", "Note on " + q.excerpt())
						.attribute("creatingUser", user);
				xml.element("PlainTextContent", q.note().get());
				xml.end();
			}
			xml.end();
		}

		private void value(String variable, String value) {
			xml.start("VariableValue");
			xml.start("VariableRef").attribute("targetGUID", variableGuid(variable)).end();
			String element = switch (VARIABLES.get(variable)) {
			case "Date" -> "DateValue";
			case "DateTime" -> "DateTimeValue";
			default -> "TextValue";
			};
			xml.element(element, value);
			xml.end();
		}

		private String provenance(ReportQuote q) {
			StringBuilder d = new StringBuilder("Verbatim statement " + q.statement() + " of the project \u201c"
					+ report.project() + "\u201d: its clean text, read from " + q.source());
			q.retrievedAt().ifPresent(at -> d.append(" on ").append(dateTime(at)));
			d.append("; archived original SHA-256 ").append(q.originalSha256()).append(", decoded as ")
					.append(q.charset()).append('.');
			if (!q.speakers().isEmpty()) {
				d.append(" Speaking: ").append(String.join("; ", q.speakers())).append('.');
			}
			q.issued().ifPresent(at -> d.append(" Issued ").append(at).append('.'));
			return d.toString();
		}

		private String description() {
			StringBuilder d = new StringBuilder("The report \u201c" + report.title() + "\u201d (" + report.quotes().size()
					+ " quotes), exported from the Verbatim project \u201c" + report.project() + "\u201d whose provenance "
					+ "log had " + report.provenanceRecords() + " records ending in hash " + report.provenanceHead()
					+ ". Positions count Unicode code points of each source's text.");
			report.introduction().ifPresent(i -> d.append("\n\n").append(i.strip()));
			return d.toString();
		}

		private static String label(ReportQuote q) {
			return q.title().orElseGet(() -> {
				String source = q.source();
				int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
				return source.substring(slash + 1);
			});
		}

		private String guid(String id) {
			return QdaGuids.of(prefix + "qda/" + id);
		}

		private String sourceGuid(StatementId s) {
			return guid("source/" + s);
		}

		private String selectionGuid(ReportQuote q) {
			return guid("selection/" + q.excerpt());
		}

		private String noteGuid(ReportQuote q) {
			return guid("note/" + q.excerpt());
		}

		private String codeGuid(String tag) {
			return guid("code/" + ProvIds.segment(tag));
		}

		private String variableGuid(String name) {
			return guid("variable/" + ProvIds.segment(name));
		}

		/** An instant as xsd:dateTime in UTC, to the second (the precision QDA tools keep). */
		private static String dateTime(Instant at) {
			return at.truncatedTo(ChronoUnit.SECONDS).toString();
		}
	}
}
