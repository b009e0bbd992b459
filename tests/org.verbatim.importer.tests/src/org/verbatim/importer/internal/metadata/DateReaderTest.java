package org.verbatim.importer.internal.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.verbatim.importer.internal.metadata.DateReader.Found;
import org.verbatim.importer.internal.metadata.DateReader.NumericOrder;

class DateReaderTest {

	private final DateReader reader = new DateReader();

	private Optional<LocalDate> read(String text) {
		return reader.read(text, NumericOrder.UNKNOWN);
	}

	@Test
	void dayMonthYearWithFullMonthName() {
		assertEquals(Optional.of(LocalDate.of(2019, 1, 18)), read("18 January 2019"));
	}

	@Test
	void monthDayCommaYear() {
		assertEquals(Optional.of(LocalDate.of(2019, 2, 22)), read("February 22, 2019"));
	}

	@Test
	void ordinalDayWithAbbreviatedMonth() {
		assertEquals(Optional.of(LocalDate.of(2021, 2, 26)), read("26th Feb 2021"));
		assertEquals(Optional.of(LocalDate.of(1990, 1, 20)), read("20th January 1990"));
	}

	@Test
	void isoDate() {
		assertEquals(Optional.of(LocalDate.of(2025, 2, 27)), read("2025-02-27"));
	}

	@Test
	void abbreviatedMonthAndTrailingDash() {
		assertEquals(Optional.of(LocalDate.of(2023, 1, 20)), read("20 Jan 2023 –"));
	}

	@Test
	void otherLanguagesMonthNames() {
		assertEquals(Optional.of(LocalDate.of(2019, 2, 22)), read("22 février 2019"));
		assertEquals(Optional.of(LocalDate.of(2019, 3, 1)), read("1. März 2019"));
		assertEquals(Optional.of(LocalDate.of(2020, 9, 27)), read("27 Eylül 2020"));
	}

	@Test
	void numericDateWithADayAbove12IsDayFirstWithoutContext() {
		assertEquals(Optional.of(LocalDate.of(2019, 2, 22)), read("22/02/2019"));
		assertEquals(Optional.of(LocalDate.of(2019, 2, 22)), read("02/22/2019"));
	}

	@Test
	void ambiguousNumericDateWithoutContextGivesNoDateButBothReadings() {
		assertEquals(Optional.empty(), read("03/04/2019"));
		List<Found> found = reader.findAll("Issued 03/04/2019.", NumericOrder.UNKNOWN);
		assertEquals(1, found.size());
		assertEquals(DateReader.NUMERIC_AMBIGUOUS, found.get(0).form());
		assertEquals(List.of(LocalDate.of(2019, 4, 3), LocalDate.of(2019, 3, 4)), found.get(0).readings());
	}

	@Test
	void ambiguousNumericDateFollowsTheOrderTheContextGives() {
		assertEquals(Optional.of(LocalDate.of(2019, 4, 3)), reader.read("03/04/2019", NumericOrder.DAY_FIRST));
		assertEquals(Optional.of(LocalDate.of(2019, 3, 4)), reader.read("03/04/2019", NumericOrder.MONTH_FIRST));
	}

	@Test
	void sameDayAndMonthIsNotAmbiguous() {
		assertEquals(Optional.of(LocalDate.of(2019, 4, 4)), read("04/04/2019"));
	}

	@Test
	void dottedNumericDatesAreDayFirst() {
		assertEquals(Optional.of(LocalDate.of(2019, 4, 3)), read("03.04.2019"));
	}

	@Test
	void impossibleDatesAreNotDates() {
		assertEquals(Optional.empty(), read("31 February 2019"));
		assertEquals(Optional.empty(), read("2019-13-01"));
		assertEquals(Optional.empty(), read("31/31/2019"));
	}

	@Test
	void findsEveryDateInRunningTextInOrder() {
		List<Found> found = reader.findAll(
				"On the night of 26 February 1992 ... judgment on April 22, 2010 ... updated 2025-02-27; not 1988-1994.",
				NumericOrder.UNKNOWN);
		assertEquals(List.of(LocalDate.of(1992, 2, 26), LocalDate.of(2010, 4, 22), LocalDate.of(2025, 2, 27)),
				found.stream().map(f -> f.date().orElseThrow()).toList());
	}

	@Test
	void wordsThatLookLikeMonthsButAreNotDoNotMakeDates() {
		assertEquals(List.of(), reader.findAll("the 12 members 2019 and 5 mayors 2020", NumericOrder.UNKNOWN));
	}
}
