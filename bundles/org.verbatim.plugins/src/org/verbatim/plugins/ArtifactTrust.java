package org.verbatim.plugins;

/**
 * What the trust check found for one artifact (a bundle or feature jar) an install would add.
 *
 * @param artifact the artifact, as {@code id_version} with its kind, e.g. {@code org.verbatim.qda_0.1.0 (bundle)}
 * @param status   the finding
 * @param detail   one clause explaining it, e.g. the key id that signed it
 */
public record ArtifactTrust(String artifact, Status status, String detail) {

	/** The finding for one artifact. */
	public enum Status {
		/** Signed by a key the product trusts, and the signature matches the bytes. */
		TRUSTED,
		/** Signed, and the signature matches, but by a key the product does not trust. */
		UNKNOWN_KEY,
		/** No signature. */
		UNSIGNED,
		/** The bytes do not match their checksum or their signature: always refused. */
		TAMPERED
	}
}
