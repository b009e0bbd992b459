package org.verbatim.cli.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.verbatim.core.Folders;
import org.verbatim.search.SearchException;

/** {@code verbatim reindex}: rebuilds a project's search index from its store. */
final class ReindexCommand implements Command {

	@Override
	public String name() {
		return "reindex";
	}

	@Override
	public String summary() {
		return "rebuild a project's search index from its statements";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim reindex --project DIR [--json]

				Rebuilds the project's full-text search index (the index/ folder) from the
				statements in the project. The index is derived data: searching rebuilds a
				missing, outdated or damaged index by itself; this command does it on request.

				Options:
				  --project DIR   the project
				  --json          print the figures as JSON
				""";
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		if (!args.operands().isEmpty()) {
			throw new UsageException("reindex: unexpected argument '" + args.operands().get(0) + "'");
		}
		return ProjectArguments.withProject(name(), args, console, project -> {
			long start = System.nanoTime();
			try {
				console.search().reindex(project, IndexProgress.on(console));
			} catch (SearchException e) {
				throw new InputException(e.getMessage());
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long statements = project.statementCount();
			// the size is measured after the project (and with it the index) is committed
			Path index = project.indexDirectory();
			project.close();
			double megabytes = Folders.bytes(index) / 1e6;
			if (args.flag("json")) {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("statements", statements);
				json.put("seconds", round(seconds));
				json.put("statements_per_s", round(statements / Math.max(seconds, 1e-9)));
				json.put("index_mb", round(megabytes));
				console.out().println(Json.write(json));
			} else {
				console.out().println(String.format(Locale.ROOT,
						"Rebuilt the search index of %s: %,d statements in %.1f s (%.0f statements/s), %.1f MB",
						project.directory(), statements, seconds, statements / Math.max(seconds, 1e-9), megabytes));
			}
			return Cli.EXIT_OK;
		});
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
