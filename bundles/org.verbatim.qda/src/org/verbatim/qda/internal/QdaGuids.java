package org.verbatim.qda.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/**
 * The GUIDs of a REFI-QDA project, derived from names: name-based UUIDs of version 5 (SHA-1, RFC
 * 9562) in the URL namespace, so the same Verbatim object gets the same GUID in every export and a
 * QDA tool that imports a later export recognises what it has seen.
 */
final class QdaGuids {

	/** The RFC's namespace for names that are URLs or other IRIs. */
	private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

	private QdaGuids() {
	}

	/** The GUID of the object named by the IRI {@code iri}, in lower case as REFI-QDA files usually have it. */
	static String of(String iri) {
		MessageDigest sha1;
		try {
			sha1 = MessageDigest.getInstance("SHA-1");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-1", e);
		}
		ByteBuffer namespace = ByteBuffer.allocate(16);
		namespace.putLong(URL_NAMESPACE.getMostSignificantBits()).putLong(URL_NAMESPACE.getLeastSignificantBits());
		sha1.update(namespace.array());
		byte[] hash = sha1.digest(iri.getBytes(UTF_8));
		hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
		hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // the RFC's variant
		ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
		return new UUID(bits.getLong(), bits.getLong()).toString().toLowerCase(Locale.ROOT);
	}
}
