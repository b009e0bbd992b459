package org.verbatim.importer.internal.decode;

import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP {@code Content-Type} header taken apart: {@code text/html; charset="UTF-8"} has the media
 * type {@code text/html} and the charset label {@code UTF-8}.
 *
 * @param mediaType    the type and subtype, lower case, without parameters; empty when missing
 * @param charsetLabel the {@code charset} parameter without quotes, if any
 */
record ContentTypeHeader(String mediaType, Optional<String> charsetLabel) {

	static ContentTypeHeader parse(String header) {
		String[] parts = header.split(";");
		String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
		Optional<String> charset = Optional.empty();
		for (int i = 1; i < parts.length && charset.isEmpty(); i++) {
			String parameter = parts[i].strip();
			int equals = parameter.indexOf('=');
			if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
				String value = parameter.substring(equals + 1).strip().replace("\"", "").replace("'", "").strip();
				charset = value.isEmpty() ? Optional.empty() : Optional.of(value);
			}
		}
		return new ContentTypeHeader(mediaType, charset);
	}
}
