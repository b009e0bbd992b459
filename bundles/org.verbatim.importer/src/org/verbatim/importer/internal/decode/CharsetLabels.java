package org.verbatim.importer.internal.decode;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the encoding name a page declares into a Java charset the way browsers do (WHATWG Encoding
 * standard): a page labelled ISO-8859-1 or US-ASCII is read as windows-1252, because servers and
 * editors have labelled windows-1252 text that way for decades and browsers show its curly quotes
 * and dashes. Only the substitutions that matter for real pages are made.
 */
final class CharsetLabels {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final Map<String, String> SUBSTITUTES = Map.ofEntries(
			Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
			Map.entry("iso_8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
			Map.entry("l1", "windows-1252"), Map.entry("us-ascii", "windows-1252"),
			Map.entry("ascii", "windows-1252"), Map.entry("cp1252", "windows-1252"),
			Map.entry("x-cp1252", "windows-1252"), Map.entry("iso-8859-9", "windows-1254"),
			Map.entry("iso8859-9", "windows-1254"), Map.entry("latin5", "windows-1254"),
			Map.entry("iso-8859-11", "windows-874"), Map.entry("tis-620", "windows-874"),
			Map.entry("gb2312", "GBK"), Map.entry("gb_2312-80", "GBK"), Map.entry("x-gbk", "GBK"),
			Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
			Map.entry("unicode-1-1-utf-8", "UTF-8"), Map.entry("utf8", "UTF-8"));

	private CharsetLabels() {
	}

	/** The charset a header or meta tag label names, if Java knows it. */
	static Optional<Charset> resolve(String label) {
		String name = label.strip();
		if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'')
				&& name.charAt(name.length() - 1) == name.charAt(0)) {
			name = name.substring(1, name.length() - 1).strip();
		}
		String key = name.toLowerCase(Locale.ROOT);
		name = SUBSTITUTES.getOrDefault(key, name);
		if (name.isEmpty()) {
			return Optional.empty();
		}
		try {
			Charset charset = Charset.forName(name);
			return Optional.of(charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
					? WINDOWS_1252
					: charset);
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			return Optional.empty();
		}
	}

	/**
	 * The charset a meta tag names. A meta tag that could be read as ASCII is not in UTF-16, so a
	 * UTF-16 label there means UTF-8 (as browsers read it).
	 */
	static Optional<Charset> resolveMeta(String label) {
		return resolve(label).map(c -> c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c);
	}

	/** windows-1252, the fallback for Western pages that are not UTF-8. */
	static Charset windows1252() {
		return WINDOWS_1252;
	}
}
