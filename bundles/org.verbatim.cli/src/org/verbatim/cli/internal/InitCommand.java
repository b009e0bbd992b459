package org.verbatim.cli.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

/** {@code verbatim init}: makes a new, empty project folder. */
final class InitCommand implements Command {

	@Override
	public String name() {
		return "init";
	}

	@Override
	public String summary() {
		return "create a new, empty project folder";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim init --project DIR [--json]

				Creates a new project in DIR: its database, originals/ for the archived original
				bytes, and index/ for the search index. DIR may be missing or empty; a folder
				that already holds files is refused, so nothing is ever overwritten.

				Options:
				  --project DIR   the folder to make a project of
				  --json          print the result as JSON
				""";
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		if (!args.operands().isEmpty()) {
			throw new UsageException("init: unexpected argument '" + args.operands().get(0) + "'");
		}
		Path directory = ProjectArguments.projectDirectory(name(), args);
		try (Project project = console.store().create(directory)) {
			if (args.flag("json")) {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("project", project.directory().toString());
				json.put("name", project.name());
				console.out().println(Json.write(json));
			} else {
				console.out().println("Created project '" + project.name() + "' in " + project.directory());
			}
			return Cli.EXIT_OK;
		} catch (StoreException e) {
			throw new InputException(e.getMessage());
		}
	}
}
