package org.verbatim.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.verbatim.core.Excerpt;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;

/** {@code verbatim excerpt}: cuts a quote out of a statement, anchored to its original. */
final class ExcerptCommand implements Command {

	@Override
	public String name() {
		return "excerpt";
	}

	@Override
	public String summary() {
		return "cut a quote out of a statement, traceable to its original";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim excerpt --project DIR ID --start N --end M [--note TEXT] [--json]
				       verbatim excerpt --project DIR ID --quote TEXT [--occurrence K] [--note TEXT] [--json]

				Makes an excerpt (E1, E2, ...) of statement ID: the characters N (counted from 0)
				up to M of its clean text, as 'verbatim show' prints it, or the text given with
				--quote exactly as it stands there. The excerpt keeps the quote with the text
				around it, its place in the clean text, and the characters of the original it
				came from with the original's SHA-256, and is recorded in the project's
				provenance log. 'verbatim excerpts' lists them; 'verbatim undo' withdraws the
				last one.

				Options:
				  --project DIR     the project
				  --start N         first character of the excerpt (from 0)
				  --end M           one past its last character
				  --quote TEXT      the excerpt's exact text (instead of --start and --end)
				  --occurrence K    which occurrence of the quote, when it occurs more than once
				  --note TEXT       a note to keep with the excerpt
				  --json            print the excerpt as JSON
				""";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("project", "start", "end", "quote", "occurrence", "note");
	}

	@Override
	public int run(Arguments args, Console console) throws UsageException, InputException {
		StatementId id = ProjectArguments.oneStatementId(name(), args);
		Optional<String> quote = args.option("quote");
		boolean range = args.option("start").isPresent() || args.option("end").isPresent();
		if (quote.isPresent() == range) {
			throw new UsageException("excerpt: give either --start and --end, or --quote");
		}
		if (range && (args.option("start").isEmpty() || args.option("end").isEmpty())) {
			throw new UsageException("excerpt: give both --start and --end");
		}
		if (args.option("occurrence").isPresent() && quote.isEmpty()) {
			throw new UsageException("excerpt: --occurrence goes with --quote");
		}
		if (quote.isPresent() && quote.get().isEmpty()) {
			throw new UsageException("excerpt: --quote needs the text to cut out");
		}
		Optional<Integer> start = number(args, "start");
		Optional<Integer> end = number(args, "end");
		Optional<Integer> occurrence = number(args, "occurrence");
		return ProjectArguments.withProject(name(), args, console, project -> {
			Statement statement = ProjectArguments.existing(project, id);
			int from = start.orElse(0);
			int to = end.orElse(0);
			if (quote.isPresent()) {
				from = find(statement, quote.get(), occurrence);
				to = from + quote.get().length();
			}
			Excerpt excerpt = project.addExcerpt(id, from, to, args.option("note"));
			if (args.flag("json")) {
				console.out().println(Json.write(AnalystJson.of(excerpt)));
			} else {
				console.out().println(excerpt.id() + "  " + id + " " + excerpt.clean().start() + "-" + excerpt.clean().end()
						+ "  " + AnalystJson.shortQuote(excerpt.quote(), 70));
				console.out().println("Original: characters " + excerpt.originalSpan().start() + "-"
						+ excerpt.originalSpan().end() + " of sha256:" + excerpt.original().sha256());
			}
			return Cli.EXIT_OK;
		});
	}

	/** Where the quote starts in the statement's text: it must occur once, or be picked by number. */
	private static int find(Statement statement, String quote, Optional<Integer> occurrence) throws InputException {
		List<Integer> starts = new ArrayList<>();
		for (int at = statement.text().indexOf(quote); at >= 0; at = statement.text().indexOf(quote, at + 1)) {
			starts.add(at);
		}
		String shown = AnalystJson.shortQuote(quote, 60);
		if (starts.isEmpty()) {
			throw new InputException(statement.id() + " does not contain " + shown
					+ " (the quote must match the clean text exactly; see 'verbatim show')");
		}
		if (occurrence.isPresent()) {
			int k = occurrence.get();
			if (k < 1 || k > starts.size()) {
				throw new InputException(shown + " occurs " + times(starts.size()) + " in " + statement.id()
						+ "; --occurrence must be 1 to " + starts.size());
			}
			return starts.get(k - 1);
		}
		if (starts.size() > 1) {
			throw new InputException(shown + " occurs " + times(starts.size()) + " in " + statement.id()
					+ "; say which with --occurrence 1 to " + starts.size());
		}
		return starts.get(0);
	}

	private static String times(int n) {
		return n == 1 ? "once" : n + " times";
	}

	private static Optional<Integer> number(Arguments args, String option) throws UsageException {
		Optional<String> value = args.option(option);
		if (value.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Integer.parseInt(value.get().strip()));
		} catch (NumberFormatException e) {
			throw new UsageException("excerpt: --" + option + " needs a whole number, got '" + value.get() + "'");
		}
	}
}
