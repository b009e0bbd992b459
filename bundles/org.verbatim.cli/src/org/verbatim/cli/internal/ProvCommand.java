package org.verbatim.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.verbatim.core.IoFailures;
import org.verbatim.core.StatementId;
import org.verbatim.core.prov.ProvActivity;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.prov.ProvRelation;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.provenance.Lineage;
import org.verbatim.provenance.OriginalSpan;
import org.verbatim.provenance.ProvExport;
import org.verbatim.provenance.ProvGraph;
import org.verbatim.provenance.ProvNamespace;

/** {@code verbatim prov}: a statement's lineage from its provenance records, or a PROV export. */
final class ProvCommand implements Command {

	private static final int VALUE_WIDTH = 100;

	@Override
	public String name() {
		return "prov";
	}

	@Override
	public String summary() {
		return "show where a statement came from, or export provenance as PROV";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim prov --project DIR [--removed] [--json] ID
				       verbatim prov --project DIR --export prov-json|turtle [--out FILE] [ID]

				Shows the lineage of a statement (ID such as S3) or an excerpt (E1) from the
				project's provenance records: the archived original and the bytes the text came
				from, then every activity on the way (fetch or read with the source, final URL,
				HTTP status and time; decoding with the charset and how it was chosen; cleaning
				with the cleaner and how many parts it removed; extraction with every field and
				its evidence; the import) with who did it and in which record, and the records
				that named it later (groupings, edits).

				With --export, writes the provenance as W3C PROV: PROV-JSON or PROV-O Turtle, for
				the whole project or, with ID, for the records of that statement's lineage. Ids
				are under the project's namespace urn:verbatim:log:<hash of record 1>/; every
				record is a prov:Bundle with its number and hash.

				Options:
				  --project DIR     the project
				  --removed         also list what cleaning removed from the original, by rule
				  --json            print the lineage as JSON
				  --export FORMAT   prov-json or turtle
				  --out FILE        write the export to FILE (whole or not at all) instead of
				                    standard output
				""";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("project", "export", "out");
	}

	@Override
	public Set<String> flags() {
		return Set.of("json", "removed");
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		List<String> operands = args.operands();
		if (operands.size() > 1) {
			throw new UsageException("prov: name at most one id, e.g. S3");
		}
		Optional<String> id = operands.stream().findFirst();
		if (id.isPresent() && Lineage.entityOf(id.get()).isEmpty()) {
			throw new UsageException("prov: '" + id.get() + "' is not a statement or excerpt id (ids look like S3, E1)");
		}
		Optional<String> export = args.option("export");
		if (export.isEmpty()) {
			if (id.isEmpty()) {
				throw new UsageException("prov: name a statement id, e.g. S3, or export with --export prov-json|turtle");
			}
			if (args.option("out").isPresent()) {
				throw new UsageException("prov: --out goes with --export");
			}
			return ProjectArguments.withProject(name(), args, console,
					project -> lineage(project, id.get(), args, console));
		}
		ProvExport.Format format = ProvExport.Format.ofLabel(export.get()).orElseThrow(
				() -> new UsageException("prov: --export takes prov-json or turtle, not '" + export.get() + "'"));
		if (args.flag("json") || args.flag("removed")) {
			throw new UsageException("prov: --json and --removed are for the lineage, not --export");
		}
		Optional<Path> out = args.option("out").map(value -> {
			try {
				return Paths.get(value).toAbsolutePath().normalize();
			} catch (InvalidPathException e) {
				return null;
			}
		});
		if (args.option("out").isPresent() && (out.isEmpty() || args.option("out").get().isBlank())) {
			throw new UsageException("prov: --out " + args.option("out").get() + " is not a valid path");
		}
		return ProjectArguments.withProject(name(), args, console, project -> {
			ProvGraph graph = id.isPresent() ? ProvGraph.of(find(project, id.get()).records()) : readAll(project);
			ProvNamespace namespace = ProvNamespace.of(project);
			if (out.isPresent()) {
				try {
					ProvExport.writeFile(graph, namespace, format, out.get());
				} catch (IOException e) {
					throw new InputException("cannot write " + out.get() + ": " + IoFailures.reason(e));
				}
				console.out().println("Wrote " + graph.records().size() + (graph.records().size() == 1 ? " record" : " records")
						+ " as " + format.label() + " to " + out.get());
			} else {
				Writer writer = new OutputStreamWriter(console.out(), StandardCharsets.UTF_8);
				try {
					ProvExport.write(graph, namespace, format, writer);
				} catch (IOException e) {
					throw new InputException("cannot write the export: " + IoFailures.reason(e));
				}
			}
			return Cli.EXIT_OK;
		});
	}

	private static ProvGraph readAll(Project project) throws StoreException, InputException {
		try {
			return ProvGraph.ofProject(project);
		} catch (IllegalArgumentException e) {
			throw damaged(project, e);
		}
	}

	private static Lineage find(Project project, String id) throws StoreException, InputException {
		Optional<StatementId> statement = StatementId.parse(id);
		if (statement.isPresent() && project.statement(statement.get()).isEmpty()) {
			throw new InputException(
					project.directory() + ": has no statement " + statement.get() + "; 'verbatim list' shows the ids");
		}
		Optional<Lineage> lineage;
		try {
			lineage = Lineage.of(project, id);
		} catch (IllegalArgumentException e) {
			throw damaged(project, e);
		}
		return lineage.orElseThrow(() -> new InputException(project.directory() + ": has no provenance records for "
				+ id.strip() + (statement.isPresent() ? " (it was imported before the project kept them)" : "")));
	}

	private static InputException damaged(Project project, IllegalArgumentException e) {
		return new InputException(project.directory() + ": the provenance log is damaged (" + e.getMessage() + ")");
	}

	private static int lineage(Project project, String id, Arguments args, Console console)
			throws StoreException, InputException {
		Lineage lineage = find(project, id);
		if (args.flag("json")) {
			console.out().println(Json.write(json(lineage)));
		} else {
			console.out().print(render(lineage, args.flag("removed")));
		}
		return Cli.EXIT_OK;
	}

	private static String render(Lineage lineage, boolean listRemovals) {
		StringBuilder out = new StringBuilder();
		out.append(lineage.subject()).append("  lineage of ").append(lineage.entity()).append(", from ")
				.append(lineage.records().size()).append(lineage.records().size() == 1 ? " record" : " records")
				.append('\n');
		lineage.originalSpan().ifPresent(span -> out.append(spanLine(span)).append('\n'));
		for (Lineage.Step step : lineage.steps()) {
			out.append('\n').append(step.entity().id()).append("  (").append(step.entity().type()).append(", record ")
					.append(step.seq()).append(")\n");
			step.entity().attributes().forEach((k, v) -> out.append("    ").append(k).append(": ")
					.append(MetadataFormat.shorten(v, VALUE_WIDTH)).append('\n'));
			for (ProvRelation derived : step.derivedFrom()) {
				out.append("    ").append(derived.type()).append(' ').append(derived.object()).append('\n');
			}
			step.actions().forEach(action -> appendAction(out, action));
		}
		if (!lineage.later().isEmpty()) {
			out.append("\nLater records naming it:\n");
			for (Lineage.Later later : lineage.later()) {
				out.append("  record ").append(later.record().seq()).append("  ").append(later.record().content().change())
						.append("  ").append(later.record().content().at()).append("  names ")
						.append(String.join(", ", later.named())).append('\n');
				later.actions().forEach(action -> appendAction(out, action));
			}
		}
		out.append('\n').append("Removed:   ").append(lineage.removals().size())
				.append(lineage.removals().size() == 1 ? " part" : " parts").append(" of the original by cleaning")
				.append(listRemovals || lineage.removals().isEmpty() ? "" : " (list them with --removed)").append('\n');
		if (listRemovals) {
			MetadataFormat.removalLines(lineage.removals()).forEach(line -> out.append(line).append('\n'));
		}
		return out.toString();
	}

	private static String spanLine(OriginalSpan span) {
		return "Original:  " + span.original() + ", bytes " + span.byteStart() + ".." + span.byteEnd()
				+ " (characters " + span.charStart() + ".." + span.charEnd() + " decoded as " + span.charset() + ")";
	}

	private static void appendAction(StringBuilder out, Lineage.Action action) {
		ProvActivity a = action.activity();
		out.append("  ").append(a.type());
		action.informs().ifPresent(informed -> out.append(" (informs ").append(informed).append(')'));
		out.append("  ").append(a.startedAt());
		if (!a.endedAt().equals(a.startedAt())) {
			out.append(" to ").append(a.endedAt());
		}
		out.append("  record ").append(action.seq()).append('\n');
		if (!action.agents().isEmpty()) {
			out.append("      by ").append(action.agents().stream().map(ProvCommand::agentText)
					.collect(Collectors.joining(", "))).append('\n');
		}
		a.attributes().forEach((k, v) -> out.append("      ").append(k).append(": ")
				.append(MetadataFormat.shorten(v, VALUE_WIDTH)).append('\n'));
	}

	private static String agentText(ProvAgent agent) {
		return agent.kind().equals(ProvAgent.ANALYST) ? "analyst " + agent.name()
				: agent.name() + agent.version().map(v -> " " + v).orElse("");
	}

	private static Map<String, Object> json(Lineage lineage) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", lineage.subject());
		json.put("entity", lineage.entity());
		json.put("original", lineage.originalSpan().map(span -> {
			Map<String, Object> o = new LinkedHashMap<>();
			o.put("sha256", span.original().sha256());
			o.put("size", span.original().size());
			o.put("charset", span.charset());
			o.put("char_start", span.charStart());
			o.put("char_end", span.charEnd());
			o.put("byte_start", span.byteStart());
			o.put("byte_end", span.byteEnd());
			return o;
		}));
		json.put("steps", lineage.steps().stream().map(step -> {
			Map<String, Object> s = new LinkedHashMap<>();
			s.put("entity", step.entity().id());
			s.put("type", step.entity().type());
			s.put("record", step.seq());
			s.put("attributes", step.entity().attributes());
			s.put("derived_from", step.derivedFrom().stream().map(r -> {
				Map<String, Object> d = new LinkedHashMap<>();
				d.put("relation", r.type());
				d.put("entity", r.object());
				return d;
			}).toList());
			s.put("activities", step.actions().stream().map(ProvCommand::actionJson).toList());
			return s;
		}).toList());
		json.put("later", lineage.later().stream().map(later -> {
			Map<String, Object> l = new LinkedHashMap<>();
			l.put("record", later.record().seq());
			l.put("hash", later.record().hash());
			l.put("change", later.record().content().change());
			l.put("at", later.record().content().at().toString());
			l.put("names", later.named());
			l.put("activities", later.actions().stream().map(ProvCommand::actionJson).toList());
			return l;
		}).toList());
		json.put("records", lineage.records().stream().map(r -> r.seq()).toList());
		json.put("removals", MetadataFormat.removalsJson(lineage.removals()));
		return json;
	}

	private static Map<String, Object> actionJson(Lineage.Action action) {
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("id", action.activity().id());
		a.put("type", action.activity().type());
		a.put("record", action.seq());
		a.put("hash", action.hash());
		a.put("started_at", action.activity().startedAt().toString());
		a.put("ended_at", action.activity().endedAt().toString());
		a.put("informs", action.informs());
		a.put("agents", action.agents().stream().map(agent -> {
			Map<String, Object> g = new LinkedHashMap<>();
			g.put("id", agent.id());
			g.put("kind", agent.kind());
			g.put("name", agent.name());
			g.put("version", agent.version());
			return g;
		}).toList());
		a.put("attributes", action.activity().attributes());
		return a;
	}
}
