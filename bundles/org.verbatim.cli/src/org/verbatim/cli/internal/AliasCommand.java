package org.verbatim.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code verbatim alias}: the project's list of name variants that search treats as one. */
final class AliasCommand implements Command {

	@Override
	public String name() {
		return "alias";
	}

	@Override
	public String summary() {
		return "list or add spelling variants that search treats as one";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim alias --project DIR list [--json]
				       verbatim alias --project DIR add SPELLING SPELLING...

				Search already folds case, diacritics and scripts (Xocalı and Ходжалы are found
				by Khojali) and English word forms. An alias group adds what no rule can know:
				spellings such as Khojaly / Khojali, or names such as "Black January" /
				"20 January", are searched as one. Quote spellings of several words.

				Options:
				  --project DIR   the project
				  --json          print the groups as JSON
				""";
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		List<String> operands = args.operands();
		if (operands.isEmpty() || !List.of("list", "add").contains(operands.get(0))) {
			throw new UsageException("alias: say 'list' or 'add SPELLING SPELLING...'");
		}
		if (operands.get(0).equals("add") && operands.size() < 3) {
			throw new UsageException("alias: add needs at least two spellings");
		}
		return ProjectArguments.withProject(name(), args, console, project -> {
			if (operands.get(0).equals("add")) {
				List<String> spellings = operands.subList(1, operands.size());
				project.addAliasGroup(spellings);
				console.out().println("Search now treats " + String.join(" = ", spellings) + " as one");
				return Cli.EXIT_OK;
			}
			List<List<String>> groups = project.aliasGroups();
			if (args.flag("json")) {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("aliases", groups);
				console.out().println(Json.write(json));
			} else if (groups.isEmpty()) {
				console.out().println("No aliases yet; add some with: verbatim alias --project " + project.directory()
						+ " add SPELLING SPELLING...");
			} else {
				groups.forEach(group -> console.out().println(String.join(" = ", group)));
			}
			return Cli.EXIT_OK;
		});
	}
}
