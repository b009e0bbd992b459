package org.verbatim.cli.internal;

import java.util.List;

import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;

/** {@code verbatim show}: one statement's metadata and text. */
final class ShowCommand implements Command {

	@Override
	public String name() {
		return "show";
	}

	@Override
	public String summary() {
		return "show one statement's metadata and text";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim show --project DIR [--json] ID

				Prints the statement's metadata (source, archived original and its SHA-256,
				encoding, import time) and its full text. ID is as 'verbatim list' shows it,
				e.g. S3.

				Options:
				  --project DIR   the project
				  --json          print the statement as JSON, text included
				""";
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		List<String> operands = args.operands();
		if (operands.size() != 1) {
			throw new UsageException("show: name exactly one statement id, e.g. S1");
		}
		StatementId id = StatementId.parse(operands.get(0)).orElseThrow(() -> new UsageException(
				"show: '" + operands.get(0) + "' is not a statement id (ids look like S1, S2, ...)"));
		return ProjectArguments.withProject(name(), args, console, project -> {
			Statement s = project.statement(id).orElseThrow(() -> new InputException(
					project.directory() + ": has no statement " + id + "; 'verbatim list' shows the ids"));
			if (args.flag("json")) {
				console.out().println(Json.write(StatementJson.full(s)));
			} else {
				console.out().print(render(s));
			}
			return Cli.EXIT_OK;
		});
	}

	private static String render(Statement s) {
		StringBuilder out = new StringBuilder();
		out.append(s.id()).append("  ").append(s.label()).append('\n');
		out.append("Title:     ").append(s.title().orElse("(none read)")).append('\n');
		out.append("Source:    ").append(s.source()).append('\n');
		out.append("Original:  ").append(s.original()).append('\n');
		out.append("Encoding:  ").append(s.charset()).append(" (").append(s.charsetRule()).append(")\n");
		out.append("Imported:  ").append(s.importedAt()).append('\n');
		out.append('\n').append(s.text());
		if (!s.text().endsWith("\n")) {
			out.append('\n');
		}
		return out.toString();
	}
}
