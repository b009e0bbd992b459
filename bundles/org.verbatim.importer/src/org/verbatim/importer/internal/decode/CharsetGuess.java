package org.verbatim.importer.internal.decode;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Optional;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Guesses the encoding of bytes that are not valid UTF-8 and declare nothing usable, with ICU's
 * statistical detector. The same bytes always give the same guess. UTF-8 is never the answer (the
 * caller knows the bytes are not valid UTF-8), and neither is UTF-16 or UTF-32 (without a
 * byte-order mark ICU cannot tell them from single-byte text). When ICU is not confident, the
 * answer is windows-1252, the encoding of most mislabelled Western pages.
 */
final class CharsetGuess {

	/** How many bytes ICU looks at; enough for its statistics, and bounded for 50 MB pages. */
	static final int SAMPLE_LENGTH = 256 * 1024;

	/** ICU confidence (0 to 100) below which its top match is not taken. */
	static final int MIN_CONFIDENCE = 10;

	private CharsetGuess() {
	}

	/**
	 * The likely encoding of {@code content} from {@code start}.
	 *
	 * @param firstNonAscii offset of the first byte above 0x7F: the sample starts there, because the
	 *                      ASCII before it cannot tell encodings apart and only dilutes ICU's
	 *                      statistics (a page with a long script in its head is otherwise guessed
	 *                      with too little confidence)
	 */
	static Charset guess(byte[] content, int firstNonAscii, boolean html) {
		byte[] sample = Arrays.copyOfRange(content, firstNonAscii,
				Math.min(content.length, firstNonAscii + SAMPLE_LENGTH));
		CharsetDetector detector = new CharsetDetector();
		// ignore markup, whose ASCII would drown the few letters that tell encodings apart
		detector.enableInputFilter(html);
		detector.setText(sample);
		CharsetMatch[] matches = detector.detectAll();
		for (CharsetMatch match : matches) {
			if (match.getConfidence() < MIN_CONFIDENCE) {
				break;
			}
			String name = match.getName();
			if (name.startsWith("UTF-")) {
				continue;
			}
			Optional<Charset> charset = CharsetLabels.resolve(name);
			if (charset.isPresent()) {
				return charset.get();
			}
		}
		return CharsetLabels.windows1252();
	}
}
