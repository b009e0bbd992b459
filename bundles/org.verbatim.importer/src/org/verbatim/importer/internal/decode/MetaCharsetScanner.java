package org.verbatim.importer.internal.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the encoding an HTML page declares for itself in {@code <meta charset="...">} or
 * {@code <meta http-equiv="Content-Type" content="...; charset=...">}, looking only at the start of
 * the bytes (as browsers do, before they know the encoding). Comments are skipped; the first meta
 * tag naming an encoding Java knows wins.
 */
final class MetaCharsetScanner {

	/** How many bytes from the start are searched for the meta tag. */
	static final int SCAN_LENGTH = 4096;

	private static final Pattern ATTRIBUTE = Pattern
			.compile("([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?");

	private static final Pattern CHARSET_IN_CONTENT = Pattern.compile("charset\\s*=\\s*[\"']?([^\\s;\"']+)",
			Pattern.CASE_INSENSITIVE);

	private MetaCharsetScanner() {
	}

	/** The declared encoding in the first {@value #SCAN_LENGTH} bytes of {@code content}, if any. */
	static Optional<Charset> scan(byte[] content, int start) {
		// every ASCII-compatible encoding writes the tag in ASCII; ISO-8859-1 keeps one char per byte
		String head = new String(content, start, Math.min(content.length - start, SCAN_LENGTH),
				StandardCharsets.ISO_8859_1);
		String lower = head.toLowerCase(Locale.ROOT);
		int i = 0;
		while (i < lower.length()) {
			int open = lower.indexOf('<', i);
			if (open < 0) {
				break;
			}
			if (lower.startsWith("<!--", open)) {
				int close = lower.indexOf("-->", open + 4);
				i = close < 0 ? lower.length() : close + 3;
				continue;
			}
			int end = lower.indexOf('>', open);
			if (end < 0) {
				break;
			}
			if (lower.startsWith("<meta", open) && open + 5 < lower.length()
					&& (Character.isWhitespace(lower.charAt(open + 5)) || lower.charAt(open + 5) == '/')) {
				Optional<Charset> declared = fromMetaTag(head.substring(open + 5, end));
				if (declared.isPresent()) {
					return declared;
				}
			}
			i = end + 1;
		}
		return Optional.empty();
	}

	private static Optional<Charset> fromMetaTag(String attributes) {
		String charset = null;
		String httpEquiv = null;
		String content = null;
		Matcher m = ATTRIBUTE.matcher(attributes);
		while (m.find()) {
			String name = m.group(1).toLowerCase(Locale.ROOT);
			String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
			if (value == null) {
				continue;
			}
			switch (name) {
			case "charset" -> charset = charset == null ? value : charset;
			case "http-equiv" -> httpEquiv = httpEquiv == null ? value : httpEquiv;
			case "content" -> content = content == null ? value : content;
			default -> {
				// other attributes say nothing about the encoding
			}
			}
		}
		if (charset != null) {
			return CharsetLabels.resolveMeta(charset);
		}
		if (content != null && httpEquiv != null && httpEquiv.strip().equalsIgnoreCase("content-type")) {
			Matcher c = CHARSET_IN_CONTENT.matcher(content);
			if (c.find()) {
				return CharsetLabels.resolveMeta(c.group(1));
			}
		}
		return Optional.empty();
	}
}
