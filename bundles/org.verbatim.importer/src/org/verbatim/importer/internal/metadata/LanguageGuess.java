package org.verbatim.importer.internal.metadata;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small language detector for statements: the script decides for Arabic, Cyrillic, Greek,
 * Hebrew, Armenian, Georgian, CJK and a few more; Latin-script text is matched against profiles of
 * frequent function words (English, French, German, Spanish, Italian, Portuguese, Turkish,
 * Azerbaijani). It answers only when one profile clearly leads, so a list of names or numbers gets
 * no language rather than a wrong one.
 *
 * @param tag     the BCP 47 tag, such as {@code en}
 * @param rule    how it was decided: {@code script} or {@code function-words}
 * @param share   the share of the words (or letters, for a script) that support it
 */
public record LanguageGuess(String tag, String rule, double share) {

	/** Text beyond this many characters adds nothing to the decision. */
	private static final int SAMPLE = 20_000;

	private static final int MIN_HITS = 5;

	private static final Map<String, Set<String>> PROFILES = new LinkedHashMap<>();

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
		PROFILES.put("tr", Set.of("ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "olan", "çok", "daha",
				"gibi", "ama", "kadar", "sonra", "değil", "tarafından", "olduğu", "ise", "her"));
		PROFILES.put("az", Set.of("və", "bir", "bu", "üçün", "ilə", "da", "də", "olan", "kimi", "çox", "daha",
				"sonra", "tərəfindən", "olduğu", "isə", "hər", "ki", "edir", "olub", "il"));
	}

	/** The language of {@code text}, if it can be told. */
	public static Optional<LanguageGuess> of(String text) {
		String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
		Optional<LanguageGuess> byScript = byScript(sample);
		return byScript.isPresent() ? byScript : byFunctionWords(sample);
	}

	private static Optional<LanguageGuess> byScript(String sample) {
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
		if (total == 0) {
			return Optional.empty();
		}
		for (Map.Entry<Character.UnicodeScript, Integer> entry : letters.entrySet()) {
			double share = entry.getValue() / (double) total;
			if (share < 0.5) {
				continue;
			}
			String tag = switch (entry.getKey()) {
			case ARABIC -> "ar";
			case CYRILLIC -> "ru";
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

	private static Optional<LanguageGuess> byFunctionWords(String sample) {
		String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
		Map<String, Integer> hits = new LinkedHashMap<>();
		int total = 0;
		for (String word : words) {
			if (word.isEmpty()) {
				continue;
			}
			total++;
			for (Map.Entry<String, Set<String>> profile : PROFILES.entrySet()) {
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
		if (best == null || bestHits < MIN_HITS || bestHits * 2 < secondHits * 3) {
			return Optional.empty();
		}
		return Optional.of(new LanguageGuess(best, "function-words", bestHits / (double) total));
	}
}
