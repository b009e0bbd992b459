package org.verbatim.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.verbatim.core.Excerpt;
import org.verbatim.core.NearDuplicateGroup;
import org.verbatim.core.Removal;
import org.verbatim.core.Retrieval;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.provenance.TextDiff;

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
				Usage: verbatim show --project DIR [--removed] [--diff] [--json] ID

				Prints what was read out of the statement (title, dates, place, speakers,
				publisher, language, events, each with the rule and the text it was read from),
				where it came from (source, archived original and its SHA-256, encoding, every
				retrieval) and its clean text. ID is as 'verbatim list' shows it, e.g. S3.

				Options:
				  --project DIR   the project
				  --removed       also list what cleaning removed from the original, by rule
				  --diff          when the statement revises an earlier one (the same source
				                  imported again with changed content), show what changed:
				                  removed lines with '- ', added lines with '+ '
				  --json          print the statement as JSON, text, removals and retrievals included
				""";
	}

	@Override
	public Set<String> flags() {
		return Set.of("json", "removed", "diff");
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		StatementId id = ProjectArguments.oneStatementId(name(), args);
		return ProjectArguments.withProject(name(), args, console, project -> {
			Statement s = ProjectArguments.existing(project, id);
			StatementMetadata metadata = project.metadata(id);
			List<Removal> removals = project.removals(id);
			List<Retrieval> retrievals = project.retrievals(s.original());
			Optional<NearDuplicateGroup> group = project.nearDuplicates(id);
			Optional<StatementId> earlierId = project.revisionOf(id);
			Optional<Statement> earlier = earlierId.isPresent() ? project.statement(earlierId.get()) : Optional.empty();
			Optional<List<TextDiff.Line>> diff = args.flag("diff")
					? earlier.map(e -> TextDiff.between(e.text(), s.text()))
					: Optional.empty();
			if (args.flag("diff") && earlier.isEmpty()) {
				throw new InputException(id + " revises no earlier statement: no statement was imported from "
						+ s.source() + " before it");
			}
			AnalystWork work = new AnalystWork(project.version(id), project.tags(id.toString()),
					project.excerpts().stream().filter(e -> e.statement().equals(id)).toList());
			if (args.flag("json")) {
				Map<String, Object> json = StatementJson.full(s);
				json.put("metadata", MetadataFormat.json(metadata));
				json.put("removals", MetadataFormat.removalsJson(removals));
				json.put("retrievals", MetadataFormat.retrievalsJson(retrievals));
				json.put("near_duplicates", group.map(g -> {
					Map<String, Object> near = new LinkedHashMap<>();
					near.put("canonical", g.canonical().toString());
					near.put("members", g.members().stream().map(StatementId::toString).toList());
					return near;
				}));
				json.put("revision_of", earlier.map(e -> e.id().toString()));
				diff.ifPresent(d -> json.put("diff", d.stream().map(line -> {
					Map<String, Object> each = new LinkedHashMap<>();
					each.put("kind", line.kind().name().toLowerCase(java.util.Locale.ROOT));
					each.put("text", line.text());
					return each;
				}).toList()));
				json.put("version", work.version());
				json.put("tags", work.tags());
				json.put("excerpts", work.excerpts().stream().map(AnalystJson::of).toList());
				console.out().println(Json.write(json));
			} else {
				console.out().print(render(s, metadata, removals, retrievals, group, work, args.flag("removed"), earlier,
						diff));
			}
			return Cli.EXIT_OK;
		});
	}

	/** What analysts did with the statement: its version (edits), tags and excerpts. */
	private record AnalystWork(int version, List<String> tags, List<Excerpt> excerpts) {
	}

	private static String nearDuplicateLine(StatementId id, NearDuplicateGroup group) {
		String others = group.others().stream().map(StatementId::toString).collect(Collectors.joining(", "));
		return group.canonical().equals(id) ? "the original of " + others + " (near-duplicates)"
				: "a near-duplicate of " + group.canonical() + " (the original); the group is " + group.canonical() + ", "
						+ others;
	}

	private static String render(Statement s, StatementMetadata metadata, List<Removal> removals,
			List<Retrieval> retrievals, Optional<NearDuplicateGroup> group, AnalystWork work, boolean listRemovals,
			Optional<Statement> earlier, Optional<List<TextDiff.Line>> diff) {
		StringBuilder out = new StringBuilder();
		out.append(s.id()).append("  ").append(s.label()).append('\n');
		List<String> read = MetadataFormat.lines(metadata);
		if (read.isEmpty()) {
			out.append("Title:     ").append(s.title().orElse("(none read)")).append('\n');
		}
		read.forEach(line -> out.append(line).append('\n'));
		out.append("Source:    ").append(s.source()).append('\n');
		out.append("Original:  ").append(s.original()).append('\n');
		out.append("Encoding:  ").append(s.charset()).append(" (").append(s.charsetRule()).append(")\n");
		out.append("Imported:  ").append(s.importedAt()).append('\n');
		if (retrievals.size() > 1) {
			out.append("Retrieved: ").append(retrievals.size()).append(" times, last ")
					.append(retrievals.get(retrievals.size() - 1).retrievedAt()).append('\n');
		}
		earlier.ifPresent(e -> out.append("Revision:  of ").append(e.id()).append(", imported from the same source on ")
				.append(e.importedAt()).append(diff.isPresent() ? "" : " (show the changes with --diff)").append('\n'));
		group.ifPresent(g -> out.append("Republished: ").append(nearDuplicateLine(s.id(), g)).append('\n'));
		out.append("Removed:   ").append(removals.size()).append(removals.size() == 1 ? " part" : " parts")
				.append(" of the original by cleaning").append(listRemovals || removals.isEmpty() ? "" : " (list them with --removed)")
				.append('\n');
		if (listRemovals) {
			MetadataFormat.removalLines(removals).forEach(line -> out.append(line).append('\n'));
		}
		if (work.version() > 1) {
			out.append("Version:   ").append(work.version()).append(" (edited; 'verbatim undo --list' shows the edits)\n");
		}
		if (!work.tags().isEmpty()) {
			out.append("Tags:      ").append(String.join(", ", work.tags())).append('\n');
		}
		for (Excerpt e : work.excerpts()) {
			out.append("Excerpt:   ").append(e.id()).append(' ').append(e.clean().start()).append('-')
					.append(e.clean().end()).append("  ").append(AnalystJson.shortQuote(e.quote(), 60)).append('\n');
		}
		if (diff.isPresent()) {
			out.append("\nChanges since ").append(earlier.orElseThrow().id()).append(":\n")
					.append(TextDiff.unchanged(diff.get()) ? "  (the clean texts are the same; the originals differ)\n"
							: TextDiff.render(diff.get()));
			return out.toString();
		}
		out.append('\n').append(s.text());
		if (!s.text().endsWith("\n")) {
			out.append('\n');
		}
		return out.toString();
	}
}
