package org.verbatim.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OriginalRefTest {

	private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	@Test
	void ofHashesTheBytesAndCountsThem() {
		OriginalRef ref = OriginalRef.of("abc".getBytes(UTF_8));
		assertEquals(ABC_SHA256, ref.sha256());
		assertEquals(3, ref.size());
		assertEquals("sha256:" + ABC_SHA256 + " (3 bytes)", ref.toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
			"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
			"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015adf",
			"za7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" })
	void refusesAnythingButLowerCaseHexOfSixtyFourDigits(String sha256) {
		assertThrows(IllegalArgumentException.class, () -> new OriginalRef(sha256, 3));
	}

	@Test
	void refusesNegativeSizeAndNull() {
		assertThrows(IllegalArgumentException.class, () -> new OriginalRef(ABC_SHA256, -1));
		assertThrows(NullPointerException.class, () -> new OriginalRef(null, 3));
	}
}
