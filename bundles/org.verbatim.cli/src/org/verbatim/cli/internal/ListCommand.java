package org.verbatim.cli.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.verbatim.core.FailedImport;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Statement;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

/** {@code verbatim list}: the statements of a project, or its failed imports, one line each. */
final class ListCommand implements Command {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
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
				Usage: verbatim list --project DIR [--failed] [--json]

				Lists the project's statements in id order: id, import date (UTC), size of the
				text in characters, and title (or the source file's name when none was read).

				With --failed, lists every import that failed instead, oldest first: number,
				date and time (UTC), the SHA-256 of the original kept in the project's
				originals/ folder ('-' when no bytes could be read), then the source and why.
				A source imported successfully later stays listed: the list is the history.

				Options:
				  --project DIR   the project
				  --failed        list the failed imports instead of the statements
				  --json          print as JSON (statements: everything but their text)
				""";
	}

	@Override
	public Set<String> flags() {
		return Set.of("json", "failed");
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		if (!args.operands().isEmpty()) {
			throw new UsageException("list: unexpected argument '" + args.operands().get(0) + "'");
		}
		return ProjectArguments.withProject(name(), args, console, project -> {
			if (args.flag("failed")) {
				return listFailed(project, args.flag("json"), console);
			}
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

	private static int listFailed(Project project, boolean json, Console console) throws StoreException {
		List<FailedImport> failures = project.failedImports();
		if (json) {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("project", project.directory().toString());
			out.put("failed", failures.stream().map(ListCommand::failureJson).toList());
			console.out().println(Json.write(out));
		} else if (failures.isEmpty()) {
			console.out().println("No failed imports.");
		} else {
			console.out().println(String.format(Locale.ROOT, "%-5s %-16s %-64s  %s", "NO", "FAILED (UTC)",
					"SHA256 OF THE KEPT ORIGINAL", "SOURCE: REASON"));
			for (FailedImport f : failures) {
				console.out().println(String.format(Locale.ROOT, "%-5s %-16s %-64s  %s: %s", "F" + f.number(),
						MINUTE.format(f.failedAt()), f.original().map(OriginalRef::sha256).orElse("-"), f.source(),
						f.reason()));
			}
		}
		return Cli.EXIT_OK;
	}

	private static Map<String, Object> failureJson(FailedImport f) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("number", f.number());
		json.put("source", f.source());
		json.put("reason", f.reason());
		json.put("sha256", f.original().map(OriginalRef::sha256));
		json.put("bytes", f.original().map(OriginalRef::size));
		json.put("failed_at", f.failedAt().toString());
		return json;
	}
}
