package org.verbatim.feeds.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.verbatim.cli.CommandInput;
import org.verbatim.cli.CommandProblem;
import org.verbatim.cli.ContributedCommand;
import org.verbatim.core.JsonText;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.StatementImporter;

/**
 * {@code verbatim feeds subscribe|list|update|unsubscribe}: the command the feed plugin adds to the
 * command line. Subscriptions live in the project folder (see {@link Subscriptions}).
 */
@Component(service = ContributedCommand.class)
public final class FeedsCommand implements ContributedCommand {

	private final ProjectStore store;
	private final StatementImporter importer;

	/** The command with the store and importer it works through. */
	@Activate
	public FeedsCommand(@Reference(name = "store") ProjectStore store,
			@Reference(name = "importer") StatementImporter importer) {
		this.store = store;
		this.importer = importer;
	}

	@Override
	public String name() {
		return "feeds";
	}

	@Override
	public String summary() {
		return "subscribe a project to RSS/Atom feeds and import their new items (feed plugin)";
	}

	@Override
	public String help() {
		return """
				Usage: verbatim feeds subscribe   --project DIR URL
				       verbatim feeds list        --project DIR [--json]
				       verbatim feeds update      --project DIR [--json] [URL]
				       verbatim feeds unsubscribe --project DIR URL

				Keeps the project subscribed to RSS 2.0 and Atom 1.0 feeds (the subscriptions
				are kept in the project folder, in feeds/subscriptions.tsv, so they travel with
				it). 'update' fetches each subscribed feed (or only URL) and imports the page
				each new item links to, like 'verbatim import URL': the page is archived byte for
				byte and cleaned, and its provenance names the feed plugin, the feed and the
				item. Items the project has already (imported by an earlier update, or a
				statement from the same link) are passed over; an item whose page cannot be
				fetched is reported and tried again at the next update. Feeds with a DOCTYPE
				are refused. 'list' shows the subscriptions and how many items of each were
				imported. 'unsubscribe' ends a subscription; its statements stay.

				Options:
				  --project DIR    the project
				  --json           print the result as JSON

				Exit status: 0 done, 1 a feed or some item failed (one line each on standard
				error), 2 usage error.
				""";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("project");
	}

	@Override
	public Set<String> flags() {
		return Set.of("json");
	}

	@Override
	public int run(CommandInput input, PrintStream out, PrintStream err) throws CommandProblem {
		List<String> operands = input.operands();
		if (operands.isEmpty()) {
			throw CommandProblem.usage("feeds: name an action: subscribe, list, update or unsubscribe");
		}
		String action = operands.get(0);
		List<String> urls = operands.subList(1, operands.size());
		Path directory = projectDirectory(input);
		boolean json = input.flag("json");
		return switch (action) {
		case "subscribe" -> subscribe(directory, oneUrl(action, urls), out);
		case "unsubscribe" -> unsubscribe(directory, oneUrl(action, urls), out);
		case "list" -> {
			if (!urls.isEmpty()) {
				throw CommandProblem.usage("feeds list: takes no URL");
			}
			yield list(directory, json, out);
		}
		case "update" -> {
			if (urls.size() > 1) {
				throw CommandProblem.usage("feeds update: name at most one feed URL");
			}
			yield update(directory, urls.isEmpty() ? null : feedUrl(action, urls.get(0)), json, out, err);
		}
		default -> throw CommandProblem
				.usage("feeds: unknown action '" + action + "'; actions: subscribe, list, update, unsubscribe");
		};
	}

	private int subscribe(Path directory, String url, PrintStream out) throws CommandProblem {
		Subscriptions subscriptions = opened(directory);
		try {
			boolean added = subscriptions.subscribe(url, Instant.now().truncatedTo(ChronoUnit.SECONDS));
			out.println(added ? "subscribed " + directory + " to " + url
					: url + ": " + directory + " is subscribed already");
			return 0;
		} catch (IOException e) {
			throw cannotWrite(directory, e);
		}
	}

	private int unsubscribe(Path directory, String url, PrintStream out) throws CommandProblem {
		Subscriptions subscriptions = opened(directory);
		try {
			if (!subscriptions.unsubscribe(url)) {
				throw CommandProblem.input(url + ": " + directory + " is not subscribed to it; 'verbatim feeds list' shows"
						+ " its subscriptions");
			}
		} catch (IOException e) {
			throw cannotWrite(directory, e);
		}
		out.println("unsubscribed " + directory + " from " + url + " (its statements stay)");
		return 0;
	}

	private int list(Path directory, boolean json, PrintStream out) throws CommandProblem {
		Subscriptions subscriptions = opened(directory);
		if (json) {
			List<Map<String, Object>> feeds = new ArrayList<>();
			for (Subscriptions.Subscription s : subscriptions.all()) {
				Map<String, Object> feed = new LinkedHashMap<>();
				feed.put("url", s.url());
				feed.put("subscribed", s.subscribedAt().toString());
				feed.put("items", s.seen().size());
				feeds.add(feed);
			}
			out.println(JsonText.write(Map.of("project", directory.toString(), "feeds", feeds)));
			return 0;
		}
		if (subscriptions.all().isEmpty()) {
			out.println(directory + " is subscribed to no feed; 'verbatim feeds subscribe --project DIR URL' adds one");
		}
		for (Subscriptions.Subscription s : subscriptions.all()) {
			out.println(String.format(Locale.ROOT, "%s  subscribed %s, %d items imported", s.url(), s.subscribedAt(),
					s.seen().size()));
		}
		return 0;
	}

	private int update(Path directory, String only, boolean json, PrintStream out, PrintStream err)
			throws CommandProblem {
		Subscriptions subscriptions = opened(directory);
		List<String> feeds = new ArrayList<>();
		if (only != null) {
			if (!subscriptions.contains(only)) {
				throw CommandProblem.input(only + ": " + directory + " is not subscribed to it; subscribe first with"
						+ " 'verbatim feeds subscribe --project DIR URL'");
			}
			feeds.add(only);
		} else {
			subscriptions.all().forEach(s -> feeds.add(s.url()));
		}
		if (feeds.isEmpty()) {
			throw CommandProblem.input(directory + ": is subscribed to no feed; 'verbatim feeds subscribe --project DIR"
					+ " URL' adds one");
		}
		List<FeedUpdate.Result> results = new ArrayList<>();
		try (Project project = store.open(directory)) {
			for (String feed : feeds) {
				FeedUpdate.Result result = FeedUpdate.run(project, subscriptions, feed, importer, ImportListener.NONE);
				for (FileOutcome failure : result.failures()) {
					err.println("verbatim: " + failure.problemLine());
				}
				if (!json) {
					out.println(result.line());
				}
				results.add(result);
			}
		} catch (StoreException e) {
			throw CommandProblem.input(e.getMessage());
		} catch (IOException e) {
			throw cannotWrite(directory, e);
		}
		if (json) {
			out.println(toJson(directory, results));
		}
		return results.stream().anyMatch(r -> !r.failures().isEmpty()) ? 1 : 0;
	}

	private static String toJson(Path directory, List<FeedUpdate.Result> results) {
		List<Map<String, Object>> feeds = new ArrayList<>();
		for (FeedUpdate.Result result : results) {
			Map<String, Object> feed = new LinkedHashMap<>();
			feed.put("url", result.feed());
			feed.put("new", result.imported().stream().map(o -> Map.of("page", o.source(), "statement",
					o.statement().map(st -> st.id().toString()).orElse(""))).toList());
			feed.put("alreadyThere", result.alreadyThere());
			feed.put("feedFailed", result.feedFailed());
			feed.put("failed", result.failures().stream()
					.map(o -> Map.of("source", o.source(), "reason", o.message())).toList());
			feeds.add(feed);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("project", directory.toString());
		json.put("feeds", feeds);
		return JsonText.write(json);
	}

	/** The subscriptions of an existing project; the project is checked by opening it read-only. */
	private Subscriptions opened(Path directory) throws CommandProblem {
		try (Project project = store.openReadOnly(directory)) {
			return Subscriptions.of(project.directory());
		} catch (StoreException e) {
			throw CommandProblem.input(e.getMessage());
		} catch (IOException e) {
			throw CommandProblem.input(directory.resolve(Subscriptions.FILE) + ": cannot be read (" + e.getMessage()
					+ ")");
		}
	}

	private static CommandProblem cannotWrite(Path directory, IOException e) {
		return CommandProblem.input(directory.resolve(Subscriptions.FILE) + ": cannot be written (" + e.getMessage()
				+ "); check the folder's permissions and free space");
	}

	private static Path projectDirectory(CommandInput input) throws CommandProblem {
		String value = input.option("project")
				.orElseThrow(() -> CommandProblem.usage("feeds: --project DIR is required"));
		try {
			return Path.of(value).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw CommandProblem.usage("feeds: --project " + value + " is not a valid path");
		}
	}

	private static String oneUrl(String action, List<String> urls) throws CommandProblem {
		if (urls.size() != 1) {
			throw CommandProblem.usage("feeds " + action + ": name exactly one feed URL");
		}
		return feedUrl(action, urls.get(0));
	}

	/** An absolute http(s) URL, as given (subscriptions and items are matched on it exactly). */
	private static String feedUrl(String action, String given) throws CommandProblem {
		try {
			URI uri = new URI(given);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return given;
			}
		} catch (URISyntaxException e) {
			// reported below
		}
		throw CommandProblem.usage("feeds " + action + ": '" + given + "' is not an http(s) URL of a feed");
	}
}
