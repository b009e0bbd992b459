package org.verbatim.index.lucene;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import com.ibm.icu.text.Transliterator;

/**
 * Brings every spelling of a word to one lower-case ASCII key, so that case, diacritics and script
 * do not matter: {@code Xocalı} and {@code Ходжалы} are indexed and searched as the English spelling
 * {@code khojali} / {@code khojaly} would be.
 * <p>
 * Plain ASCII words (most of an English text) are only lower-cased, and Latin letters with
 * diacritics are decomposed and stripped with the JDK's normalizer, which keeps indexing close to a
 * plain analyzer's speed (ICU's transliterators cost half a second to load and are used only for
 * scripts without a table here). Cyrillic is romanised the way English-language sources do
 * (BGN/PCGN, with the affricate {@code дж} written {@code j}); words with letters only the
 * Azerbaijani Latin alphabet has ({@code ə ı ğ İ}) are respelled with English letter values
 * ({@code x}=kh, {@code c}=j, {@code ç}=ch, {@code ş}=sh, {@code ğ}=gh, {@code ı}=i, {@code ə}=a).
 * What remains of the y/i variance (Khojaly/Khojali) is an English-stemming matter: the stemmer
 * writes a final {@code y} after a consonant as {@code i}; exact-form searches rely on the project's
 * alias list for it.
 */
public final class ScriptFoldingFilter extends TokenFilter {

	/** BGN/PCGN romanisation of Russian, with the Ukrainian and Azerbaijani Cyrillic letters. */
	private static final Map<Character, String> CYRILLIC = cyrillic();

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	// a Transliterator is not shared between threads: one filter chain is one thread's
	private Transliterator otherScripts;

	/** How many folded words are kept; emptied when full, so memory stays bounded (about 40 MB). */
	private static final int FOLDED_KEPT = 200_000;

	// Words repeat, and folding one (through ICU for the scripts without a table of ours) costs far
	// more than looking it up: a third of all indexing time without this. The key of a word never
	// changes, so one memory serves every filter and thread; a multilingual corpus such as Europarl
	// has some 120,000 distinct words with letters outside ASCII, so a smaller memory (a per-filter
	// one of 50,000 was tried) was emptied again and again.
	private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

	public ScriptFoldingFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		char[] buffer = term.buffer();
		int length = term.length();
		boolean ascii = true;
		for (int i = 0; i < length; i++) {
			char c = buffer[i];
			if (c >= 0x80) {
				ascii = false;
				break;
			}
			if (c >= 'A' && c <= 'Z') {
				buffer[i] = (char) (c + ('a' - 'A'));
			}
		}
		if (!ascii) {
			String word = term.toString();
			String key = FOLDED.get(word);
			if (key == null) {
				key = fold(word);
				if (FOLDED.size() >= FOLDED_KEPT) {
					FOLDED.clear();
				}
				FOLDED.put(word, key);
			}
			term.setEmpty().append(key);
		}
		return true;
	}

	/** The ASCII key of a word with letters outside ASCII. */
	String fold(String word) {
		boolean azerbaijani = hasAzerbaijaniLetter(word);
		String lower = word.toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(lower.length() + 4);
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (c == 'д' && i + 1 < lower.length() && lower.charAt(i + 1) == 'ж') {
				out.append('j');
				i++;
				continue;
			}
			String cyrillic = CYRILLIC.get(c);
			if (cyrillic != null) {
				out.append(cyrillic);
			} else if (azerbaijani && "xcçşğ".indexOf(c) >= 0) {
				out.append(switch (c) {
				case 'x' -> "kh";
				case 'c' -> "j";
				case 'ç' -> "ch";
				case 'ş' -> "sh";
				default -> "gh";
				});
			} else {
				out.append(switch (c) {
				case 'ı' -> "i";
				case 'ə' -> "a";
				case 'ø' -> "o";
				case 'ß' -> "ss";
				case 'æ' -> "ae";
				case 'œ' -> "oe";
				case 'đ', 'ð' -> "d";
				case 'ł' -> "l";
				case 'þ' -> "th";
				case 'ħ' -> "h";
				default -> String.valueOf(c);
				});
			}
		}
		String key = withoutMarks(out);
		if (!isAscii(key)) {
			if (otherScripts == null) {
				otherScripts = Transliterator.getInstance("Any-Latin; Latin-ASCII");
			}
			key = withoutMarks(new StringBuilder(otherScripts.transliterate(key))).toLowerCase(Locale.ROOT);
		}
		return key;
	}

	/** Decomposes and drops the combining marks: é is e, ö is o. */
	private static String withoutMarks(CharSequence text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) != Character.NON_SPACING_MARK) {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/** Letters only the Azerbaijani (and Turkish) Latin alphabets use. */
	private static boolean hasAzerbaijaniLetter(String text) {
		return text.chars().anyMatch(c -> c == 'ə' || c == 'Ə' || c == 'ı' || c == 'ğ' || c == 'Ğ' || c == 'İ');
	}

	private static Map<Character, String> cyrillic() {
		String[] pairs = { "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh", "з", "z",
				"и", "i", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t",
				"у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "",
				"э", "e", "ю", "yu", "я", "ya", "і", "i", "ї", "yi", "є", "ye", "ґ", "g", "ә", "a", "ғ", "gh", "ҹ", "j",
				"һ", "h", "ө", "o", "ү", "u", "ҝ", "g", "ј", "y", "ҳ", "h", "қ", "q", "ң", "ng" };
		Map<Character, String> map = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i].charAt(0), pairs[i + 1]);
		}
		return Map.copyOf(map);
	}
}
