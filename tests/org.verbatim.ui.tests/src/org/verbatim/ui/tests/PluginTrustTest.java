package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.core.UIServices.TrustInfo;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.Version;
import org.junit.jupiter.api.Test;
import org.verbatim.ui.internal.plugins.PluginTrust;
import org.verbatim.ui.internal.plugins.TrustPolicyServices;

/**
 * The answers the p2 engine gets when an install meets unsigned content: refused with one sentence
 * naming the plugin, asked through p2's own dialog, or trusted, as the Plugins preference says.
 */
class PluginTrustTest {

	private record Key(String getId, Version getVersion) implements IArtifactKey {

		@Override
		public String getClassifier() {
			return "osgi.bundle";
		}

		@Override
		public String toExternalForm() {
			return getClassifier() + "," + getId + "," + getVersion;
		}
	}

	/** p2's UI services as far as the engine sees them: it records that it was asked and trusts. */
	private static final class AskingServices extends UIServices {

		final List<String> asked = new ArrayList<>();

		@Override
		public AuthenticationInfo getUsernamePassword(String location) {
			return null;
		}

		@Override
		public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
			return null;
		}

		@Override
		public TrustInfo getTrustInfo(Certificate[][] untrustedChain, String[] unsignedDetail) {
			asked.addAll(List.of(unsignedDetail));
			return new TrustInfo(List.of(), List.of(), false, true);
		}

		@Override
		public TrustInfo getTrustInfo(Certificate[][] untrustedChain, java.util.Collection<PGPPublicKey> keys,
				String[] unsignedDetail) {
			return getTrustInfo(untrustedChain, unsignedDetail);
		}
	}

	private static final Set<IArtifactKey> UNSIGNED = Set
			.of(new Key("org.verbatim.qda", Version.create("0.1.0.202612052300")));
	private static final Map<IArtifactKey, File> FILES = Map.of(UNSIGNED.iterator().next(), new File("qda.jar"));

	private final AskingServices p2 = new AskingServices();
	private final List<String> notices = new ArrayList<>();

	private TrustInfo answer(PluginTrust policy) {
		return new TrustPolicyServices(p2, () -> policy, notices::add).getTrustInfo(Map.of(), Map.of(), UNSIGNED, FILES);
	}

	@Test
	void refuseTrustsNothingAndSaysWhichPluginAndWhereToChangeIt() {
		TrustInfo info = answer(PluginTrust.REFUSE);
		assertFalse(info.trustUnsignedContent());
		assertTrue(p2.asked.isEmpty(), "p2's dialog is not shown");
		assertEquals(1, notices.size());
		String sentence = notices.get(0);
		assertTrue(sentence.contains("org.verbatim.qda 0.1.0.202612052300 is unsigned"), sentence);
		assertTrue(sentence.contains("Window > Preferences > Verbatim > Plugins"), sentence);
		assertFalse(sentence.contains("\n"), "one line: " + sentence);
	}

	@Test
	void askLeavesTheDecisionToP2sTrustDialog() {
		TrustInfo info = answer(PluginTrust.ASK);
		assertTrue(info.trustUnsignedContent(), "what the dialog answered");
		assertEquals(1, p2.asked.size(), "the dialog was shown once: " + p2.asked);
		assertTrue(notices.isEmpty());
	}

	@Test
	void allowTrustsWithoutAskingOrRemembering() {
		TrustInfo info = answer(PluginTrust.ALLOW);
		assertTrue(info.trustUnsignedContent());
		assertFalse(info.persistTrust(), "allowing one install does not add keys to the trust store");
		assertTrue(p2.asked.isEmpty());
		assertTrue(notices.isEmpty());
	}

	@Test
	void storedValuesAreTheOnesTheCommandLineReads() {
		assertEquals(List.of("refuse", "ask", "allow"),
				java.util.Arrays.stream(PluginTrust.values()).map(PluginTrust::value).toList());
		assertEquals(PluginTrust.REFUSE, PluginTrust.of(null), "nothing stored: refuse");
		assertEquals(PluginTrust.REFUSE, PluginTrust.of("sometimes"), "an unknown value: the safe side");
		assertEquals(PluginTrust.ASK, PluginTrust.of(" Ask "));
	}
}
