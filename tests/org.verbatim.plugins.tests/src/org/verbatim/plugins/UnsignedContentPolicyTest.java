package org.verbatim.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class UnsignedContentPolicyTest {

	@Test
	void preferenceValuesAreTheAgreedNames() {
		assertEquals("org.verbatim.plugins", UnsignedContentPolicy.PREFERENCE_NODE);
		assertEquals("unsigned.content", UnsignedContentPolicy.PREFERENCE_KEY);
		assertEquals("refuse", UnsignedContentPolicy.REFUSE.preferenceValue());
		assertEquals("ask", UnsignedContentPolicy.ASK.preferenceValue());
		assertEquals("allow", UnsignedContentPolicy.ALLOW.preferenceValue());
		assertEquals(Optional.of(UnsignedContentPolicy.ASK), UnsignedContentPolicy.fromPreferenceValue(" Ask "));
		assertEquals(Optional.empty(), UnsignedContentPolicy.fromPreferenceValue("sometimes"));
		assertEquals(Optional.empty(), UnsignedContentPolicy.fromPreferenceValue(null));
	}
}
