package org.verbatim.importer.internal.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.verbatim.core.EventReference;

class EventReaderTest {

	private final EventReader reader = new EventReader();

	private List<String> names(String text) {
		return reader.read(text).stream().map(EventReference::name).toList();
	}

	@Test
	void spellingsOfOneNameInTransliterationsAndAlphabetsShareAKey() {
		String khojaly = SpellingKey.of("Khojaly");
		assertEquals(khojaly, SpellingKey.of("Khojali"));
		assertEquals(khojaly, SpellingKey.of("Xocalı"));
		assertEquals(khojaly, SpellingKey.of("Ходжалы"));
		assertEquals(SpellingKey.of("Sumgait"), SpellingKey.of("Sumqayıt"));
		assertEquals(SpellingKey.of("Sumgait"), SpellingKey.of("Сумгаит"));
		assertNotEquals(khojaly, SpellingKey.of("Karabakh"));
		assertNotEquals(SpellingKey.of("Second World"), SpellingKey.of("Second Karabakh"));
	}

	@Test
	void variantsOfOneEventAreOneEventNamedAsTheTextNamesItMostOften() {
		String text = "The Khojali massacre was remembered today. Survivors of the Khojaly massacre spoke, and the "
				+ "Xocalı genocide was the subject of a film. Historians call the Khojaly massacre a turning point.";
		assertEquals(List.of("Khojaly massacre"), names(text));
		assertEquals("Khojali massacre", reader.read(text).get(0).evidence().quote());
	}

	@Test
	void anEventNamedInPassingIsNotAnEventTheStatementRefersTo() {
		String text = "Today we mark the 30th anniversary of the Sumgait massacre. The minister said that the crimes "
				+ "were as cruel as those of the Second World War and called for justice.";
		assertEquals(List.of("Sumgait massacre"), names(text));
		String visit = "The president visited Vietnam. In Vietnam he met officials and saw the prison where pilots "
				+ "were held during the Vietnam War.";
		assertEquals(List.of(), names(visit));
	}

	@Test
	void anEventWithACountOfItsVictimsIsKeptThoughNamedOnce() {
		String text = "The embassy held a reception. More than 100 civilians were killed in Terter during the Second "
				+ "Karabakh war, the ambassador recalled.";
		assertEquals(List.of("Second Karabakh war"), names(text));
	}

	@Test
	void aNameThatIsATimeByItselfDropsTheKind() {
		String text = "The Black January tragedy is remembered every year. In Baku, Black January is a day of mourning.";
		assertEquals(List.of("Black January"), names(text));
	}

	@Test
	void aDateOfRemembranceInTheYearOfIssueDatesTheEventByItsAnniversary() {
		String text = "On February 26, 2025, Azerbaijan marks the 33rd anniversary of the Khojaly genocide.";
		List<EventReference> events = reader.read(text, Optional.of(LocalDate.of(2025, 2, 27)));
		assertEquals(Optional.of(LocalDate.of(1992, 2, 26)), events.get(0).date());
		String dated = "On the 29th anniversary of the tragedy of Black January, when troops stormed Baku on 20 January "
				+ "1990, the people mourned.";
		assertEquals(Optional.of(LocalDate.of(1990, 1, 20)),
				reader.read(dated, Optional.of(LocalDate.of(2019, 1, 18))).get(0).date());
	}

	@Test
	void aSentenceOnWhatHappenedAtTheNamesakeDatesTheEvent() {
		String text = "We remember the Sumgait massacre. In the night of 27 February 1988 a mob in Sumgait began "
				+ "killing Armenian residents. The Sumgait massacre was condemned. Sumgait was founded in 1949.";
		assertEquals(Optional.of(LocalDate.of(1988, 2, 27)), reader.read(text).get(0).date());
		String quiet = "We remember the Sumgait massacre. Sumgait was founded on 22 November 1949. The Sumgait "
				+ "massacre was condemned.";
		assertEquals(Optional.empty(), reader.read(quiet).get(0).date());
	}

	@Test
	void theNamesakeTownIsTheEventsPlace() {
		String text = "The Khojaly massacre took place in the town of Khojaly. The Khojaly massacre is remembered.";
		assertEquals(Optional.of("Khojaly"), reader.read(text).get(0).place());
	}
}
