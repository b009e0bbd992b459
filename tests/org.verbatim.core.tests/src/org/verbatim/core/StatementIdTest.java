package org.verbatim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementIdTest {

	@Test
	void parsesUpperAndLowerCaseAndSurroundingSpace() {
		assertEquals(Optional.of(new StatementId(12)), StatementId.parse("S12"));
		assertEquals(Optional.of(new StatementId(12)), StatementId.parse("s12"));
		assertEquals(Optional.of(new StatementId(7)), StatementId.parse("  S7\n"));
	}

	@Test
	void formatsAsCapitalSAndNumberAndParsesBack() {
		StatementId id = new StatementId(123456789L);
		assertEquals("S123456789", id.toString());
		assertEquals(Optional.of(id), StatementId.parse(id.toString()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "S", "12", "S0", "S01", "S-1", "S1.5", "T12", "S 12", "S1234567890123456789" })
	void rejectsAnythingElse(String text) {
		assertTrue(StatementId.parse(text).isEmpty(), text);
	}

	@Test
	void numbersStartAtOne() {
		assertThrows(IllegalArgumentException.class, () -> new StatementId(0));
		assertThrows(IllegalArgumentException.class, () -> new StatementId(-3));
	}

	@Test
	void ordersByNumberNotByText() {
		assertTrue(new StatementId(9).compareTo(new StatementId(10)) < 0);
		assertTrue(new StatementId(10).compareTo(new StatementId(9)) > 0);
	}
}
