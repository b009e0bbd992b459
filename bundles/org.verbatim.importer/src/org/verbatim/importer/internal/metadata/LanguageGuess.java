package org.verbatim.importer.internal.metadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small language detector for statements. The script decides for Arabic, Greek, Hebrew,
 * Armenian, Georgian, CJK and a few more. Cyrillic text is told apart by the letters only some of
 * its alphabets have (ї є ґ Ukrainian, ў Belarusian, ђ ћ Serbian, ѓ ќ ѕ Macedonian, ҝ and ә with ј
 * Azerbaijani, қ ң ұ Kazakh), then by function words (Russian, Bulgarian, Ukrainian, Serbian).
 * Latin-script text is matched against profiles of frequent function words (English, French,
 * German, Spanish, Italian, Portuguese, Dutch, Polish, Indonesian, Turkish, Azerbaijani), and Azerbaijani is
 * told from Turkish by its ə. It answers only when the evidence clearly leads, so a list of names or
 * numbers gets no language rather than a wrong one.
 *
 * @param tag     the BCP 47 tag, such as {@code en} or {@code az-Cyrl}
 * @param rule    how it was decided: {@code script}, {@code letters} or {@code function-words}
 * @param share   the share of the words (or letters) that support it
 */
public record LanguageGuess(String tag, String rule, double share) {

	/** Text beyond this many characters adds nothing to the decision. */
	private static final int SAMPLE = 20_000;

	private static final int MIN_HITS = 5;

	/** Fewer function-word hits suffice for a Cyrillic text, whose alphabet already narrows it down. */
	private static final int MIN_CYRILLIC_HITS = 2;

	/**
	 * Letters count as evidence when they make at least this share of the letters (at least one):
	 * a single quoted Ukrainian place name does not make a long Russian text Ukrainian.
	 */
	private static final double LETTER_SHARE = 0.003;

	private static final Map<String, Set<String>> PROFILES = new LinkedHashMap<>();

	private static final Map<String, Set<String>> CYRILLIC_PROFILES = new LinkedHashMap<>();

	/**
	 * Cyrillic languages by the letters that tell them, in the order they are tried: a language's
	 * letters may also occur in one tried after it (ә is Azerbaijani and Kazakh, і is Belarusian,
	 * Kazakh and Ukrainian, ј is Azerbaijani, Macedonian and Serbian).
	 *
	 * @param tag          the language
	 * @param alternatives each alternative is a list of letter groups that must all occur
	 */
	private record LetterRule(String tag, List<List<String>> alternatives) {
	}

	private static final List<LetterRule> CYRILLIC_LETTERS = List.of(
			new LetterRule("az-Cyrl", List.of(List.of("ҝҜ"), List.of("әӘ", "јЈ"))),
			new LetterRule("kk", List.of(List.of("қҚңҢұҰ"), List.of("әӘ", "іІ"))),
			new LetterRule("be", List.of(List.of("ўЎ"), List.of("іІ", "ыЫ"))),
			new LetterRule("uk", List.of(List.of("їЇєЄґҐіІ"))),
			new LetterRule("mk", List.of(List.of("ѓЃќЌѕЅ"))),
			new LetterRule("sr", List.of(List.of("ђЂћЋљЉњЊџЏјЈ"))),
			new LetterRule("ru", List.of(List.of("ыЫэЭёЁ"))));

	static {
		PROFILES.put("en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "by",
				"as", "are", "it", "this", "from", "which", "were", "has", "have", "be", "at", "its", "their"));
		PROFILES.put("fr", Set.of("le", "la", "les", "des", "et", "du", "un", "une", "est", "que", "qui", "dans",
				"pour", "pas", "sur", "au", "aux", "avec", "il", "ce", "ont", "sont", "par", "cette"));
		PROFILES.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "zu", "den", "von", "mit", "sich",
				"des", "auf", "für", "ein", "eine", "im", "dem", "wurde", "auch", "sind", "wird"));
		PROFILES.put("es", Set.of("el", "la", "los", "las", "de", "y", "que", "en", "del", "se", "por", "con", "una",
				"para", "es", "su", "al", "lo", "como", "más", "fue", "sus"));
		PROFILES.put("it", Set.of("il", "di", "che", "è", "della", "per", "gli", "delle", "nel", "con", "del",
				"sono", "alla", "una", "anche", "dei", "le", "non", "si"));
		PROFILES.put("pt", Set.of("o", "os", "da", "do", "das", "dos", "em", "que", "não", "uma", "para", "com",
				"por", "se", "foi", "na", "no", "ao", "são", "pela", "pelo"));
		PROFILES.put("nl", Set.of("de", "het", "een", "en", "van", "dat", "die", "op", "te", "zijn", "met", "voor",
				"niet", "aan", "er", "om", "ook", "als", "bij", "werd", "zal", "wordt", "naar", "door"));
		PROFILES.put("pl", Set.of("i", "w", "z", "na", "się", "nie", "że", "do", "to", "jest", "od", "po", "jak",
				"za", "co", "ale", "przez", "dla", "jej", "ich", "był", "była", "oraz", "który", "która"));
		PROFILES.put("id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak",
				"akan", "pada", "juga", "ke", "ada", "atau", "oleh", "sebagai", "karena", "kita", "mereka", "telah"));
		PROFILES.put("tr", Set.of("ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "olan", "çok", "daha",
				"gibi", "ama", "kadar", "sonra", "değil", "tarafından", "olduğu", "ise", "her"));
		PROFILES.put("az", Set.of("və", "bir", "bu", "üçün", "ilə", "da", "də", "olan", "kimi", "çox", "daha",
				"sonra", "tərəfindən", "olduğu", "isə", "hər", "ki", "edir", "olub", "il"));

		CYRILLIC_PROFILES.put("ru", Set.of("и", "в", "не", "на", "что", "с", "по", "это", "как", "он", "она", "для",
				"от", "был", "была", "к", "из", "его", "также", "о", "у", "будет", "или", "при"));
		CYRILLIC_PROFILES.put("bg", Set.of("и", "в", "не", "на", "че", "с", "по", "това", "като", "той", "тя", "за",
				"от", "е", "са", "ще", "към", "се", "да", "беше", "бяха", "след", "или", "при"));
		CYRILLIC_PROFILES.put("uk", Set.of("і", "й", "в", "у", "не", "на", "що", "з", "по", "це", "як", "він", "вона",
				"для", "від", "був", "була", "до", "його", "також", "про", "буде", "або", "та"));
		CYRILLIC_PROFILES.put("sr", Set.of("и", "у", "не", "на", "да", "са", "по", "је", "као", "он", "она", "за",
				"од", "био", "била", "из", "његов", "такође", "о", "ће", "или", "при", "се", "су"));
	}

	/** The language of {@code text}, if it can be told. */
	public static Optional<LanguageGuess> of(String text) {
		String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
		Map<Character.UnicodeScript, Integer> letters = new LinkedHashMap<>();
		int total = 0;
		for (int i = 0; i < sample.length();) {
			int cp = sample.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.isLetter(cp)) {
				letters.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
				total++;
			}
		}
		for (Map.Entry<Character.UnicodeScript, Integer> entry : letters.entrySet()) {
			double share = entry.getValue() / (double) total;
			if (share < 0.5) {
				continue;
			}
			if (entry.getKey() == Character.UnicodeScript.CYRILLIC) {
				return cyrillic(sample, entry.getValue());
			}
			if (entry.getKey() == Character.UnicodeScript.LATIN) {
				return latin(sample, entry.getValue());
			}
			String tag = switch (entry.getKey()) {
			case ARABIC -> "ar";
			case GREEK -> "el";
			case HEBREW -> "he";
			case ARMENIAN -> "hy";
			case GEORGIAN -> "ka";
			case HANGUL -> "ko";
			case HIRAGANA, KATAKANA -> "ja";
			case HAN -> "zh";
			case THAI -> "th";
			case DEVANAGARI -> "hi";
			default -> null;
			};
			if (tag != null) {
				return Optional.of(new LanguageGuess(tag, "script", share));
			}
		}
		return Optional.empty();
	}

	private static Optional<LanguageGuess> cyrillic(String sample, int cyrillicLetters) {
		for (LetterRule rule : CYRILLIC_LETTERS) {
			for (List<String> groups : rule.alternatives()) {
				int tell = 0;
				boolean all = true;
				for (String group : groups) {
					int found = count(sample, group);
					all &= isEvidence(found, cyrillicLetters);
					tell += found;
				}
				if (all) {
					return Optional.of(new LanguageGuess(rule.tag(), "letters", tell / (double) cyrillicLetters));
				}
			}
		}
		return byFunctionWords(sample, CYRILLIC_PROFILES, MIN_CYRILLIC_HITS);
	}

	private static Optional<LanguageGuess> latin(String sample, int latinLetters) {
		int schwa = count(sample, "əƏ");
		Optional<LanguageGuess> byWords = byFunctionWords(sample, PROFILES, MIN_HITS);
		// Azerbaijani and Turkish share most function words and letters; ə is Azerbaijani's alone
		if (isEvidence(schwa, latinLetters) && byWords.map(g -> g.tag().equals("tr") || g.tag().equals("az")).orElse(true)) {
			return Optional.of(new LanguageGuess("az", "letters", schwa / (double) latinLetters));
		}
		return byWords;
	}

	private static boolean isEvidence(int count, int letters) {
		return count > 0 && count >= letters * LETTER_SHARE;
	}

	private static int count(String sample, String letters) {
		int count = 0;
		for (int i = 0; i < sample.length(); i++) {
			if (letters.indexOf(sample.charAt(i)) >= 0) {
				count++;
			}
		}
		return count;
	}

	private static Optional<LanguageGuess> byFunctionWords(String sample, Map<String, Set<String>> profiles, int minHits) {
		String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
		Map<String, Integer> hits = new LinkedHashMap<>();
		int total = 0;
		for (String word : words) {
			if (word.isEmpty()) {
				continue;
			}
			total++;
			for (Map.Entry<String, Set<String>> profile : profiles.entrySet()) {
				if (profile.getValue().contains(word)) {
					hits.merge(profile.getKey(), 1, Integer::sum);
				}
			}
		}
		String best = null;
		int bestHits = 0;
		int secondHits = 0;
		for (Map.Entry<String, Integer> entry : hits.entrySet()) {
			if (entry.getValue() > bestHits) {
				secondHits = bestHits;
				best = entry.getKey();
				bestHits = entry.getValue();
			} else if (entry.getValue() > secondHits) {
				secondHits = entry.getValue();
			}
		}
		// a clear lead: enough hits, and half again as many as the runner-up
		if (best == null || bestHits < minHits || bestHits * 2 < secondHits * 3) {
			return Optional.empty();
		}
		return Optional.of(new LanguageGuess(best, "function-words", bestHits / (double) total));
	}
}
