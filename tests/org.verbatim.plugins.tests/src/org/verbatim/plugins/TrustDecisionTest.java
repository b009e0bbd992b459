package org.verbatim.plugins;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verbatim.plugins.ArtifactTrust.Status;

class TrustDecisionTest {

	private static final ArtifactTrust SIGNED = new ArtifactTrust("org.x_1.0.0 (bundle)", Status.TRUSTED, "signed by trusted key A");
	private static final ArtifactTrust UNSIGNED = new ArtifactTrust("org.y_1.0.0 (bundle)", Status.UNSIGNED, "it carries no signature");
	private static final ArtifactTrust STRANGER = new ArtifactTrust("org.z_1.0.0 (bundle)", Status.UNKNOWN_KEY, "signed by key B");
	private static final ArtifactTrust TAMPERED = new ArtifactTrust("org.t_1.0.0 (bundle)", Status.TAMPERED, "its bytes do not match");

	private static final UnsignedContentConfirmation YES = untrusted -> true;

	@Test
	void signedContentIsInstalledUnderEveryPolicy() {
		for (UnsignedContentPolicy policy : UnsignedContentPolicy.values()) {
			assertDoesNotThrow(() -> TrustDecision.check("f", "site", List.of(SIGNED), policy, false,
					UnsignedContentConfirmation.NOBODY));
		}
	}

	@Test
	void tamperedContentIsRefusedWhateverTheUserOrPolicySays() {
		for (UnsignedContentPolicy policy : UnsignedContentPolicy.values()) {
			PluginException e = assertThrows(PluginException.class,
					() -> TrustDecision.check("org.verbatim.qda.feature", "/sites/copy", List.of(SIGNED, TAMPERED), policy, true, YES));
			assertEquals("refusing to install org.verbatim.qda.feature from /sites/copy: artifact org.t_1.0.0 (bundle) was"
					+ " changed after it was published (its bytes do not match); get the plugin again from its publisher",
					e.getMessage());
		}
	}

	@Test
	void unsignedOrStrangerSignedContentIsRefusedByDefaultAndNamesTheFlag() {
		PluginException e = assertThrows(PluginException.class, () -> TrustDecision.check("f", "/s",
				List.of(SIGNED, UNSIGNED, STRANGER), UnsignedContentPolicy.REFUSE, false, YES));
		assertEquals("refusing to install f from /s: artifact org.y_1.0.0 (bundle) and 1 more cannot be trusted"
				+ " (it carries no signature); if you trust this site, install it with --allow-unsigned", e.getMessage());
		assertDoesNotThrow(() -> TrustDecision.check("f", "/s", List.of(UNSIGNED, STRANGER), UnsignedContentPolicy.REFUSE,
				true, UnsignedContentConfirmation.NOBODY));
		assertDoesNotThrow(() -> TrustDecision.check("f", "/s", List.of(UNSIGNED), UnsignedContentPolicy.ALLOW, false,
				UnsignedContentConfirmation.NOBODY));
	}

	@Test
	void askPolicyAsksAboutTheUntrustedArtifactsOnlyAndRefusesWithoutAYes() {
		List<List<ArtifactTrust>> asked = new ArrayList<>();
		assertDoesNotThrow(() -> TrustDecision.check("f", "/s", List.of(SIGNED, STRANGER), UnsignedContentPolicy.ASK, false,
				untrusted -> asked.add(untrusted)));
		assertEquals(List.of(List.of(STRANGER)), asked);
		PluginException e = assertThrows(PluginException.class, () -> TrustDecision.check("f", "/s", List.of(STRANGER),
				UnsignedContentPolicy.ASK, false, UnsignedContentConfirmation.NOBODY));
		assertTrue(e.getMessage().endsWith("--allow-unsigned"), e.getMessage());
	}
}
