package org.verbatim.cli.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.verbatim.core.ExcerptId;
import org.verbatim.core.store.Project;
import org.verbatim.report.Report;
import org.verbatim.report.ReportAssembler;
import org.verbatim.report.ReportException;
import org.verbatim.report.ReportService;
import org.verbatim.report.ReportTemplate;
import org.verbatim.search.Scope;
import org.verbatim.search.SearchException;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;

/** {@code verbatim report}: a report of excerpts, every quote with its citation and anchors. */
final class ReportCommand implements Command {

	@Override
	public String name() {
		return "report";
	}

	@Override
	public String summary() {
		return "export a report of excerpts, each quote cited with its provenance";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim report --project DIR (--excerpts E1,E2,... | --tag TAG | --query Q)
				                       --format FORMAT --out FILE [--template NAME]
				                       [--title TEXT] [--intro TEXT] [--bundle ZIP] [--force]
				                       [--json]

				Writes a report of the chosen excerpts. Every quote carries its citation
				(speaker, role, organization, headline, publisher, issued date, source URL,
				retrieval date) and its anchors: the SHA-256 of the archived original and
				where the words stand in the clean text and in the original. HTML reports
				are one self-contained file that loads nothing and embeds each quote's
				W3C Web Annotation selectors and the quoted excerpts' lineage as PROV-JSON.
				Statement text is always written as text. The bibliography formats write
				the cited statements instead, one entry per statement.

				Options:
				  --project DIR      the project
				  --excerpts IDS     the excerpts, comma-separated, in the order to quote them
				  --tag TAG          every excerpt tagged TAG, in id order
				  --query Q          every excerpt the search query Q finds among the
				                     excerpts (their words, note, tags and their
				                     statements' metadata; see 'verbatim search'), in id
				                     order, at most 10,000
				  --format FORMAT    html (one self-contained file), md (Markdown), pdf (A4,
				                     fonts embedded) or docx (Word); or a bibliography of
				                     the cited statements: csl-json, bibtex or ris; and
				                     any format a plugin adds
				  --out FILE         the report file; an existing file is kept unless --force
				  --template NAME    briefing (one section, your order; the default),
				                     dossier (a section per speaker or publisher) or
				                     chronology (a section per year, by issued date)
				  --title TEXT       the report's title (default: the project's name)
				  --intro TEXT       your introduction, before the quotes
				  --bundle ZIP       also write the evidence bundle: the cited originals, the
				                     quotes' annotations and their provenance records, so
				                     that 'verify-report --bundle' works without the project
				  --force            replace --out (and --bundle) if it exists
				  --json             print what was written as JSON
				""";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("project", "excerpts", "tag", "query", "format", "out", "template", "title", "intro", "bundle");
	}

	@Override
	public Set<String> flags() {
		return Set.of("force", "json");
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		if (!args.operands().isEmpty()) {
			throw new UsageException("report: unexpected '" + args.operands().get(0)
					+ "'; choose excerpts with --excerpts, --tag or --query");
		}
		int ways = (args.option("excerpts").isPresent() ? 1 : 0) + (args.option("tag").isPresent() ? 1 : 0)
				+ (args.option("query").isPresent() ? 1 : 0);
		if (ways != 1) {
			throw new UsageException(
					"report: choose the excerpts with one of --excerpts E1,E2,..., --tag TAG or --query Q");
		}
		String format = args.option("format").orElseThrow(() -> new UsageException(
				"report: --format is required (html, md, pdf, docx, or csl-json, bibtex, ris for a bibliography)"));
		String out = args.option("out").orElseThrow(() -> new UsageException("report: --out FILE is required"));
		ReportTemplate template = ReportTemplate.byId(args.option("template").orElse("briefing"))
				.orElseThrow(() -> new UsageException("report: unknown --template '" + args.option("template").get()
						+ "'; templates are briefing, dossier and chronology"));
		Path target;
		try {
			target = Path.of(out).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw new UsageException("report: --out " + out + " is not a valid path");
		}
		List<ExcerptId> chosen = excerpts(args);
		Optional<Path> bundle;
		try {
			bundle = args.option("bundle").map(b -> Path.of(b).toAbsolutePath().normalize());
		} catch (InvalidPathException e) {
			throw new UsageException("report: --bundle " + args.option("bundle").get() + " is not a valid path");
		}
		ReportService reports = console.reports();
		if (reports.exporter(format).isEmpty()) {
			throw new UsageException("report: unknown --format '" + format + "'; installed formats: "
					+ String.join(", ", reports.formats()));
		}
		return ProjectArguments.withProject(name(), args, console, project -> {
			List<ExcerptId> ids;
			if (!chosen.isEmpty()) {
				ids = chosen;
			} else if (args.option("tag").isPresent()) {
				ids = ReportAssembler.taggedExcerpts(project, args.option("tag").get());
				if (ids.isEmpty()) {
					throw new InputException(project.directory() + ": no excerpt is tagged '" + args.option("tag").get()
							+ "'; 'verbatim excerpts' lists the excerpts and their tags");
				}
			} else {
				ids = foundExcerpts(project, args.option("query").get(), console);
			}
			Report report = ReportAssembler.assemble(project, ids, template,
					args.option("title").orElse(project.name()), args.option("intro"), Clock.systemUTC());
			long record;
			try {
				reports.export(report, format, target, args.flag("force"));
				if (bundle.isPresent()) {
					reports.writeEvidence(report, project, bundle.get(), args.flag("force"));
				}
				record = reports.recordExport(project, report, format, target);
			} catch (ReportException e) {
				throw new InputException(e.getMessage());
			}
			if (args.flag("json")) {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("file", target.toString());
				json.put("format", format);
				json.put("template", template.id());
				json.put("quotes", report.quotes().size());
				json.put("excerpts", report.quotes().stream().map(q -> q.excerpt().toString()).toList());
				json.put("provenance_head", report.provenanceHead());
				json.put("record", record);
				json.put("bundle", bundle.map(Path::toString));
				console.out().println(Json.write(json));
			} else {
				console.out().println("Wrote " + target + " (" + format + ", " + template.id() + ", "
						+ report.quotes().size() + (report.quotes().size() == 1 ? " quote" : " quotes") + "; export recorded as record "
						+ record + ")");
				bundle.ifPresent(b -> console.out().println("Wrote " + b + " (evidence bundle)"));
			}
			return Cli.EXIT_OK;
		});
	}

	/** The excerpts a search finds, in id order. */
	private static List<ExcerptId> foundExcerpts(Project project, String query, Console console) throws InputException {
		SearchResult found;
		try {
			found = console.search().search(project,
					SearchRequest.of(query).withScope(Scope.EXCERPTS).withLimit(SearchRequest.MAX_LIMIT).withHighlight(false));
		} catch (SearchException e) {
			throw new InputException(e.getMessage());
		}
		if (found.totalHits() > SearchRequest.MAX_LIMIT) {
			throw new InputException(project.directory() + ": the query " + query + " finds " + found.totalHits()
					+ " excerpts, more than a report takes (" + SearchRequest.MAX_LIMIT + "); narrow it");
		}
		List<ExcerptId> ids = found.hits().stream().flatMap(hit -> hit.excerpt().stream())
				.sorted().toList();
		if (ids.isEmpty()) {
			throw new InputException(project.directory() + ": the query " + query
					+ " finds no excerpt; 'verbatim search --scope excerpts' shows what it finds");
		}
		return ids;
	}

	private static List<ExcerptId> excerpts(Arguments args) throws UsageException {
		List<ExcerptId> ids = new ArrayList<>();
		Optional<String> list = args.option("excerpts");
		if (list.isEmpty()) {
			return ids;
		}
		for (String each : list.get().split(",")) {
			if (each.isBlank()) {
				continue;
			}
			ids.add(ExcerptId.parse(each).orElseThrow(() -> new UsageException(
					"report: '" + each.strip() + "' is not an excerpt id (ids look like E1, E2, ...)")));
		}
		if (ids.isEmpty()) {
			throw new UsageException("report: --excerpts names no excerpt");
		}
		return ids;
	}
}
