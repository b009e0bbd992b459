package org.verbatim.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbatim.plugins.ArtifactTrust;
import org.verbatim.plugins.ArtifactTrust.Status;

/**
 * The verifier on real OpenPGP signatures made by gpg (data/README.md): the development key the
 * build signs with is trusted, another key is not.
 */
class ArtifactVerifierTest {

	private static final String DEV_KEY_ID = "DE078B69B5B88EA4";

	private byte[] bytes;
	private String devSignature;
	private String otherSignature;
	private String otherKey;
	private ArtifactVerifier verifier;

	@BeforeEach
	void setUp() throws Exception {
		bytes = Files.readAllBytes(Path.of("data/artifact.bin"));
		devSignature = read("data/artifact.bin.dev.asc");
		otherSignature = read("data/artifact.bin.other.asc");
		otherKey = read("data/other-public.asc");
		// the key the product ships, the same as the one the build signs with
		String devKey = read("../../bundles/org.verbatim.plugins/keys/verbatim-dev-public.asc");
		assertEquals(read("../../releng/signing/verbatim-dev-public.asc"), devKey,
				"the product must trust the key the build signs with");
		verifier = new ArtifactVerifier(ArtifactVerifier.readKeys(List.of(devKey)));
	}

	private static String read(String path) throws Exception {
		return Files.readString(Path.of(path), StandardCharsets.US_ASCII);
	}

	@Test
	void aSignatureByTheTrustedKeyIsTrusted() {
		ArtifactTrust trust = verifier.verify("a_1 (bundle)", bytes,
				Map.of(ArtifactVerifier.SIGNATURES_PROPERTY, devSignature, ArtifactVerifier.CHECKSUM_PROPERTY,
						ArtifactVerifier.sha256(bytes)));
		assertEquals(new ArtifactTrust("a_1 (bundle)", Status.TRUSTED, "signed by trusted key " + DEV_KEY_ID), trust);
	}

	@Test
	void oneChangedByteIsTamperingEvenWithoutAChecksum() {
		byte[] changed = bytes.clone();
		changed[3] ^= 1;
		ArtifactTrust trust = verifier.verify("a_1 (bundle)", changed, Map.of(ArtifactVerifier.SIGNATURES_PROPERTY, devSignature));
		assertEquals(Status.TAMPERED, trust.status());
		assertEquals("its bytes do not match its signature by key " + DEV_KEY_ID, trust.detail());
	}

	@Test
	void aChecksumMismatchIsTampering() {
		ArtifactTrust trust = verifier.verify("a_1 (bundle)", bytes,
				Map.of(ArtifactVerifier.CHECKSUM_PROPERTY, "00".repeat(32), ArtifactVerifier.SIGNATURES_PROPERTY, devSignature));
		assertEquals(Status.TAMPERED, trust.status());
	}

	@Test
	void noSignatureIsUnsigned() {
		assertEquals(Status.UNSIGNED, verifier.verify("a_1 (bundle)", bytes, Map.of()).status());
		assertEquals(Status.UNSIGNED,
				verifier.verify("a_1 (bundle)", bytes, Map.of(ArtifactVerifier.SIGNATURES_PROPERTY, " ")).status());
	}

	@Test
	void aValidSignatureByAnotherKeyIsNotTrustedWhetherOrNotTheKeyIsPublished() {
		ArtifactTrust published = verifier.verify("a_1 (bundle)", bytes,
				Map.of(ArtifactVerifier.SIGNATURES_PROPERTY, otherSignature, ArtifactVerifier.KEYS_PROPERTY, otherKey));
		assertEquals(Status.UNKNOWN_KEY, published.status());
		assertTrue(published.detail().endsWith("which Verbatim does not trust"), published.detail());
		ArtifactTrust unpublished = verifier.verify("a_1 (bundle)", bytes,
				Map.of(ArtifactVerifier.SIGNATURES_PROPERTY, otherSignature));
		assertEquals(Status.UNKNOWN_KEY, unpublished.status());
		byte[] changed = bytes.clone();
		changed[0] ^= 1;
		assertEquals(Status.TAMPERED, verifier.verify("a_1 (bundle)", changed,
				Map.of(ArtifactVerifier.SIGNATURES_PROPERTY, otherSignature, ArtifactVerifier.KEYS_PROPERTY, otherKey)).status());
	}

	@Test
	void aSignaturePropertyThatIsNoSignatureIsRefused() {
		assertEquals(Status.TAMPERED, verifier.verify("a_1 (bundle)", bytes,
				Map.of(ArtifactVerifier.SIGNATURES_PROPERTY, "-----BEGIN PGP SIGNATURE-----\n\nnonsense\n-----END PGP SIGNATURE-----\n"))
				.status());
	}
}
