package org.verbatim.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeatureIdsTest {

	@Test
	void featureIdsAreAcceptedWithOrWithoutTheGroupSuffix() {
		assertEquals("org.verbatim.qda.feature.feature.group", FeatureIds.groupId("org.verbatim.qda.feature"));
		assertEquals("org.verbatim.qda.feature.feature.group", FeatureIds.groupId("org.verbatim.qda.feature.feature.group"));
		assertEquals("org.verbatim.qda.feature.feature.group", FeatureIds.groupId(" org.verbatim.qda.feature "));
		assertEquals("org.verbatim.qda.feature", FeatureIds.featureId("org.verbatim.qda.feature.feature.group"));
		assertEquals("org.verbatim.qda.feature", FeatureIds.featureId("org.verbatim.qda.feature"));
	}

	@Test
	void onlyWordsDotsAndDashesMakeAFeatureId() {
		assertTrue(FeatureIds.isValid("org.verbatim.feeds.feature"));
		assertTrue(FeatureIds.isValid("a-b_c.D1"));
		assertFalse(FeatureIds.isValid(""));
		assertFalse(FeatureIds.isValid("../etc/passwd"));
		assertFalse(FeatureIds.isValid("org.verbatim."));
		assertFalse(FeatureIds.isValid("two words"));
	}
}
