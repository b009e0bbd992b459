package org.verbatim.cli.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.verbatim.core.AnalystChange;

/** {@code verbatim undo}: takes back the last excerpt, tag or edit by a new, recorded change. */
final class UndoCommand implements Command {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	@Override
	public String name() {
		return "undo";
	}

	@Override
	public String summary() {
		return "undo the last excerpt, tag or edit (or list them with --list)";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim undo --project DIR [--json]
				       verbatim undo --project DIR --list [--json]

				Takes back the newest excerpt, tag, tag removal or edit that is not undone yet.
				Undoing is itself a change, recorded in the provenance log as informed by the
				change it takes back: an edit's field gets its earlier value and evidence back
				as a new version of the statement, an excerpt is withdrawn (kept, no longer
				listed), a tag is taken off or put back. Nothing is deleted from the log. Run it
				again to undo the change before. Exit status 1 when there is nothing to undo.

				With --list, lists every such change, oldest first: the number of its record,
				when (UTC), what, and which record undid it.

				Options:
				  --project DIR   the project
				  --list          list the changes instead of undoing
				  --json          print as JSON
				""";
	}

	@Override
	public Set<String> flags() {
		return Set.of("json", "list");
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		if (!args.operands().isEmpty()) {
			throw new UsageException("undo: unexpected argument '" + args.operands().get(0) + "'");
		}
		boolean json = args.flag("json");
		return ProjectArguments.withProject(name(), args, console, project -> {
			if (args.flag("list")) {
				List<AnalystChange> changes = project.analystChanges();
				if (json) {
					Map<String, Object> out = new LinkedHashMap<>();
					out.put("project", project.directory().toString());
					out.put("changes", changes.stream().map(AnalystJson::of).toList());
					console.out().println(Json.write(out));
				} else if (changes.isEmpty()) {
					console.out().println("No excerpts, tags or edits yet.");
				} else {
					console.out().println(String.format(Locale.ROOT, "%-6s %-16s %-8s %s", "RECORD", "WHEN (UTC)", "CHANGE",
							"WHAT"));
					for (AnalystChange c : changes) {
						console.out().println(String.format(Locale.ROOT, "%-6s %-16s %-8s %s%s", "#" + c.record(),
								MINUTE.format(c.at()), c.change(), c.description(),
								c.undoneBy().map(by -> "  [undone by #" + by + "]").orElse("")));
					}
				}
				return Cli.EXIT_OK;
			}
			AnalystChange undone = project.undoLast().orElseThrow(() -> new InputException(
					project.directory() + ": nothing to undo (no excerpt, tag or edit that is not undone already)"));
			if (json) {
				console.out().println(Json.write(AnalystJson.of(undone)));
			} else {
				console.out().println("Undid " + undone.description() + " (record #" + undone.record() + "; the undo is record #"
						+ undone.undoneBy().orElseThrow() + ")");
			}
			return Cli.EXIT_OK;
		});
	}
}
