package org.verbatim.ui.tests;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code shared/seeds/gold.json} (beside the checkout) says of each sample statement, as much
 * as the Search view's test compares: the file, publisher, issue date and events.
 *
 * @param file      the seed's file name
 * @param publisher who published it, if the gold names one
 * @param issued    its issue date (ISO), if known
 * @param events    the gold entry's event names
 */
record GoldStatements(String file, Optional<String> publisher, Optional<String> issued, List<String> events) {

	private static final Pattern FILE = Pattern.compile("\"file\":\\s*\"([^\"]+)\"");
	private static final Pattern EVENT_NAME = Pattern.compile("\\{\"name\":\\s*\"([^\"]+)\",\\s*\"date\"");

	/** Every gold entry, in file order. */
	static List<GoldStatements> read() throws IOException {
		String json = Files.readString(seeds().resolve("gold.json"), UTF_8);
		List<GoldStatements> entries = new ArrayList<>();
		Matcher file = FILE.matcher(json);
		List<int[]> starts = new ArrayList<>();
		while (file.find()) {
			starts.add(new int[] { file.start(), file.end() });
		}
		for (int i = 0; i < starts.size(); i++) {
			String entry = json.substring(starts.get(i)[0], i + 1 < starts.size() ? starts.get(i + 1)[0] : json.length());
			Matcher name = FILE.matcher(entry);
			name.find();
			List<String> events = new ArrayList<>();
			Matcher eventsPart = Pattern.compile("\"events\":\\s*\\[(.*?)\\]", Pattern.DOTALL).matcher(entry);
			if (eventsPart.find()) {
				Matcher event = EVENT_NAME.matcher(eventsPart.group(1));
				while (event.find()) {
					events.add(event.group(1));
				}
			}
			entries.add(new GoldStatements(name.group(1), string(entry, "publisher"), string(entry, "issued"), events));
		}
		return entries;
	}

	private static Optional<String> string(String entry, String key) {
		Matcher m = Pattern.compile("\"" + key + "\":\\s*\"([^\"]*)\"").matcher(entry);
		return m.find() ? Optional.of(m.group(1)) : Optional.empty();
	}

	static Path seeds() {
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path seeds = dir.resolve("shared/seeds");
			if (Files.isRegularFile(seeds.resolve("gold.json"))) {
				return seeds;
			}
		}
		throw new IllegalStateException("no shared/seeds beside the checkout (above " + Paths.get("").toAbsolutePath() + ")");
	}
}
