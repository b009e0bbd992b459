package org.verbatim.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Known answers from FIPS 180-2 / NIST examples. */
class Sha256Test {

	@Test
	void emptyInput() {
		assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(new byte[0]));
	}

	@Test
	void abc() {
		assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
				Sha256.hex("abc".getBytes(UTF_8)));
	}

	@Test
	void twoBlockMessage() {
		assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
				Sha256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(UTF_8)));
	}

	@Test
	void millionAs() {
		byte[] a = new byte[1_000_000];
		Arrays.fill(a, (byte) 'a');
		assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Sha256.hex(a));
	}
}
