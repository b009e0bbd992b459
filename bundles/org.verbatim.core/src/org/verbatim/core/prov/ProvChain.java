package org.verbatim.core.prov;

import java.nio.charset.StandardCharsets;

import org.verbatim.core.Sha256;

/** How records are chained: each one's hash covers the previous hash and its own canonical form. */
public final class ProvChain {

	/** The previous hash of the first record: 64 zeros. */
	public static final String GENESIS = "0".repeat(64);

	private ProvChain() {
	}

	/**
	 * SHA-256 (lower-case hex) of the UTF-8 bytes of {@code previousHash}, a line feed, and
	 * {@code canonical} (the record's {@link ProvJson#canonical canonical serialisation}).
	 */
	public static String hash(String previousHash, String canonical) {
		return Sha256.hex((previousHash + "\n" + canonical).getBytes(StandardCharsets.UTF_8));
	}
}
