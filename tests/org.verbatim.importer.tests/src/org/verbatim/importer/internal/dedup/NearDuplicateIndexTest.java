package org.verbatim.importer.internal.dedup;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

	private static final String OIC_SEED = "002_c12bd01232c6c3f2.txt";

	@Test
	void identicalTextsGroupWithTheFirstAsCanonical() throws IOException {
		String text = seed(OIC_SEED);
		NearDuplicateIndex index = new NearDuplicateIndex();
		assertEquals(Optional.empty(), index.add(7, text));
		assertEquals(Optional.of(new DuplicateGroup(7, List.of(7L, 3L))), index.add(3, text));
		assertEquals(List.of(new DuplicateGroup(7, List.of(7L, 3L))), index.groups());
	}

	@Test
	void republicationWithOtherFurnitureAndOneEditedSentenceGroups() throws IOException {
		String original = seed("003_043353f07896bc72.txt");
		String edited = original.replace("argues they will hold Armenia accountable for the crimes",
				"said on Friday that Azerbaijan would hold Armenia to account");
		assertTrue(!edited.equals(original), "the edit must change the seed");
		String republished = "Home | News | World | Politics\nShare on Facebook Share on Twitter Email\n\n" + edited
				+ "\n\n(Source: AzerNews)\nLeave a Reply\nYour email address will not be published. Required fields are marked *\nPost Comment";
		NearDuplicateIndex index = new NearDuplicateIndex();
		index.add(1, original);
		index.add(2, seed(OIC_SEED));
		assertEquals(Optional.of(new DuplicateGroup(1, List.of(1L, 3L))), index.add(3, republished));
	}

	@Test
	void differentArticlesOfTheSameSiteDoNotGroup() throws IOException {
		Map<String, List<RepublicationSet.Base>> bySite = RepublicationSet.bases(SharedData.folder()).stream()
				.collect(Collectors.groupingBy(RepublicationSet.Base::site));
		NearDuplicateIndex index = new NearDuplicateIndex();
		long id = 0;
		int sameSite = 0;
		for (List<RepublicationSet.Base> site : bySite.values()) {
			if (site.size() > 1) {
				for (RepublicationSet.Base base : site) {
					index.add(id++, base.text());
				}
				sameSite++;
			}
		}
		assertTrue(sameSite >= 30, "the data has pages of the same sites, and the seeds: " + sameSite);
		assertEquals(List.of(), index.groups());
	}

	@Test
	void signaturesAndGroupsAreTheSameOnEveryRun() throws IOException {
		List<LabelledText> first = RepublicationSet.build(SharedData.folder());
		List<LabelledText> second = RepublicationSet.build(SharedData.folder());
		assertEquals(first, second);
		NearDuplicateIndex a = new NearDuplicateIndex();
		NearDuplicateIndex b = new NearDuplicateIndex();
		for (int i = 0; i < first.size(); i++) {
			a.add(i, first.get(i).text());
			b.add(i, second.get(i).text());
			assertArrayEquals(a.signature(i).orElseThrow(), b.signature(i).orElseThrow());
		}
		assertEquals(a.groups(), b.groups());
		assertTrue(a.groups().size() > 100, "the set has many groups: " + a.groups().size());
	}

	@Test
	void signaturesDoNotDependOnTheJvm() {
		// Computed once and pinned: a change of normalisation, hashing or seeds must show up here, because
		// stored signatures would silently stop matching new ones (change MinHasher.SCHEME then).
		int[] signature = MinHasher.signature("The quick brown fox jumps over the lazy dog.");
		assertEquals(MinHasher.SIGNATURE_SIZE, signature.length);
		assertEquals(593153351, signature[0]);
		assertEquals(1012330211, signature[1]);
		assertEquals(1280282146, signature[127]);
		assertEquals(-7790636242867418665L, Shingler.shingles("The quick brown fox jumps over the lazy dog.")[0]);
	}

	@Test
	void lshFindsTheNearDuplicateWithoutComparingAllPairs() throws IOException {
		List<RepublicationSet.Base> bases = RepublicationSet.bases(SharedData.folder());
		NearDuplicateIndex index = new NearDuplicateIndex();
		for (int i = 0; i < bases.size(); i++) {
			index.add(i, bases.get(i).text());
		}
		String target = seed(OIC_SEED);
		long targetId = bases.stream().map(RepublicationSet.Base::text).toList().indexOf(target);
		assertTrue(targetId >= 0, "the seed is among the bases");
		long before = index.comparisons();
		Optional<DuplicateGroup> group = index.add(1000, "Latest News Most Read\n\n" + target.replace("genociede", "genocide")
				+ "\n\nRelated articles\nShare this article");
		long compared = index.comparisons() - before;
		assertEquals(Optional.of(new DuplicateGroup(targetId, List.of(targetId, 1000L))), group);
		assertTrue(compared >= 1 && compared <= 5,
				"compared with " + compared + " of " + bases.size() + " statements, not all of them");
	}

	@Test
	void restoredSignaturesGiveTheSameGroups() throws IOException {
		List<LabelledText> set = RepublicationSet.build(SharedData.folder());
		NearDuplicateIndex fromTexts = new NearDuplicateIndex();
		NearDuplicateIndex restored = new NearDuplicateIndex();
		for (int i = 0; i < set.size(); i++) {
			fromTexts.add(i, set.get(i).text());
			restored.add(i, fromTexts.signature(i).orElseThrow());
		}
		assertEquals(fromTexts.groups(), restored.groups());
	}

	@Test
	void textsWithoutWordsNeverGroup() {
		NearDuplicateIndex index = new NearDuplicateIndex();
		assertEquals(Optional.empty(), index.add(1, ""));
		assertEquals(Optional.empty(), index.add(2, " … "));
		assertEquals(List.of(), index.groups());
		assertEquals(0, index.signature(1).orElseThrow().length);
	}

	@Test
	void refusesAStatementTwiceAndSignaturesOfAnotherSize() {
		NearDuplicateIndex index = new NearDuplicateIndex();
		index.add(1, "a statement");
		assertThrows(IllegalArgumentException.class, () -> index.add(1, "another statement"));
		assertThrows(IllegalArgumentException.class, () -> index.add(2, new int[64]));
		assertThrows(IllegalArgumentException.class, () -> new NearDuplicateIndex(64, 3, 0.5));
	}

	@Test
	void aStatementMatchingTwoGroupsMergesThemUnderTheEarlierCanonical() {
		List<String> words = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			words.add("w" + i);
		}
		String left = String.join(" ", words.subList(0, 60));
		String right = String.join(" ", words.subList(60, 120));
		String leftCopy = left + " " + String.join(" ", words.subList(60, 75));
		String rightCopy = String.join(" ", words.subList(45, 60)) + " " + right;
		NearDuplicateIndex index = new NearDuplicateIndex(42, 3, 0.45);
		index.add(10, leftCopy);
		index.add(20, rightCopy);
		assertEquals(List.of(), index.groups(), "the two halves share too little");
		index.add(30, String.join(" ", words));
		assertEquals(List.of(new DuplicateGroup(10, List.of(10L, 20L, 30L))), index.groups());
	}

	private static String seed(String name) throws IOException {
		Path file = SharedData.folder().resolve("seeds").resolve(name);
		return Files.readString(file, UTF_8);
	}
}
