package org.verbatim.core.prov;

import java.util.Objects;

/**
 * One entry of a project's provenance log: a numbered change, chained to the entry before by hash.
 * Entries are only ever appended, in the same transaction as the change they describe.
 *
 * @param seq          the entry's number, from 1 without gaps
 * @param content      what the change did
 * @param previousHash the hash of entry {@code seq - 1}, or {@link ProvChain#GENESIS} for the first
 * @param hash         SHA-256 over the previous hash and the canonical serialisation of this entry
 *                     (see {@link ProvChain#hash})
 */
public record ProvRecord(long seq, ProvDraft content, String previousHash, String hash) {

	public ProvRecord {
		Objects.requireNonNull(content, "content");
		Objects.requireNonNull(previousHash, "previousHash");
		Objects.requireNonNull(hash, "hash");
		if (seq < 1) {
			throw new IllegalArgumentException("records are numbered from 1, got " + seq);
		}
	}

	/** Numbers and chains {@code content} after the record whose hash is {@code previousHash}. */
	public static ProvRecord chain(long seq, ProvDraft content, String previousHash) {
		return new ProvRecord(seq, content, previousHash,
				ProvChain.hash(previousHash, ProvJson.canonical(seq, content)));
	}

	/** Whether the stored hash is the hash of this record's content after its previous hash. */
	public boolean hashMatches() {
		return hash.equals(ProvChain.hash(previousHash, ProvJson.canonical(seq, content)));
	}
}
