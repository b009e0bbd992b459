package org.verbatim.cli.internal;

import java.util.Optional;
import java.util.Set;

import org.verbatim.core.AnalystChange;
import org.verbatim.core.MetadataFields;
import org.verbatim.core.StatementId;

/** {@code verbatim edit}: an analyst's correction of one metadata field of a statement. */
final class EditCommand implements Command {

	@Override
	public String name() {
		return "edit";
	}

	@Override
	public String summary() {
		return "correct a statement's metadata by hand (recorded, undoable)";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim edit --project DIR ID --set FIELD=VALUE [--json]
				       verbatim edit --project DIR ID --clear FIELD [--json]

				Sets or clears one metadata field of statement ID where extraction read it
				wrong or not at all. The value's evidence is 'analyst-edit'; the statement gets
				a new version, recorded in the provenance log with the value before and after.
				Nothing is overwritten for good: 'verbatim undo' restores the earlier value with
				its evidence, as a further version.

				Fields: %s. Dates are YYYY-MM-DD; several speakers or events
				are separated by '%s'. A speaker's role goes in brackets after the
				name, e.g. --set "speakers=Ann Example (Foreign Minister); Ben Example".
				A speaker given as before (same name and role) keeps what was read
				with it (organisation, evidence); a name ending in brackets of its
				own is followed by empty ones: "Organization of Islamic Cooperation (OIC) ()".

				Options:
				  --project DIR        the project
				  --set FIELD=VALUE    give FIELD this value
				  --clear FIELD        remove FIELD's value
				  --json               print the change as JSON
				""".formatted(String.join(", ", MetadataFields.EDITABLE), MetadataFields.LIST_SEPARATOR);
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("project", "set", "clear");
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		StatementId id = ProjectArguments.oneStatementId(name(), args);
		Optional<String> set = args.option("set");
		Optional<String> clear = args.option("clear");
		if (set.isPresent() == clear.isPresent()) {
			throw new UsageException("edit: give either --set FIELD=VALUE or --clear FIELD");
		}
		String field;
		Optional<String> value;
		if (set.isPresent()) {
			int eq = set.get().indexOf('=');
			if (eq <= 0) {
				throw new UsageException("edit: --set needs FIELD=VALUE, e.g. --set issued=2019-02-26");
			}
			field = set.get().substring(0, eq).strip();
			value = Optional.of(set.get().substring(eq + 1));
		} else {
			field = clear.get().strip();
			value = Optional.empty();
		}
		if (!MetadataFields.EDITABLE.contains(field)) {
			throw new UsageException("edit: '" + field + "' is not a field that can be edited; fields: "
					+ String.join(", ", MetadataFields.EDITABLE));
		}
		return ProjectArguments.withProject(name(), args, console, project -> {
			ProjectArguments.existing(project, id);
			AnalystChange change = project.editMetadata(id, field, value);
			if (args.flag("json")) {
				console.out().println(Json.write(AnalystJson.of(change)));
			} else {
				console.out().println(change.description() + " (version " + project.version(id) + ")");
			}
			return Cli.EXIT_OK;
		});
	}
}
