package org.verbatim.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.verbatim.core.store.Project;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.ImportReport;

/** {@code verbatim import}: adds statements from files and folders to a project. */
final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "import plain-text statements from files and folders";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim import --project DIR [--charset NAME] [--json] SOURCE...

				Imports each SOURCE into the project: a file (plain text or HTML), a folder
				(walked recursively), a ZIP archive of these, or a web page's http(s) URL.
				Every original is archived byte for byte under its SHA-256, decoded (the
				encoding from a byte-order mark, the HTTP header, the page's meta tag, or
				detection; 'show' says which), cleaned of page furniture and read for title,
				dates, place, speakers, publisher and language. The same bytes imported again
				add no second statement; they are recorded as another retrieval. Within folders
				only .txt, .text, .html, .htm, .xhtml and .zip files are taken; a file named on
				the command line is always tried. Each file is imported on its own: a file that cannot be imported is
				reported on one line and the others are still imported. Each file gets a
				line on standard output; on a terminal a progress bar with counts, rate and
				time left stands for the imported ones instead. Interrupting an import keeps
				what was imported; running the same import again finishes the rest.

				Options:
				  --project DIR    the project to import into
				  --charset NAME   decode originals without a byte-order mark with this encoding
				                   (e.g. windows-1252) instead of what they declare or detection
				  --json           print the result as JSON

				Exit status: 0 when every file was imported (or already there), 1 when any failed.
				""";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("project", "charset");
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		if (args.operands().isEmpty()) {
			throw new UsageException("import: name at least one file, folder, ZIP archive or URL to import");
		}
		ImportOptions options;
		try {
			options = new ImportOptions(ExtractCommand.charset(args));
		} catch (UsageException e) {
			throw new UsageException("import: " + e.getMessage());
		}
		boolean json = args.flag("json");
		// with --json, a short entry per imported or duplicate original (the report keeps only counts and problems)
		List<Map<String, Object>> imported = new ArrayList<>();
		List<Map<String, Object>> duplicates = new ArrayList<>();
		return ProjectArguments.withProject(name(), args, console, project -> {
			Optional<ProgressBar> bar = console.terminal()
					? Optional.of(new ProgressBar(console.err(), System::nanoTime, "files"))
					: Optional.empty();
			ImportListener listener = new ImportListener() {
				@Override
				public void planned(int files) {
					bar.ifPresent(b -> b.start(files));
				}

				@Override
				public void fileDone(FileOutcome outcome) {
					if (json) {
						remember(outcome, imported, duplicates);
					}
					if (outcome.kind() == FileOutcome.Kind.FAILED) {
						print(console.err(), "verbatim: " + outcome.problemLine());
					} else if (!json && (bar.isEmpty() || outcome.kind() == FileOutcome.Kind.SKIPPED)) {
						// on a terminal the bar shows the imported files; scripts get a line for each
						print(console.out(), line(outcome));
					}
					bar.ifPresent(ProgressBar::step);
				}

				private void print(PrintStream stream, String text) {
					bar.ifPresentOrElse(b -> b.println(stream, text), () -> stream.println(text));
				}
			};
			ImportReport report = console.importer().importSources(project, args.operands(), options, listener);
			bar.ifPresent(ProgressBar::finish);
			console.out().println(json ? Json.write(toJson(project, report, imported, duplicates)) : summary(project, report));
			return report.hasFailures() ? Cli.EXIT_BAD_INPUT : Cli.EXIT_OK;
		});
	}

	private static String line(FileOutcome outcome) {
		String id = outcome.statement().map(s -> s.id().toString()).orElse("-");
		return switch (outcome.kind()) {
		case IMPORTED -> String.format(Locale.ROOT, "%-6s imported   %s%s", id, outcome.source(),
				outcome.message().isEmpty() ? "" : " (" + outcome.message() + ")");
		case DUPLICATE -> String.format(Locale.ROOT, "%-6s duplicate  %s (already imported as %s)", id,
				outcome.source(), id);
		case SKIPPED -> String.format(Locale.ROOT, "%-6s skipped    %s", id, outcome.problemLine());
		case FAILED -> String.format(Locale.ROOT, "%-6s failed     %s", id, outcome.problemLine());
		};
	}

	private static String summary(Project project, ImportReport report) {
		return String.format(Locale.ROOT, "%d imported, %d duplicate, %d skipped, %d failed into %s",
				report.count(FileOutcome.Kind.IMPORTED), report.count(FileOutcome.Kind.DUPLICATE),
				report.count(FileOutcome.Kind.SKIPPED), report.count(FileOutcome.Kind.FAILED),
				project.directory());
	}

	private static void remember(FileOutcome outcome, List<Map<String, Object>> imported,
			List<Map<String, Object>> duplicates) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("file", outcome.source());
		if (outcome.kind() == FileOutcome.Kind.IMPORTED) {
			entry.putAll(StatementJson.summary(outcome.statement().orElseThrow()));
			entry.put("note", outcome.message());
			imported.add(entry);
		} else if (outcome.kind() == FileOutcome.Kind.DUPLICATE) {
			entry.put("of", outcome.statement().map(s -> s.id().toString()));
			duplicates.add(entry);
		}
	}

	private static Map<String, Object> toJson(Project project, ImportReport report, List<Map<String, Object>> imported,
			List<Map<String, Object>> duplicates) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("project", project.directory().toString());
		json.put("imported", imported);
		json.put("duplicates", duplicates);
		json.put("skipped", problems(report, FileOutcome.Kind.SKIPPED));
		json.put("failed", problems(report, FileOutcome.Kind.FAILED));
		return json;
	}

	private static List<Map<String, Object>> problems(ImportReport report, FileOutcome.Kind kind) {
		return report.problems().stream().filter(o -> o.kind() == kind).map(o -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("file", o.source());
			entry.put("reason", o.message());
			return entry;
		}).toList();
	}
}
