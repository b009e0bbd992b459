package org.verbatim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class OffsetMapTest {

	/** "a &amp; b" cleaned to "a & b": copy "a ", replace the entity, copy " b". */
	private static OffsetMap entityMap() {
		return new OffsetMap.Builder().copy(0, 2).replace(1, 2, 7).copy(7, 2).build();
	}

	@Test
	void copiedCharactersMapExactlyAndReplacementsToTheirWholeSpan() {
		OffsetMap map = entityMap();
		assertEquals(5, map.cleanLength());
		assertEquals(new OffsetMap.Span(0, 1), map.toOriginal(0, 1));
		assertEquals(new OffsetMap.Span(2, 7), map.toOriginal(2, 3), "'&' is the whole '&amp;'");
		assertEquals(new OffsetMap.Span(1, 9), map.toOriginal(1, 5));
		assertEquals(new OffsetMap.Span(8, 9), map.toOriginal(4, 5));
	}

	@Test
	void adjacentCopiesMergeIntoOneRunAndGapsStayRuns() {
		OffsetMap merged = new OffsetMap.Builder().copy(0, 3).copy(3, 4).build();
		assertEquals(List.of(new OffsetMap.Run(0, 7, 0, 7, OffsetMap.Run.Kind.COPY)), merged.runs());
		OffsetMap skipping = new OffsetMap.Builder().copy(0, 3).copy(10, 4).build();
		assertEquals(2, skipping.runs().size());
		assertEquals(new OffsetMap.Span(2, 11), skipping.toOriginal(2, 4), "a range across removed text spans it");
	}

	@Test
	void identityMapsEveryCharacterToItself() {
		OffsetMap identity = OffsetMap.identity(12);
		assertEquals(new OffsetMap.Span(5, 9), identity.toOriginal(5, 9));
		assertEquals(0, OffsetMap.identity(0).cleanLength());
	}

	@Test
	void refusesGapsBackwardRunsAndRangesOutsideTheText() {
		assertThrows(IllegalArgumentException.class, () -> OffsetMap.of(List.of(new OffsetMap.Run(1, 2, 0, 1, OffsetMap.Run.Kind.COPY))));
		assertThrows(IllegalArgumentException.class, () -> OffsetMap.of(List.of(new OffsetMap.Run(0, 2, 5, 7, OffsetMap.Run.Kind.COPY),
				new OffsetMap.Run(2, 3, 4, 5, OffsetMap.Run.Kind.COPY))));
		assertThrows(IllegalArgumentException.class, () -> new OffsetMap.Run(0, 2, 0, 5, OffsetMap.Run.Kind.COPY));
		assertThrows(IndexOutOfBoundsException.class, () -> entityMap().toOriginal(3, 6));
		assertThrows(IndexOutOfBoundsException.class, () -> entityMap().toOriginal(2, 2));
	}
}
