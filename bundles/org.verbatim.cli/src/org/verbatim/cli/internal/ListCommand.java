package org.verbatim.cli.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.verbatim.core.Statement;

/** {@code verbatim list}: the statements of a project, one line each. */
final class ListCommand implements Command {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	@Override
	public String name() {
		return "list";
	}

	@Override
	public String summary() {
		return "list the statements of a project";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim list --project DIR [--json]

				Lists the project's statements in id order: id, import date (UTC), size of the
				text in characters, and title (or the source file's name when none was read).

				Options:
				  --project DIR   the project
				  --json          print the statements as JSON (everything but their text)
				""";
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		if (!args.operands().isEmpty()) {
			throw new UsageException("list: unexpected argument '" + args.operands().get(0) + "'");
		}
		return ProjectArguments.withProject(name(), args, console, project -> {
			List<Statement> statements = project.statements();
			if (args.flag("json")) {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("project", project.directory().toString());
				json.put("statements", statements.stream().map(StatementJson::summary).toList());
				console.out().println(Json.write(json));
			} else if (statements.isEmpty()) {
				console.out().println("No statements yet; add some with: verbatim import --project "
						+ project.directory() + " PATH...");
			} else {
				console.out().println(String.format(Locale.ROOT, "%-6s %-10s %7s  %s", "ID", "IMPORTED", "CHARS", "TITLE"));
				for (Statement s : statements) {
					console.out().println(String.format(Locale.ROOT, "%-6s %-10s %7d  %s", s.id(),
							DAY.format(s.importedAt()), s.text().length(), s.label()));
				}
			}
			return Cli.EXIT_OK;
		});
	}
}
