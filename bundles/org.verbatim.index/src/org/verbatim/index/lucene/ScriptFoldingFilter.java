package org.verbatim.index.lucene;

import java.io.IOException;
import java.util.Locale;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import com.ibm.icu.text.Transliterator;

/**
 * Brings every spelling of a word to one lower-case ASCII key, so that case, diacritics and script
 * do not matter: {@code Xocalı} and {@code Ходжалы} are indexed and searched as the English spelling
 * {@code khojali} / {@code khojaly} would be.
 * <p>
 * Plain ASCII words (most of an English text) are only lower-cased: the transliterators run on the
 * few words that need them, which keeps indexing close to a plain analyzer's speed. Cyrillic is
 * romanised the way English-language sources do (BGN/PCGN, with the affricate {@code дж} written
 * {@code j}); words with the letters of the Azerbaijani Latin alphabet ({@code ə ı ğ ş ç x c}) are
 * respelled with English letter values ({@code x}=kh, {@code c}=j, {@code ç}=ch, {@code ş}=sh,
 * {@code ğ}=gh, {@code ı}=i, {@code ə}=a); any other script goes through ICU's {@code Any-Latin}.
 * What remains of the y/i variance (Khojaly/Khojali) is an English-stemming matter: the stemmer
 * writes a final {@code y} after a consonant as {@code i}; exact-form searches rely on the
 * project's alias list for it.
 */
public final class ScriptFoldingFilter extends TokenFilter {

	private static final String AZERBAIJANI_TO_ENGLISH_RULES = """
			x > kh ; X > Kh ; c > j ; C > J ; ç > ch ; Ç > Ch ; ş > sh ; Ş > Sh ; ğ > gh ; Ğ > Gh ;
			ı > i ; I > I ; İ > I ; ə > a ; Ə > A ;
			""";

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	// Transliterator instances are not shared between threads: one filter chain is one thread's
	private Transliterator cyrillic;
	private Transliterator azerbaijani;
	private Transliterator anyToAscii;

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
			String folded = fold(term.toString());
			term.setEmpty().append(folded);
		}
		return true;
	}

	/** The ASCII key of a word with letters outside ASCII. */
	String fold(String word) {
		String text = word;
		if (hasCyrillic(text)) {
			if (cyrillic == null) {
				cyrillic = Transliterator.getInstance("Russian-Latin/BGN");
			}
			text = cyrillic.transliterate(text.toLowerCase(Locale.ROOT)).replace("dzh", "j");
		} else if (hasAzerbaijaniLetter(text)) {
			if (azerbaijani == null) {
				azerbaijani = Transliterator.createFromRules("az-English", AZERBAIJANI_TO_ENGLISH_RULES,
						Transliterator.FORWARD);
			}
			text = azerbaijani.transliterate(text);
		}
		if (anyToAscii == null) {
			anyToAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII; NFD; [:Nonspacing Mark:] Remove; Lower; NFC");
		}
		return anyToAscii.transliterate(text).toLowerCase(Locale.ROOT);
	}

	private static boolean hasCyrillic(String text) {
		return text.chars().anyMatch(c -> c >= 0x0400 && c <= 0x04FF);
	}

	/** Letters only the Azerbaijani (and Turkish) Latin alphabets use. */
	private static boolean hasAzerbaijaniLetter(String text) {
		return text.chars().anyMatch(c -> c == 'ə' || c == 'Ə' || c == 'ı' || c == 'ğ' || c == 'Ğ' || c == 'İ');
	}
}
