package org.verbatim.core.prov;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.verbatim.core.ExcerptId;
import org.verbatim.core.StatementId;

/**
 * How Verbatim names the entities and activities of its records, and the types it gives them. Ids
 * are paths of URL-safe segments, so exports can put them under a namespace as they are.
 */
public final class ProvIds {

	/** An archived original's bytes. */
	public static final String ORIGINAL = "original";

	/** An original as decoded to characters with one charset. */
	public static final String DECODED = "decoded";

	/** A statement's clean text. */
	public static final String CLEAN_TEXT = "clean-text";

	/** A statement: clean text with its metadata, in the project. */
	public static final String STATEMENT = "statement";

	/** A cut-out quote. */
	public static final String EXCERPT = "excerpt";

	/** An exported report. */
	public static final String REPORT = "report";

	/** One retrieval of bytes the project had already. */
	public static final String RETRIEVAL = "retrieval";

	/** The project's search settings (aliases, saved searches). */
	public static final String SETTING = "setting";

	private ProvIds() {
	}

	/** {@code original/<sha256>}. */
	public static String original(String sha256) {
		return ORIGINAL + "/" + sha256;
	}

	/** {@code decoded/<sha256>/<charset>}. */
	public static String decoded(String sha256, String charset) {
		return DECODED + "/" + sha256 + "/" + segment(charset);
	}

	/** {@code clean-text/S3/1}: version {@code version} of the statement's clean text. */
	public static String cleanText(StatementId statement, int version) {
		return CLEAN_TEXT + "/" + statement + "/" + version;
	}

	/** {@code statement/S3/1}: version {@code version} of the statement. */
	public static String statement(StatementId statement, int version) {
		return STATEMENT + "/" + statement + "/" + version;
	}

	/** {@code excerpt/E1/1}: version {@code version} of the excerpt. */
	public static String excerpt(ExcerptId excerpt, int version) {
		return EXCERPT + "/" + excerpt + "/" + version;
	}

	/** {@code activity/<seq>/<step>}: an activity of record {@code seq}. */
	public static String activity(long seq, String step) {
		return "activity/" + seq + "/" + segment(step);
	}

	/** {@code text} made safe for one segment of an id (percent-encoded UTF-8). */
	public static String segment(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
