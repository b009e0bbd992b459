package org.verbatim.importer.internal.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.internal.ByteOrderMark;
import org.verbatim.importer.internal.FileSignature;

/**
 * Decodes the bytes of an original (a file or a fetched page) to text, choosing the encoding by a
 * fixed order of rules and recording which one decided:
 * <ol>
 * <li>{@code byte-order-mark}: the bytes start with a UTF-8, UTF-16 or UTF-32 mark (removed from
 * the text);</li>
 * <li>{@code option}: the analyst named the encoding; bytes invalid in it are refused, never
 * replaced, because the analyst is told rather than silently given a wrong text;</li>
 * <li>{@code http-header}: the {@code charset} of the {@code Content-Type} header;</li>
 * <li>{@code meta-tag}: for HTML, the {@code <meta charset>} or {@code http-equiv} tag in the first
 * 4 KiB;</li>
 * <li>{@code valid-utf8}: nothing declared, and the bytes are valid UTF-8 (plain ASCII is);</li>
 * <li>{@code detected}: nothing declared and not UTF-8, so ICU guesses.</li>
 * </ol>
 * A page that declares UTF-8 but is not valid UTF-8 (typically windows-1252 text with a UTF-8 meta
 * tag from a template) is decoded as detected, with the rule
 * {@code detected (declared utf-8 is invalid)}, so that it comes out readable. A declared
 * encoding other than UTF-8 is trusted; bytes invalid in it become U+FFFD, as in a browser.
 * <p>
 * The media type is {@code text/html} or {@code text/plain}: the header's if it says one of them,
 * else the hint's (a file name), else sniffed from the start of the text. Binary content (a known
 * format's first bytes, NUL or many control characters) is refused whatever the name or header
 * says.
 * <p>
 * Decoding is deterministic: the same bytes and hints always give the same text, so offsets into
 * the text stay valid when the original is decoded again.
 */
public final class DocumentDecoder {

	/** Media type of HTML documents. */
	public static final String TEXT_HTML = "text/html";

	/** Media type of everything that is text but not HTML. */
	public static final String TEXT_PLAIN = "text/plain";

	/** Rule: the bytes start with a byte-order mark. */
	public static final String RULE_BOM = "byte-order-mark";

	/** Rule: the analyst named the encoding. */
	public static final String RULE_OPTION = "option";

	/** Rule: the {@code charset} of the HTTP {@code Content-Type} header. */
	public static final String RULE_HTTP_HEADER = "http-header";

	/** Rule: the HTML page's {@code <meta>} tag. */
	public static final String RULE_META_TAG = "meta-tag";

	/** Rule: nothing declared, and the bytes are valid UTF-8. */
	public static final String RULE_VALID_UTF8 = "valid-utf8";

	/** Rule: the encoding was guessed from the bytes. */
	public static final String RULE_DETECTED = "detected";

	/** Rule: the page declared UTF-8, its bytes are not, so the encoding was guessed. */
	public static final String RULE_DETECTED_DECLARED_UTF8_INVALID = RULE_DETECTED + " (declared utf-8 is invalid)";

	private static final int SNIFF_LENGTH = 1024;

	private static final String ASCII_PROBE = "\t\n\r <>=\"/09AZaz";

	/** The encoding chosen and the rule that chose it. */
	private record Choice(Charset charset, String rule) {
	}

	private DocumentDecoder() {
	}

	/**
	 * Decodes {@code content}.
	 *
	 * @throws DecodeProblem when the content is empty or binary, or not valid in the encoding the
	 *                       analyst named
	 */
	public static DecodedDocument decode(byte[] content, DecodeHints hints) throws DecodeProblem {
		if (content.length == 0) {
			throw new DecodeProblem("is empty (0 bytes)");
		}
		Optional<String> kind = FileSignature.knownBinaryKind(content);
		if (kind.isPresent()) {
			throw binary(" (" + kind.get() + ")");
		}
		Optional<ByteOrderMark> mark = ByteOrderMark.at(content);
		int start = mark.map(ByteOrderMark::length).orElse(0);
		Optional<ContentTypeHeader> header = hints.contentType().map(ContentTypeHeader::parse);
		String head = new String(content, start, Math.min(content.length - start, SNIFF_LENGTH),
				mark.map(ByteOrderMark::charset).orElse(StandardCharsets.ISO_8859_1));
		String mediaType = header.flatMap(h -> MediaTypeSniffer.believe(h.mediaType()))
				.or(() -> hints.mediaType().flatMap(MediaTypeSniffer::believe))
				.orElseGet(() -> MediaTypeSniffer.sniff(head));
		boolean html = TEXT_HTML.equals(mediaType);

		Optional<Choice> stated = mark.map(m -> new Choice(m.charset(), RULE_BOM))
				.or(() -> hints.charset().map(c -> new Choice(c, RULE_OPTION)))
				.or(() -> header.flatMap(ContentTypeHeader::charsetLabel).flatMap(CharsetLabels::resolve)
						.map(c -> new Choice(c, RULE_HTTP_HEADER)))
				.or(() -> html ? MetaCharsetScanner.scan(content, start).map(c -> new Choice(c, RULE_META_TAG))
						: Optional.empty());
		if (stated.isEmpty() || isAsciiCompatible(stated.get().charset())) {
			// judge the raw bytes first, so that a binary file is called binary rather than badly encoded
			if (FileSignature.looksBinary(new String(content, start,
					Math.min(content.length - start, FileSignature.SNIFF_LENGTH), StandardCharsets.ISO_8859_1))) {
				throw binary("");
			}
		}

		Choice choice;
		String text;
		if (stated.isPresent() && stated.get().rule().equals(RULE_OPTION)) {
			choice = stated.get();
			text = strict(content, start, choice.charset());
		} else if (stated.isPresent() && !stated.get().charset().equals(StandardCharsets.UTF_8)) {
			choice = stated.get();
			text = new String(content, start, content.length - start, choice.charset());
		} else {
			// declared UTF-8 (or nothing): believe it only if the bytes are valid UTF-8
			String utf8 = validUtf8(content, start);
			if (utf8 != null) {
				choice = stated.orElse(new Choice(StandardCharsets.UTF_8, RULE_VALID_UTF8));
				text = utf8;
			} else if (stated.isPresent() && stated.get().rule().equals(RULE_BOM)) {
				choice = stated.get();
				text = new String(content, start, content.length - start, choice.charset());
			} else {
				Charset guessed = CharsetGuess.guess(content, firstNonAscii(content, start), html);
				choice = new Choice(guessed, stated.isPresent() ? RULE_DETECTED_DECLARED_UTF8_INVALID : RULE_DETECTED);
				text = new String(content, start, content.length - start, guessed);
			}
		}
		if (text.isEmpty()) {
			throw new DecodeProblem("is empty (only a byte-order mark)");
		}
		if (FileSignature.looksBinary(text)) {
			throw binary("");
		}
		return new DecodedDocument(text, choice.charset().name(), choice.rule(), mediaType, hints.location());
	}

	private static DecodeProblem binary(String kind) {
		return new DecodeProblem("is a binary file" + kind + ", not a text or HTML page");
	}

	private static boolean isAsciiCompatible(Charset charset) {
		return charset.canEncode()
				&& Arrays.equals(ASCII_PROBE.getBytes(charset), ASCII_PROBE.getBytes(StandardCharsets.US_ASCII));
	}

	private static int firstNonAscii(byte[] content, int start) {
		for (int i = start; i < content.length; i++) {
			if (content[i] < 0) {
				return i;
			}
		}
		return content.length;
	}

	/** The text if the bytes are valid UTF-8, else null. */
	private static String validUtf8(byte[] content, int start) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
		CharBuffer out = CharBuffer.allocate(content.length - start + 1);
		return decodeFully(decoder, in, out) ? out.flip().toString() : null;
	}

	private static String strict(byte[] content, int start, Charset charset) throws DecodeProblem {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
		CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
				(long) Math.ceil((content.length - start) * (double) decoder.maxCharsPerByte()) + 1));
		if (!decodeFully(decoder, in, out)) {
			int offset = in.position();
			throw new DecodeProblem(String.format(Locale.ROOT,
					"is not valid %s (byte 0x%02X at offset %d); check the encoding named with --charset",
					charset.name(), content[offset] & 0xFF, offset));
		}
		return out.flip().toString();
	}

	private static boolean decodeFully(CharsetDecoder decoder, ByteBuffer in, CharBuffer out) {
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		return !result.isError() && !result.isOverflow();
	}
}
