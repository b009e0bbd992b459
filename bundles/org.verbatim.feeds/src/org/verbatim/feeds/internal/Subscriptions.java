package org.verbatim.feeds.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The feeds a project is subscribed to and the items of each already imported, kept in the project
 * folder ({@value #FILE}) so that they travel with it when it is copied. A plain UTF-8 text file, one
 * record per line, rewritten whole through a temporary file so that a crash leaves the old or the new
 * state, never half of one.
 */
final class Subscriptions {

	/** Where the subscriptions live, relative to the project folder. */
	static final String FILE = "feeds/subscriptions.tsv";

	private static final String HEADER = "# Verbatim feed subscriptions: 'feed URL SUBSCRIBED-AT', then 'seen URL ITEM-ID'"
			+ " for each item imported (tab-separated)";

	/** One subscription: the feed's URL, when it was subscribed, and the ids of the items imported. */
	record Subscription(String url, Instant subscribedAt, Set<String> seen) {
	}

	private final Path file;
	private final Map<String, Subscription> byUrl = new LinkedHashMap<>();

	private Subscriptions(Path file) {
		this.file = file;
	}

	/** The subscriptions of the project in {@code projectDirectory} (none when it has no file yet). */
	static Subscriptions of(Path projectDirectory) throws IOException {
		Subscriptions subscriptions = new Subscriptions(projectDirectory.resolve(FILE));
		if (Files.exists(subscriptions.file)) {
			subscriptions.load();
		}
		return subscriptions;
	}

	private void load() throws IOException {
		int number = 0;
		for (String line : Files.readAllLines(file, UTF_8)) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t", -1);
			try {
				if (fields.length == 3 && fields[0].equals("feed")) {
					byUrl.put(unescape(fields[1]), new Subscription(unescape(fields[1]), Instant.parse(fields[2]),
							new LinkedHashSet<>()));
					continue;
				}
				if (fields.length == 3 && fields[0].equals("seen") && byUrl.containsKey(unescape(fields[1]))) {
					byUrl.get(unescape(fields[1])).seen().add(unescape(fields[2]));
					continue;
				}
			} catch (DateTimeParseException e) {
				// reported below with the line
			}
			throw new IOException(file + ": line " + number + " is not a subscription record; fix or remove the line");
		}
	}

	/** All subscriptions, in the order they were made. */
	Collection<Subscription> all() {
		return List.copyOf(byUrl.values());
	}

	/** Whether the project is subscribed to {@code url}. */
	boolean contains(String url) {
		return byUrl.containsKey(url);
	}

	/** The ids of the items of {@code url} imported so far (none when not subscribed). */
	Set<String> seen(String url) {
		Subscription subscription = byUrl.get(url);
		return subscription == null ? Set.of() : Set.copyOf(subscription.seen());
	}

	/** Subscribes to {@code url}; false when subscribed already. Saved at once. */
	boolean subscribe(String url, Instant at) throws IOException {
		if (byUrl.containsKey(url)) {
			return false;
		}
		byUrl.put(url, new Subscription(url, at, new LinkedHashSet<>()));
		save();
		return true;
	}

	/** Ends the subscription to {@code url}; false when there was none. Saved at once. */
	boolean unsubscribe(String url) throws IOException {
		if (byUrl.remove(url) == null) {
			return false;
		}
		save();
		return true;
	}

	/** Remembers items of {@code url} as imported. Saved at once. */
	void markSeen(String url, Collection<String> itemIds) throws IOException {
		Subscription subscription = byUrl.get(url);
		if (subscription == null || itemIds.isEmpty()) {
			return;
		}
		subscription.seen().addAll(itemIds);
		save();
	}

	private void save() throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		for (Subscription subscription : byUrl.values()) {
			lines.add("feed\t" + escape(subscription.url()) + "\t" + subscription.subscribedAt());
			for (String id : subscription.seen()) {
				lines.add("seen\t" + escape(subscription.url()) + "\t" + escape(id));
			}
		}
		Files.createDirectories(file.getParent());
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		Files.write(temporary, lines, UTF_8);
		try {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Tabs, line breaks and backslashes inside a field, written so that a line stays one record. */
	static String escape(String field) {
		return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	static String unescape(String field) {
		StringBuilder out = new StringBuilder(field.length());
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c == '\\' && i + 1 < field.length()) {
				char next = field.charAt(++i);
				out.append(switch (next) {
				case 't' -> '\t';
				case 'n' -> '\n';
				case 'r' -> '\r';
				default -> next;
				});
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
