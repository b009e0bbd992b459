package org.verbatim.report.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.verbatim.core.ExcerptId;
import org.verbatim.core.StatementId;
import org.verbatim.report.Report;
import org.verbatim.report.ReportQuote;

/**
 * The works a report cites, one per cited statement (however many of its quotes the report prints),
 * in the order the report first quotes them, each with a stable citation key. The bibliography
 * exporters write these entries in their formats.
 */
final class Bibliography {

	private static final Pattern WEB = Pattern.compile("(?i)https?://\\S+");

	private static final Set<String> MINOR_WORDS = Set.of("the", "and", "for", "from", "with", "about", "into", "over",
			"that", "this", "its", "his", "her", "their", "our", "was", "are", "not", "but");

	/**
	 * One cited work.
	 *
	 * @param key            the citation key, such as {@code altwaijri2019khojaly}: the first author's
	 *                       last name, the year of issue and the first word of the title, folded to
	 *                       ASCII letters and digits; keys that would be equal get a, b, ... appended
	 * @param statement      the cited statement
	 * @param authors        who said it (its speakers), or else the publisher as the corporate author
	 * @param title          the headline
	 * @param publisher      who published the source
	 * @param issued         when the statement was issued
	 * @param source         where the original was read from (a URL or a file)
	 * @param url            the source, when it is a web address
	 * @param accessed       the day (UTC) the original was first retrieved
	 * @param originalSha256 SHA-256 of the archived original
	 * @param language       the statement's language, a BCP 47 tag
	 * @param excerpts       the report's quotes of this statement
	 */
	record Entry(String key, StatementId statement, List<String> authors, Optional<String> title,
			Optional<String> publisher, Optional<LocalDate> issued, String source, Optional<String> url,
			Optional<LocalDate> accessed, String originalSha256, Optional<String> language, List<ExcerptId> excerpts) {

		Entry {
			Objects.requireNonNull(key, "key");
			authors = List.copyOf(authors);
			excerpts = List.copyOf(excerpts);
		}

		/** The note every format carries: what lets a reader check the work is the one cited. */
		String note() {
			StringBuilder note = new StringBuilder("Archived original SHA-256 ").append(originalSha256)
					.append("; Verbatim statement ").append(statement);
			if (url.isEmpty()) {
				note.append(", read from ").append(source);
			}
			note.append("; quoted as ");
			note.append(String.join(", ", excerpts.stream().map(ExcerptId::toString).toList()));
			return note.toString();
		}
	}

	private Bibliography() {
	}

	/** The works {@code report} cites. */
	static List<Entry> of(Report report) {
		Map<StatementId, List<ReportQuote>> byStatement = new LinkedHashMap<>();
		for (ReportQuote q : report.quotes()) {
			byStatement.computeIfAbsent(q.statement(), s -> new ArrayList<>()).add(q);
		}
		List<String> bases = new ArrayList<>();
		for (List<ReportQuote> quotes : byStatement.values()) {
			bases.add(keyBase(quotes.get(0)));
		}
		Map<String, Integer> counts = new HashMap<>();
		bases.forEach(b -> counts.merge(b, 1, Integer::sum));
		Map<String, Integer> used = new HashMap<>();
		List<Entry> entries = new ArrayList<>();
		int i = 0;
		for (List<ReportQuote> quotes : byStatement.values()) {
			String base = bases.get(i++);
			String key = base;
			if (counts.get(base) > 1) {
				key = base + suffix(used.merge(base, 1, Integer::sum) - 1);
			}
			ReportQuote q = quotes.get(0);
			List<String> authors = q.speakers().isEmpty() ? q.publisher().stream().toList() : q.speakers();
			Optional<String> url = WEB.matcher(q.source()).matches() ? Optional.of(q.source()) : Optional.empty();
			entries.add(new Entry(key, q.statement(), authors, q.title(), q.publisher(), q.issued(), q.source(), url,
					q.retrievedAt().map(t -> t.atOffset(ZoneOffset.UTC).toLocalDate()), q.originalSha256(), q.language(),
					quotes.stream().map(ReportQuote::excerpt).toList()));
		}
		return entries;
	}

	/** a, b, ..., z, aa, ab, ...: the suffix of the n-th (from 0) work sharing a key. */
	static String suffix(int n) {
		String letter = String.valueOf((char) ('a' + n % 26));
		return n < 26 ? letter : suffix(n / 26 - 1) + letter;
	}

	private static String keyBase(ReportQuote q) {
		String who = q.speakers().stream().findFirst().map(name -> lastWord(fold(name)))
				.or(() -> q.publisher().map(p -> firstWord(fold(p)))).filter(w -> !w.isEmpty()).orElse("anon");
		String year = q.issued().map(d -> Integer.toString(d.getYear())).orElse("nd");
		String word = q.title().map(t -> firstWord(fold(t))).filter(w -> !w.isEmpty())
				.orElse(q.statement().toString().toLowerCase(Locale.ROOT));
		return who + year + word;
	}

	/** Lower-case ASCII letters and digits, words kept apart by spaces; accents and the like dropped. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < decomposed.length(); i++) {
			char c = Character.toLowerCase(decomposed.charAt(i));
			switch (c) {
			case '\u0259' -> out.append('e'); // Azerbaijani schwa
			case '\u0131' -> out.append('i'); // dotless i
			case '\u00df' -> out.append("ss");
			case '\u00f8' -> out.append('o');
			case '\u00e6' -> out.append("ae");
			case '\u0153' -> out.append("oe");
			case '\u0142' -> out.append('l');
			case '\u0111' -> out.append('d');
			default -> out.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : ' ');
			}
		}
		return out.toString().strip().replaceAll(" +", " ");
	}

	private static String lastWord(String folded) {
		int space = folded.lastIndexOf(' ');
		return space < 0 ? folded : folded.substring(space + 1);
	}

	private static String firstWord(String folded) {
		for (String word : folded.split(" ")) {
			if (word.length() >= 3 && Character.isLetter(word.charAt(0)) && !MINOR_WORDS.contains(word)) {
				return word;
			}
		}
		return folded.isEmpty() ? "" : folded.split(" ")[0];
	}
}
