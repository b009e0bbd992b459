package org.verbatim.index.lucene;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verbatim.core.ExcerptId;
import org.verbatim.core.StatementId;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.prov.ProvIds;

/**
 * Which statements and excerpts a provenance record touched, for catching an index up. Every kind
 * of record names what it changed by an entity id ({@code statement/S3/2}, {@code clean-text/S3/1},
 * {@code excerpt/E1/1}) or, for an undo, a {@code target}; reading those ids out of the record's
 * canonical form covers every kind of record, including kinds added later that follow the same
 * naming, at the price of sometimes re-reading a statement that did not change (harmless).
 */
final class ProvenanceTouches {

	private static final Pattern STATEMENT = Pattern.compile(
			"\"(?:" + ProvIds.STATEMENT + "|" + ProvIds.CLEAN_TEXT + ")/(S[1-9][0-9]{0,17})/|\"target\":\"(S[1-9][0-9]{0,17})\"");

	private static final Pattern EXCERPT = Pattern
			.compile("\"" + ProvIds.EXCERPT + "/(E[1-9][0-9]{0,17})/|\"target\":\"(E[1-9][0-9]{0,17})\"");

	private ProvenanceTouches() {
	}

	/**
	 * Adds what {@code entry} touched to {@code statements} and {@code excerpts}.
	 *
	 * @throws IOException when the record is damaged (it cannot be trusted to name what it touched)
	 */
	static void collect(ProvEntry entry, Set<StatementId> statements, Set<ExcerptId> excerpts) throws IOException {
		try {
			entry.record();
		} catch (IllegalArgumentException e) {
			throw new IOException("provenance record " + entry.seq() + " cannot be read (" + e.getMessage() + ")", e);
		}
		Matcher s = STATEMENT.matcher(entry.canonical());
		while (s.find()) {
			StatementId.parse(s.group(1) != null ? s.group(1) : s.group(2)).ifPresent(statements::add);
		}
		Matcher e = EXCERPT.matcher(entry.canonical());
		while (e.find()) {
			ExcerptId.parse(e.group(1) != null ? e.group(1) : e.group(2)).ifPresent(excerpts::add);
		}
	}
}
