package org.verbatim.ui.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;

import org.verbatim.core.Statement;

/** The metadata rows the Statement editor shows above a statement's text, in display order. */
final class StatementMetadata {

	static final String ID = "ID";
	static final String TITLE = "Title";
	static final String SOURCE = "Source";
	static final String SHA256 = "Original SHA-256";
	static final String SIZE = "Original size";
	static final String ENCODING = "Encoding";
	static final String IMPORTED_AT = "Imported at";

	/** The row labels, in display order. */
	static final String[] LABELS = { ID, TITLE, SOURCE, SHA256, SIZE, ENCODING, IMPORTED_AT };

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
			Locale.ROOT).withZone(ZoneOffset.UTC);

	private StatementMetadata() {
	}

	/** Row label to value, in the order of {@link #LABELS}. */
	static SequencedMap<String, String> of(Statement statement) {
		SequencedMap<String, String> rows = new LinkedHashMap<>();
		rows.put(ID, statement.id().toString());
		rows.put(TITLE, statement.title().orElse("(none could be read)"));
		rows.put(SOURCE, statement.source());
		rows.put(SHA256, statement.original().sha256());
		rows.put(SIZE, String.format(Locale.ROOT, "%,d bytes", statement.original().size()));
		rows.put(ENCODING, statement.charset() + " (chosen by: " + statement.charsetRule() + ")");
		rows.put(IMPORTED_AT, INSTANT.format(statement.importedAt()));
		return rows;
	}

	/** Every row empty except the id, while the statement is being read. */
	static Map<String, String> placeholder(String id) {
		Map<String, String> rows = new LinkedHashMap<>();
		for (String label : LABELS) {
			rows.put(label, "");
		}
		rows.put(ID, id);
		return rows;
	}
}
