package org.verbatim.cli.internal;

import org.verbatim.core.JsonText;

/** Writes the JSON the commands print with {@code --json} (see {@link JsonText#write}). */
final class Json {

	private Json() {
	}

	/** The JSON text of {@code value}, on one line. */
	static String write(Object value) {
		return JsonText.write(value);
	}
}
