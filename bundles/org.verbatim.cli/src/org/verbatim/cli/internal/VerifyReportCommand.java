package org.verbatim.cli.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.verbatim.report.CitedOriginals;
import org.verbatim.report.QuoteCheck;
import org.verbatim.report.ReportException;
import org.verbatim.report.ReportVerifier;

/** {@code verbatim verify-report}: every quote of a report checked against the archived originals. */
final class VerifyReportCommand implements Command {

	@Override
	public String name() {
		return "verify-report";
	}

	@Override
	public String summary() {
		return "check every quote of a report (HTML, PDF, Markdown, DOCX) against the archived originals";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim verify-report (--project DIR | --bundle ZIP) [--json] FILE

				Reads the quotes a report made by 'verbatim report' cites (HTML, PDF, Markdown
				and DOCX reports carry each quote's W3C Web Annotation selectors: in a data
				block, an attached file, a closing comment, a custom XML part) and checks, for
				each, that the report shows exactly the cited words and that the cited
				characters of the archived original, decoded with the cited charset, are those
				words. The originals come from the project or from the evidence bundle written
				with 'report --bundle', for readers without the project. Prints one line per
				quote.

				Exit status: 0 when every quote is verified, 4 when any is not (edited after
				export, not in the original, or its original missing or changed), 1 when the
				report or bundle cannot be read, 2 for a usage error.

				Options:
				  --project DIR   the project the report was made from
				  --bundle ZIP    the report's evidence bundle instead of a project
				  --json          print the findings as JSON
				""";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("project", "bundle");
	}

	@Override
	public Set<String> flags() {
		return Set.of("json");
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		if (args.operands().size() != 1) {
			throw new UsageException("verify-report: name exactly one report file");
		}
		if (args.option("project").isPresent() == args.option("bundle").isPresent()) {
			throw new UsageException("verify-report: give either --project DIR or --bundle ZIP, where the originals are");
		}
		Path report = path(args.operands().get(0));
		if (!Files.isRegularFile(report)) {
			throw new InputException(report + ": does not exist or is not a file");
		}
		if (args.option("bundle").isPresent()) {
			Path bundle = path(args.option("bundle").get());
			if (!Files.isRegularFile(bundle)) {
				throw new InputException(bundle + ": does not exist or is not a file");
			}
			try {
				return print(console, args.flag("json"), report, ReportVerifier.verify(report, CitedOriginals.ofBundle(bundle)));
			} catch (ReportException e) {
				throw new InputException(e.getMessage());
			}
		}
		return ProjectArguments.withProject(name(), args, console, project -> {
			try {
				return print(console, args.flag("json"), report, ReportVerifier.verify(report, CitedOriginals.of(project)));
			} catch (ReportException e) {
				throw new InputException(e.getMessage());
			}
		});
	}

	private static Path path(String given) throws UsageException {
		try {
			return Path.of(given).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw new UsageException("verify-report: '" + given + "' is not a valid path");
		}
	}

	private static int print(Console console, boolean json, Path report, List<QuoteCheck> checks) {
		long failed = checks.stream().filter(c -> !c.verified()).count();
		if (json) {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("report", report.toString());
			out.put("quotes", checks.size());
			out.put("verified", checks.size() - failed);
			out.put("failed", failed);
			out.put("checks", checks.stream().map(c -> {
				Map<String, Object> each = new LinkedHashMap<>();
				each.put("excerpt", c.excerpt());
				each.put("status", c.status().name().toLowerCase(Locale.ROOT));
				each.put("quote", c.quote());
				each.put("detail", c.detail());
				return each;
			}).toList());
			console.out().println(Json.write(out));
		} else {
			for (QuoteCheck c : checks) {
				console.out().println(String.format(Locale.ROOT, "%-4s %-16s %s: %s", c.excerpt(),
						c.status().name().replace('_', ' '), shorten(c.quote()), c.detail()));
			}
			console.out().println(failed == 0 ? "All " + checks.size() + " quotes verified."
					: failed + " of " + checks.size() + " quotes failed.");
		}
		return failed == 0 ? Cli.EXIT_OK : Cli.EXIT_VERIFY_FAILED;
	}

	private static String shorten(String quote) {
		String one = quote.replaceAll("\\s+", " ");
		return "\u201c" + (one.length() <= 48 ? one : one.substring(0, 45) + "...") + "\u201d";
	}
}
