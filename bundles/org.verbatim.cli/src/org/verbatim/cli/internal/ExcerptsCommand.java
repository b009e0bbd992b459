package org.verbatim.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.verbatim.core.Excerpt;

/** {@code verbatim excerpts}: the project's excerpts, one line each. */
final class ExcerptsCommand implements Command {

	@Override
	public String name() {
		return "excerpts";
	}

	@Override
	public String summary() {
		return "list the excerpts of a project";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim excerpts --project DIR [--json]

				Lists the project's excerpts in id order: id, statement, the excerpt's place in
				the statement's clean text (start-end), its tags and its quote. Withdrawn
				excerpts (whose making was undone) are not listed; their records stay.

				Options:
				  --project DIR   the project
				  --json          print the excerpts as JSON, with all their anchors
				""";
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		if (!args.operands().isEmpty()) {
			throw new UsageException("excerpts: unexpected argument '" + args.operands().get(0) + "'");
		}
		return ProjectArguments.withProject(name(), args, console, project -> {
			List<Excerpt> excerpts = project.excerpts();
			if (args.flag("json")) {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("project", project.directory().toString());
				json.put("excerpts", excerpts.stream().map(AnalystJson::of).toList());
				console.out().println(Json.write(json));
			} else if (excerpts.isEmpty()) {
				console.out().println("No excerpts yet; make one with: verbatim excerpt --project " + project.directory()
						+ " S1 --quote TEXT");
			} else {
				console.out().println(String.format(Locale.ROOT, "%-5s %-6s %-13s %-16s %s", "ID", "STMT", "CHARS", "TAGS",
						"QUOTE"));
				for (Excerpt e : excerpts) {
					console.out().println(String.format(Locale.ROOT, "%-5s %-6s %-13s %-16s %s", e.id(), e.statement(),
							e.clean().start() + "-" + e.clean().end(), e.tags().isEmpty() ? "-" : String.join(",", e.tags()),
							AnalystJson.shortQuote(e.quote(), 60)));
				}
			}
			return Cli.EXIT_OK;
		});
	}
}
