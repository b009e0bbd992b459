package org.verbatim.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonReaderTest {

	@Test
	void readsObjectsArraysStringsAndLiterals() {
		Object value = JsonReader.read(" {\"a\": [1, -2.5e1, true, false, null], \"b\": \"x\\n\\u00e9\\\"\\/\", \"c\": {}} ");
		assertEquals(Map.of("a", Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e1"), true, false, null), "b",
				"x\né\"/", "c", Map.of()), value);
		assertEquals(List.of(), JsonReader.read("[]"));
	}

	@Test
	void rejectsWhatIsNotJson() {
		for (String bad : List.of("", "{", "{\"a\" 1}", "[1,]", "\"open", "tru", "{} x", "\"\\x\"")) {
			assertThrows(IllegalArgumentException.class, () -> JsonReader.read(bad), bad);
		}
	}
}
