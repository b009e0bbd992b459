package org.verbatim.plugins.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPObjectFactory;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.verbatim.plugins.ArtifactTrust;
import org.verbatim.plugins.ArtifactTrust.Status;

/**
 * Checks one artifact's bytes against what its update site says about them: the SHA-256 checksum
 * p2 records ({@value #CHECKSUM_PROPERTY}) and the OpenPGP signatures ({@value #SIGNATURES_PROPERTY},
 * with the signer's keys in {@value #KEYS_PROPERTY}), the artifact properties p2's own signature
 * check reads. A signature counts as trusted only when its key is one of the trusted keys given.
 */
public final class ArtifactVerifier {

	/** The p2 artifact property with the armored signatures. */
	public static final String SIGNATURES_PROPERTY = "pgp.signatures";
	/** The p2 artifact property with the armored public keys of the signers. */
	public static final String KEYS_PROPERTY = "pgp.publicKeys";
	/** The p2 artifact property with the artifact's SHA-256. */
	public static final String CHECKSUM_PROPERTY = "download.checksum.sha-256";

	private final PGPPublicKeyRingCollection trustedKeys;

	/** A verifier that trusts the keys of {@code trustedKeys}. */
	public ArtifactVerifier(PGPPublicKeyRingCollection trustedKeys) {
		this.trustedKeys = trustedKeys;
	}

	/** Reads armored (or binary) public keys, several blocks allowed. */
	public static PGPPublicKeyRingCollection readKeys(List<String> armoredBlocks) throws IOException {
		List<PGPPublicKeyRing> rings = new ArrayList<>();
		for (String block : armoredBlocks) {
			try (InputStream in = PGPUtil.getDecoderStream(
					new ByteArrayInputStream(block.getBytes(StandardCharsets.US_ASCII)))) {
				PGPPublicKeyRingCollection collection = new PGPPublicKeyRingCollection(in, new BcKeyFingerprintCalculator());
				collection.getKeyRings().forEachRemaining(rings::add);
			} catch (PGPException e) {
				throw new IOException("not an OpenPGP public key (" + e.getMessage() + ")", e);
			}
		}
		return new PGPPublicKeyRingCollection(rings);
	}

	/**
	 * What is known about {@code bytes}, the artifact {@code artifact} with the site's
	 * {@code properties}.
	 */
	public ArtifactTrust verify(String artifact, byte[] bytes, Map<String, String> properties) {
		String checksum = properties.get(CHECKSUM_PROPERTY);
		if (checksum != null && !checksum.strip().toLowerCase(Locale.ROOT).equals(sha256(bytes))) {
			return new ArtifactTrust(artifact, Status.TAMPERED, "its bytes do not match the SHA-256 the site records");
		}
		String signatures = properties.get(SIGNATURES_PROPERTY);
		if (signatures == null || signatures.isBlank()) {
			return new ArtifactTrust(artifact, Status.UNSIGNED, "it carries no signature");
		}
		List<PGPSignature> list;
		try {
			list = readSignatures(signatures);
		} catch (IOException | PGPException | RuntimeException e) {
			// Bouncy Castle reports some malformed packets with unchecked exceptions
			return new ArtifactTrust(artifact, Status.TAMPERED, "its signature cannot be read (" + e.getMessage() + ")");
		}
		if (list.isEmpty()) {
			return new ArtifactTrust(artifact, Status.TAMPERED, "its signature property holds no signature");
		}
		PGPPublicKeyRingCollection siteKeys = siteKeys(properties.get(KEYS_PROPERTY));
		ArtifactTrust unknown = null;
		for (PGPSignature signature : list) {
			String keyId = keyId(signature.getKeyID());
			PGPPublicKey trusted = find(trustedKeys, signature.getKeyID());
			PGPPublicKey key = trusted != null ? trusted : find(siteKeys, signature.getKeyID());
			if (key == null) {
				unknown = new ArtifactTrust(artifact, Status.UNKNOWN_KEY,
						"it is signed by key " + keyId + ", which is neither trusted nor published with it");
				continue;
			}
			boolean valid;
			try {
				signature.init(new BcPGPContentVerifierBuilderProvider(), key);
				signature.update(bytes);
				valid = signature.verify();
			} catch (PGPException e) {
				valid = false;
			}
			if (!valid) {
				return new ArtifactTrust(artifact, Status.TAMPERED,
						"its bytes do not match its signature by key " + keyId);
			}
			if (trusted != null) {
				return new ArtifactTrust(artifact, Status.TRUSTED, "signed by trusted key " + keyId);
			}
			unknown = new ArtifactTrust(artifact, Status.UNKNOWN_KEY,
					"it is signed by key " + keyId + ", which Verbatim does not trust");
		}
		return unknown;
	}

	private static List<PGPSignature> readSignatures(String armored) throws IOException, PGPException {
		List<PGPSignature> result = new ArrayList<>();
		try (InputStream in = PGPUtil.getDecoderStream(
				new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))) {
			PGPObjectFactory factory = new PGPObjectFactory(in, new BcKeyFingerprintCalculator());
			Object next;
			while ((next = factory.nextObject()) != null) {
				if (next instanceof PGPCompressedData compressed) {
					factory = new PGPObjectFactory(compressed.getDataStream(), new BcKeyFingerprintCalculator());
				} else if (next instanceof PGPSignatureList signatures) {
					for (int i = 0; i < signatures.size(); i++) {
						result.add(signatures.get(i));
					}
				}
			}
		}
		return result;
	}

	private static PGPPublicKeyRingCollection siteKeys(String armored) {
		if (armored == null || armored.isBlank()) {
			return emptyKeys();
		}
		try {
			return readKeys(List.of(armored));
		} catch (IOException e) {
			return emptyKeys();
		}
	}

	private static PGPPublicKeyRingCollection emptyKeys() {
		return new PGPPublicKeyRingCollection(List.of());
	}

	private static PGPPublicKey find(PGPPublicKeyRingCollection keys, long keyId) {
		return keys.getPublicKey(keyId);
	}

	/** A key id as gpg prints it in long form. */
	static String keyId(long id) {
		return String.format(Locale.ROOT, "%016X", id);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JDK has no SHA-256", e);
		}
	}
}
