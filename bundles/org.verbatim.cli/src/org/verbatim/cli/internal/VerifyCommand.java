package org.verbatim.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.verbatim.provenance.Finding;
import org.verbatim.provenance.ProjectVerifier;
import org.verbatim.provenance.VerificationReport;

/** {@code verbatim verify}: checks a project against its provenance log and names every problem. */
final class VerifyCommand implements Command {

	@Override
	public String name() {
		return "verify";
	}

	@Override
	public String summary() {
		return "check the project against its provenance log and name every problem";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim verify --project DIR [--json]

				Checks, without changing anything in the project:
				  - the provenance log: each record's hash is the hash of its content after the
				    previous record's hash, records are numbered without gaps, each can be read;
				  - every archived original a statement or record names is there and its bytes
				    still have the SHA-256 it is stored under;
				  - every statement: its text derives from its original through its offset map
				    (copied runs equal the decoded original character for character), and its
				    text, offset map, removals and metadata are what its records say;
				  - every statement has an import record, every imported statement is there.
				Prints one line per problem, naming what it is about (S3, record 17, original
				<sha256>), then a summary with the head hash (the last record's hash: a copy with
				the same head hash has the same log).

				A project written by an older Verbatim is not upgraded here: open it once with
				another command (such as 'verbatim list') first.

				Exit status: 0 when all is well, 4 when any problem was found, 1 when the project
				cannot be opened or read, 2 on a usage error.

				Options:
				  --project DIR   the project
				  --json          print the summary and problems as one JSON object
				""";
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		if (!args.operands().isEmpty()) {
			throw new UsageException("verify: unexpected argument '" + args.operands().get(0) + "'");
		}
		return ProjectArguments.withProjectReadOnly(name(), args, console, project -> {
			VerificationReport report = ProjectVerifier.standard().verify(project);
			if (args.flag("json")) {
				console.out().println(Json.write(json(report)));
			} else {
				report.findings().forEach(f -> console.out().println(f));
				console.out().println(summary(report));
			}
			if (report.passed()) {
				return Cli.EXIT_OK;
			}
			console.problem(project.directory() + " failed verification: " + problems(report.findings().size())
					+ (args.flag("json") ? "" : " (listed above)"));
			return Cli.EXIT_VERIFY_FAILED;
		});
	}

	static Map<String, Object> json(VerificationReport report) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("passed", report.passed());
		json.put("records", report.records());
		json.put("originals", report.originals());
		json.put("statements", report.statements());
		json.put("head_hash", report.headHash());
		json.put("seconds", seconds(report));
		List<Map<String, Object>> findings = report.findings().stream().map(VerifyCommand::json).toList();
		json.put("problems", findings);
		return json;
	}

	private static Map<String, Object> json(Finding finding) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("subject", finding.subject());
		json.put("check", finding.check());
		json.put("message", finding.message());
		return json;
	}

	static String summary(VerificationReport report) {
		return String.format(Locale.ROOT, "%s: %d records, %d originals, %d statements checked in %.1f s; head hash %s",
				report.passed() ? "Verified" : problems(report.findings().size()) + " found", report.records(),
				report.originals(), report.statements(), seconds(report), report.headHash().orElse("(no records)"));
	}

	private static String problems(int count) {
		return count == 1 ? "1 problem" : count + " problems";
	}

	private static double seconds(VerificationReport report) {
		return Math.round(report.took().toNanos() / 1e7) / 100.0;
	}
}
