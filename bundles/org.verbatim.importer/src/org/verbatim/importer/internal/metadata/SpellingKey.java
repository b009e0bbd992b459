package org.verbatim.importer.internal.metadata;

import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/**
 * A key under which the spellings of one name meet: Khojaly, Khojali, Xocalı and Ходжалы all give
 * {@code 24}. The name is transliterated to Latin (ICU), the letters that transliterations and
 * Azerbaijani or Turkish spelling write differently are brought together (kh, x and h; dzh, dž, zh,
 * c and j), and each word is reduced to its consonants, grouped by sound as in
 * Soundex. Two names with one key are most likely one name; the key is meant for names a single
 * statement gives, not for telling apart all names in the world.
 */
final class SpellingKey {

	/** ICU transliterators are not safe to share between threads. */
	private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal
			.withInitial(() -> Transliterator.getInstance("Any-Latin"));

	private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal
			.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

	private SpellingKey() {
	}

	/** The key of {@code name}; words are separated by one space. */
	static String of(String name) {
		String latin = TO_LATIN.get().transliterate(name.toLowerCase(Locale.ROOT));
		// before the diacritics go: dž and ž are j sounds, š and ş are sh, č and ç are ch
		latin = latin.replace("dž", "j").replace("ž", "j").replace("š", "s").replace("ş", "s").replace("č", "c")
				.replace("ç", "c");
		String ascii = TO_ASCII.get().transliterate(latin).toLowerCase(Locale.ROOT);
		ascii = ascii.replace("dzh", "j").replace("zh", "j").replace("kh", "h").replace("x", "h").replace("ch", "c");
		StringBuilder key = new StringBuilder();
		for (String word : ascii.split("[^a-z]+")) {
			if (word.isEmpty()) {
				continue;
			}
			StringBuilder codes = new StringBuilder();
			char last = 0;
			for (int i = 0; i < word.length(); i++) {
				char code = code(word.charAt(i));
				if (code != 0 && code != last) {
					codes.append(code);
				}
				if (code != 0 || "hwy".indexOf(word.charAt(i)) < 0) {
					last = code; // a vowel parts two equal sounds; h, w and y do not
				}
			}
			if (key.length() > 0) {
				key.append(' ');
			}
			key.append(codes.length() == 0 ? word : codes);
		}
		return key.toString();
	}

	private static char code(char letter) {
		return switch (letter) {
		case 'b', 'f', 'p', 'v' -> '1';
		case 'c', 'g', 'j', 'k', 'q', 's', 'z' -> '2';
		case 'd', 't' -> '3';
		case 'l' -> '4';
		case 'm', 'n' -> '5';
		case 'r' -> '6';
		default -> 0;
		};
	}
}
