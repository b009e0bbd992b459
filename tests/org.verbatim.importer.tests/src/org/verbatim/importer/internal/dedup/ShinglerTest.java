package org.verbatim.importer.internal.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ShinglerTest {

	@Test
	void caseWidthAndPunctuationDoNotChangeTheShingles() {
		long[] plain = Shingler.shingles("the strasse of the old town was closed on monday");
		long[] styled = Shingler.shingles("THE ＳＴＲＡＳＳＥ — of the old town, was “closed” on Monday!");
		long[] folded = Shingler.shingles("The Straße of the old town was closed on Monday.");
		assertArrayEquals(plain, styled);
		assertArrayEquals(plain, folded);
	}

	@Test
	void everyChangedWordChangesItsShingles() {
		long[] a = Shingler.shingles("one two three four five six seven eight nine ten");
		long[] b = Shingler.shingles("one two three four five SIX2 seven eight nine ten");
		assertEquals(6, a.length);
		long shared = Arrays.stream(a).filter(s -> Arrays.binarySearch(b, s) >= 0).count();
		assertEquals(1, shared, "only 'one two three four five' avoids the changed word");
	}

	@Test
	void unspacedScriptsAreShingledByCharacter() {
		assertEquals(List.of("東", "京", "タ", "ワ", "ー", "tower"), Shingler.words("東京タワー tower"));
		assertEquals(2, Shingler.shingles("東京タワー").length + Shingler.shingles("東").length);
	}

	@Test
	void shortTextsGiveOneShingleAndEmptyOnesNone() {
		assertEquals(1, Shingler.shingles("Press release").length);
		assertEquals(0, Shingler.shingles(" — … ").length);
		assertFalse(Arrays.equals(Shingler.shingles("Press release"), Shingler.shingles("Press releases")));
	}
}
