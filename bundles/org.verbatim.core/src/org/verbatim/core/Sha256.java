package org.verbatim.core;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in the lower-case hexadecimal form Verbatim stores and prints. */
public final class Sha256 {

	private Sha256() {
	}

	/** The digest of {@code bytes} as 64 lower-case hex digits. */
	public static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(newDigest().digest(bytes));
	}

	/** A fresh SHA-256 digest; every Java runtime is required to provide one. */
	public static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("this Java runtime has no SHA-256", e);
		}
	}
}
