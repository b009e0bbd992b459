package org.verbatim.core.prov;

import java.util.Objects;

/**
 * A record exactly as the project stores it: its number, its canonical serialisation and the two
 * hashes. Verification works on entries, so that a damaged record is named rather than unreadable.
 *
 * @param seq          the record's number
 * @param canonical    the stored serialisation
 * @param previousHash the stored hash of the record before
 * @param hash         the stored hash of this record
 */
public record ProvEntry(long seq, String canonical, String previousHash, String hash) {

	public ProvEntry {
		Objects.requireNonNull(canonical, "canonical");
		Objects.requireNonNull(previousHash, "previousHash");
		Objects.requireNonNull(hash, "hash");
	}

	/** The entry of a record about to be stored. */
	public static ProvEntry of(ProvRecord record) {
		return new ProvEntry(record.seq(), ProvJson.canonical(record.seq(), record.content()), record.previousHash(),
				record.hash());
	}

	/** Whether {@link #hash} is the hash of the stored serialisation after {@link #previousHash}. */
	public boolean hashMatches() {
		return hash.equals(ProvChain.hash(previousHash, canonical));
	}

	/**
	 * The record, read from its serialisation.
	 *
	 * @throws IllegalArgumentException when the serialisation is damaged, is not canonical, or
	 *                                  names another number
	 */
	public ProvRecord record() {
		ProvJson.Parsed parsed = ProvJson.parse(canonical);
		if (parsed.seq() != seq) {
			throw new IllegalArgumentException("record " + seq + " says it is record " + parsed.seq());
		}
		if (!ProvJson.canonical(seq, parsed.content()).equals(canonical)) {
			throw new IllegalArgumentException("record " + seq + " is not in canonical form");
		}
		return new ProvRecord(seq, parsed.content(), previousHash, hash);
	}
}
