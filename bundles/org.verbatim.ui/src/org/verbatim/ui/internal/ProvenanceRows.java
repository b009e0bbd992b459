package org.verbatim.ui.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SequencedMap;
import java.util.stream.Collectors;

import org.verbatim.core.Retrieval;
import org.verbatim.core.Statement;

/**
 * The rows the Statement editor shows about where a statement came from (facts of the import, not
 * readings of its text), in display order.
 */
final class ProvenanceRows {

	static final String ID = "ID";
	static final String SOURCE = "Source";
	static final String SHA256 = "Original SHA-256";
	static final String SIZE = "Original size";
	static final String ENCODING = "Encoding";
	static final String IMPORTED_AT = "Imported at";
	static final String RETRIEVED = "Retrieved";

	/** The row labels, in display order. */
	static final List<String> LABELS = List.of(ID, SOURCE, SHA256, SIZE, ENCODING, IMPORTED_AT, RETRIEVED);

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
			Locale.ROOT).withZone(ZoneOffset.UTC);

	private ProvenanceRows() {
	}

	/** Row label to value, in the order of {@link #LABELS}. */
	static SequencedMap<String, String> of(Statement statement, List<Retrieval> retrievals) {
		SequencedMap<String, String> rows = new LinkedHashMap<>();
		rows.put(ID, statement.id().toString());
		rows.put(SOURCE, statement.source());
		rows.put(SHA256, statement.original().sha256());
		rows.put(SIZE, String.format(Locale.ROOT, "%,d bytes", statement.original().size()));
		rows.put(ENCODING, statement.charset() + " (chosen by: " + statement.charsetRule() + ")");
		rows.put(IMPORTED_AT, INSTANT.format(statement.importedAt()));
		rows.put(RETRIEVED, retrieved(retrievals));
		return rows;
	}

	/** Every row empty except the id, while the statement is being read. */
	static SequencedMap<String, String> placeholder(String id) {
		SequencedMap<String, String> rows = new LinkedHashMap<>();
		for (String label : LABELS) {
			rows.put(label, "");
		}
		rows.put(ID, id);
		return rows;
	}

	/**
	 * How often and when the original was read; for a fetched page also where the fetch ended and
	 * with which HTTP status, as that is what the archived bytes are a copy of.
	 */
	static String retrieved(List<Retrieval> retrievals) {
		if (retrievals.isEmpty()) {
			return ShownValue.UNKNOWN;
		}
		Retrieval last = retrievals.getLast();
		String when = retrievals.size() == 1 ? "once, " + INSTANT.format(last.retrievedAt())
				: String.format(Locale.ROOT, "%d times, last %s", retrievals.size(), INSTANT.format(last.retrievedAt()));
		return when + fetched(last);
	}

	/** Every retrieval on a line of its own, oldest first (the tooltip of {@link #RETRIEVED}). */
	static String history(List<Retrieval> retrievals) {
		if (retrievals.isEmpty()) {
			return "No retrieval is recorded for this original (it was imported by an older Verbatim).";
		}
		return retrievals.stream()
				.map(r -> INSTANT.format(r.retrievedAt()) + "  " + r.source() + fetched(r))
				.collect(Collectors.joining("\n"));
	}

	private static String fetched(Retrieval retrieval) {
		if (retrieval.finalLocation().isEmpty() && retrieval.httpStatus().isEmpty()) {
			return "";
		}
		StringBuilder fetched = new StringBuilder(" \u2192 ");
		retrieval.finalLocation().ifPresent(location -> fetched.append(location).append(' '));
		retrieval.httpStatus().ifPresent(status -> fetched.append("(HTTP ").append(status).append(')'));
		return fetched.toString().stripTrailing();
	}
}
