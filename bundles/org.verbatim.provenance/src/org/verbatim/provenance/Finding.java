package org.verbatim.provenance;

import java.util.Objects;

/**
 * One problem verification found: what it is about and what is wrong with it.
 *
 * @param subject what the problem is about, as the analyst names it: {@code S3}, {@code record 17},
 *                {@code original <sha256>}
 * @param check   which check found it, one of the constants of this class
 * @param message what is wrong, in one sentence without the subject
 */
public record Finding(String subject, String check, String message) {

	/** The hash chain of the provenance log: a record changed, missing or out of order. */
	public static final String CHAIN = "chain";

	/** A record that cannot be read. */
	public static final String RECORD = "record";

	/** An archived original that is missing or whose bytes no longer have its hash. */
	public static final String ORIGINAL = "original";

	/** A statement's text that does not derive from its original as recorded. */
	public static final String TEXT = "text";

	/** A statement's offset map, changed or pointing outside its original. */
	public static final String OFFSETS = "offsets";

	/** What cleaning removed, changed or pointing outside the original. */
	public static final String REMOVALS = "removals";

	/** A statement's metadata that is not what its newest record says. */
	public static final String METADATA = "metadata";

	/** A statement without its import record, or a record of a statement the project does not have. */
	public static final String IMPORT_RECORD = "import-record";

	public Finding {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(check, "check");
		Objects.requireNonNull(message, "message");
	}

	/** {@code subject: message}, the line the command line prints. */
	@Override
	public String toString() {
		return subject + ": " + message;
	}
}
