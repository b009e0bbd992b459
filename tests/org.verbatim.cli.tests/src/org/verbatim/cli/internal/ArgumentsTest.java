package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

	private static Arguments parse(String... args) throws UsageException {
		return Arguments.parse("cmd", List.of(args), Set.of("project"), Set.of("json"));
	}

	@Test
	void splitsOptionsFlagsAndOperandsInAnyOrder() throws UsageException {
		Arguments a = parse("a.txt", "--project", "p", "--json", "b.txt");
		assertEquals(Optional.of("p"), a.option("project"));
		assertTrue(a.flag("json"));
		assertEquals(List.of("a.txt", "b.txt"), a.operands());
		assertEquals(Optional.of("q"), parse("--project=q").option("project"));
	}

	@Test
	void doubleDashEndsOptions() throws UsageException {
		assertEquals(List.of("--json", "-x"), parse("--", "--json", "-x").operands());
	}

	@Test
	void rejectsUnknownRepeatedAndValuelessOptions() {
		assertTrue(assertThrows(UsageException.class, () -> parse("--force")).getMessage().contains("unknown option --force"));
		assertTrue(assertThrows(UsageException.class, () -> parse("--project", "a", "--project", "b")).getMessage().contains("twice"));
		assertTrue(assertThrows(UsageException.class, () -> parse("--project")).getMessage().contains("needs a value"));
		assertTrue(assertThrows(UsageException.class, () -> parse("--json=yes")).getMessage().contains("--json takes no value"));
	}
}
