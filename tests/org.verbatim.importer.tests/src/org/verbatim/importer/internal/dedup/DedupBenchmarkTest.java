package org.verbatim.importer.internal.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DedupBenchmarkTest {

	@Test
	void groupingMeetsItsTargetsOnBothParts() throws IOException {
		for (DedupBenchmark.Result result : DedupBenchmark.run(SharedData.folder())) {
			String figures = result.toString();
			assertTrue(result.score().precision() >= 0.95, figures);
			assertTrue(result.score().recall() >= 0.9, figures);
			assertTrue(result.candidatePairs() * 20 < result.allPairs(), "LSH compares a small share: " + figures);
		}
	}

	@Test
	void evaluationSetHasCopiesHardNegativesAndSeparateParts() throws IOException {
		List<LabelledText> set = RepublicationSet.build(SharedData.folder());
		assertEquals(set.size(), set.stream().map(LabelledText::id).distinct().count());
		Set<String> devSites = set.stream().filter(d -> !d.heldOut()).map(LabelledText::site).collect(Collectors.toSet());
		Set<String> heldOutSites = set.stream().filter(LabelledText::heldOut).map(LabelledText::site)
				.collect(Collectors.toSet());
		assertTrue(devSites.stream().noneMatch(heldOutSites::contains), "no site in both parts");
		assertTrue(heldOutSites.size() * 3 > devSites.size(), "a real held-out part: " + heldOutSites.size());
		assertEquals(186, set.stream().filter(d -> d.recipe().equals("original")).count(), "181 articles and 5 seeds");
		assertTrue(set.stream().filter(d -> d.recipe().contains("teasers")).count() >= 20);
		assertTrue(set.stream().filter(d -> d.recipe().equals("site-boilerplate")).count() >= 30);
		assertTrue(set.stream().filter(d -> d.recipe().equals("quotes-other")).count() >= 10);
		assertTrue(set.stream().filter(d -> d.recipe().contains("reworded")).count() >= 20);
	}
}
