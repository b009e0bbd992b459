package org.verbatim.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.verbatim.core.AnalystChange;

/** {@code verbatim tag}: puts tags on statements and excerpts, takes them off, lists them. */
final class TagCommand implements Command {

	@Override
	public String name() {
		return "tag";
	}

	@Override
	public String summary() {
		return "tag a statement or excerpt, or list tags";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim tag --project DIR ID TAG [--remove] [--json]
				       verbatim tag --project DIR ID [--json]
				       verbatim tag --project DIR --find TAG [--json]

				Puts TAG on the statement (S3) or excerpt (E1) ID, or takes it off with
				--remove; each is recorded in the project's provenance log, and 'verbatim undo'
				takes back the last. With only an ID, lists its tags; with --find, lists the
				statements and excerpts that carry TAG. Quote a tag of several words.

				Options:
				  --project DIR   the project
				  --remove        take the tag off instead
				  --find TAG      list what carries TAG
				  --json          print the result as JSON
				""";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("project", "find");
	}

	@Override
	public Set<String> flags() {
		return Set.of("json", "remove");
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		List<String> operands = args.operands();
		boolean find = args.option("find").isPresent();
		if (find ? !operands.isEmpty() : operands.isEmpty() || operands.size() > 2) {
			throw new UsageException(find ? "tag: --find TAG takes no other argument"
					: "tag: name a statement or excerpt id and a tag, e.g. S3 khojaly");
		}
		if (args.flag("remove") && operands.size() != 2) {
			throw new UsageException("tag: --remove needs an id and the tag to take off");
		}
		boolean json = args.flag("json");
		return ProjectArguments.withProject(name(), args, console, project -> {
			if (find) {
				String tag = args.option("find").get();
				List<String> targets = project.taggedWith(tag);
				if (json) {
					Map<String, Object> out = new LinkedHashMap<>();
					out.put("tag", tag.strip());
					out.put("targets", targets);
					console.out().println(Json.write(out));
				} else {
					console.out().println(targets.isEmpty() ? "Nothing is tagged '" + tag.strip() + "'"
							: String.join(" ", targets));
				}
			} else if (operands.size() == 1) {
				List<String> tags = project.tags(operands.get(0));
				if (json) {
					Map<String, Object> out = new LinkedHashMap<>();
					out.put("target", operands.get(0).strip().toUpperCase(java.util.Locale.ROOT));
					out.put("tags", tags);
					console.out().println(Json.write(out));
				} else {
					console.out().println(tags.isEmpty() ? "No tags" : String.join("\n", tags));
				}
			} else {
				AnalystChange change = args.flag("remove") ? project.untag(operands.get(0), operands.get(1))
						: project.tag(operands.get(0), operands.get(1));
				if (json) {
					console.out().println(Json.write(AnalystJson.of(change)));
				} else {
					console.out().println(capitalized(change.description()));
				}
			}
			return Cli.EXIT_OK;
		});
	}

	static String capitalized(String line) {
		return line.isEmpty() ? line : Character.toUpperCase(line.charAt(0)) + line.substring(1);
	}
}
