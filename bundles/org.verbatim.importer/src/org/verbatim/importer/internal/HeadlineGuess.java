package org.verbatim.importer.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A provisional headline rule for scraped plain text, until metadata extraction reads titles
 * properly:
 * <ol>
 * <li>the first line that appears again later (scraped pages repeat the headline as page title
 * and article title), if it has at least three words and does not end with a colon;</li>
 * <li>else the first line of at least five words that starts with an upper-case letter and does
 * not end like a sentence or a label ({@code . ? ! :});</li>
 * <li>else no title (the statement is then labelled by its file name).</li>
 * </ol>
 * Lines are compared with surrounding white space removed.
 */
final class HeadlineGuess {

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern EDGE_WHITE_SPACE = Pattern.compile("^\\s+|\\s+$", Pattern.UNICODE_CHARACTER_CLASS);

	private HeadlineGuess() {
	}

	/** The guessed headline of {@code text}, if any line qualifies. */
	static Optional<String> of(String text) {
		List<String> lines = text.lines().map(line -> EDGE_WHITE_SPACE.matcher(line).replaceAll(""))
				.filter(line -> !line.isEmpty()).toList();
		Map<String, Integer> count = new HashMap<>();
		lines.forEach(line -> count.merge(line, 1, Integer::sum));
		Optional<String> repeated = lines.stream()
				.filter(line -> count.get(line) > 1 && words(line) >= 3 && !line.endsWith(":")).findFirst();
		if (repeated.isPresent()) {
			return repeated;
		}
		return lines.stream().filter(HeadlineGuess::looksLikeHeadline).findFirst();
	}

	private static boolean looksLikeHeadline(String line) {
		char last = line.charAt(line.length() - 1);
		return words(line) >= 5 && Character.isUpperCase(line.codePointAt(0)) && ".?!:".indexOf(last) < 0;
	}

	private static int words(String line) {
		return WHITE_SPACE.split(line).length;
	}
}
