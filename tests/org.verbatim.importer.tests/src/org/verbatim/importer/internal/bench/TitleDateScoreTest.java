package org.verbatim.importer.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TitleDateScoreTest {

	private static final LocalDate DAY = LocalDate.of(2019, 11, 19);

	private static TitleDateGold.Page gold(String title, Optional<LocalDate> date) {
		return new TitleDateGold.Page(title, date, "visible-byline");
	}

	@Test
	void normalisationFoldsQuotesDashesEllipsisSpacesAndCase() {
		assertEquals("'meth. we're on it.' - they just might be...",
				TitleDateScore.normalizedTitle("  \u2018Meth. We\u2019re On It.\u2019 \u2014\u00A0They  just\tmight be\u2026 "));
		assertEquals("'we got her!' - video", TitleDateScore.normalizedTitle("\u201CWe Got Her!\u201D \u2013 Video"));
		assertEquals("ctrl+alt+k", TitleDateScore.normalizedTitle("Ctrl\uFF0BAlt\uFF0BK"));
	}

	@Test
	void aTitleIsRightWhenOnlyTypographyDiffersAndWrongWhenWordsDiffer() {
		TitleDateGold.Page page = gold("Star Wars Jedi: Fallen Order review \u2013 shoots for the moon", Optional.of(DAY));
		assertTrue(TitleDateScore.of(Optional.of("Star Wars Jedi: Fallen Order Review - Shoots for the Moon"),
				Optional.of(DAY), page).titleRight());
		assertFalse(TitleDateScore.of(Optional.of("Star Wars Jedi: Fallen Order review - shoots for the moon - VG247"),
				Optional.of(DAY), page).titleRight());
		assertFalse(TitleDateScore.of(Optional.empty(), Optional.of(DAY), page).titleRight());
	}

	@Test
	void aDateIsRightOnlyOnTheSameDayAndNothingIsRightForAPageWithoutDate() {
		TitleDateGold.Page dated = gold("Headline", Optional.of(DAY));
		assertTrue(TitleDateScore.of(Optional.of("Headline"), Optional.of(DAY), dated).dateRight());
		assertFalse(TitleDateScore.of(Optional.of("Headline"), Optional.of(DAY.plusDays(1)), dated).dateRight());
		assertFalse(TitleDateScore.of(Optional.of("Headline"), Optional.empty(), dated).dateRight());
		TitleDateGold.Page undated = gold("Headline", Optional.empty());
		assertTrue(TitleDateScore.of(Optional.of("Headline"), Optional.empty(), undated).dateRight());
		assertFalse(TitleDateScore.of(Optional.of("Headline"), Optional.of(DAY), undated).dateRight());
	}

	@Test
	void accuracyIsTheShareOfRightPagesAndEmptyWithoutPages() {
		TitleDateScore.Summary summary = TitleDateScore.Summary.of(List.of(new TitleDateScore(true, true),
				new TitleDateScore(true, false), new TitleDateScore(false, false), new TitleDateScore(true, false)));
		assertEquals(new TitleDateScore.Summary(4, 3, 1), summary);
		assertEquals(Optional.of(0.75), summary.titleAccuracy());
		assertEquals(Optional.of(0.25), summary.dateAccuracy());
		assertEquals(Optional.empty(), TitleDateScore.Summary.of(List.of()).titleAccuracy());
		assertEquals(Optional.empty(), TitleDateScore.Summary.of(List.of()).dateAccuracy());
	}
}
