package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class JsonTest {

	@Test
	void escapesQuotesBackslashesAndControlCharacters() {
		assertEquals("\"say \\\"no\\\" \\\\ \\n\\t\\u0001\\u2028é\"", Json.write("say \"no\" \\ \n\t\u0001\u2028é"));
	}

	@Test
	void writesMapsInOrderListsOptionalsAndNumbers() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("b", 2L);
		map.put("a", List.of(true, Optional.empty(), Optional.of("x")));
		map.put("n", null);
		map.put("l", Arrays.asList(1, null));
		assertEquals("{\"b\":2,\"a\":[true,null,\"x\"],\"n\":null,\"l\":[1,null]}", Json.write(map));
	}
}
