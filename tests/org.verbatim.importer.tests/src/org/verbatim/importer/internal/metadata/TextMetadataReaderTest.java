package org.verbatim.importer.internal.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.verbatim.core.Evidenced;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.Removal;

class TextMetadataReaderTest {

	private final TextMetadataReader reader = new TextMetadataReader();

	private static final String BODY = "\n\nThe minister said that the talks were useful and that both sides would meet again soon.";

	@Test
	void ambiguousNumericDatelineWithoutContextGivesPlaceButNoDate() {
		StatementMetadata m = reader.read("Geneva: 03/04/2019" + BODY, List.of());
		assertEquals(Optional.of("Geneva"), m.place().map(Evidenced::value));
		assertEquals(Optional.empty(), m.issued());
	}

	@Test
	void aWrittenDateElsewhereSettlesTheOrderOfANumericDateline() {
		StatementMetadata m = reader.read("Geneva: 03/04/2019" + BODY,
				List.of(new Removal(0, 14, "date-with-comment-counter", "April 3, 2019 0")));
		assertEquals(Optional.of(LocalDate.of(2019, 4, 3)), m.issued().map(Evidenced::value));
	}

	@Test
	void capitalisedDatelinePlaceReadsAsAName() {
		StatementMetadata m = reader.read("NEW YORK, 5 May 2020 – The council met today." + BODY, List.of());
		assertEquals(Optional.of("New York"), m.place().map(Evidenced::value));
		assertEquals(Optional.of(LocalDate.of(2020, 5, 5)), m.issued().map(Evidenced::value));
	}

	@Test
	void aDateInRunningTextIsNotTheIssueDate() {
		StatementMetadata m = reader.read("On February 26, 2025, Azerbaijan marks the anniversary of the events.", List.of());
		assertEquals(Optional.empty(), m.issued());
	}

	@Test
	void peopleOnlyMentionedAreNotSpeakers() {
		List<Speaker> speakers = reader.read("He emphasized that the National Leader Heydar Aliyev came to Moscow. "
				+ "The army under Commander-in-Chief Ilham Aliyev ensured it. President Jane Doe visited the site.",
				List.of()).speakers();
		assertEquals(List.of(), speakers);
	}

	@Test
	void roleNameWithASpeechVerbIsASpeaker() {
		List<Speaker> speakers = reader.read("Foreign Minister Jane Doe said the talks went well.", List.of()).speakers();
		assertEquals(List.of("Jane Doe"), speakers.stream().map(Speaker::name).toList());
		assertEquals(Optional.of("Foreign Minister"), speakers.get(0).role());
	}

	@Test
	void machineTranslationNoticeSetsTheFlagWithItsWords() {
		StatementMetadata m = reader.read("Some text." + BODY,
				List.of(new Removal(0, 30, TextMetadataReader.MACHINE_TRANSLATION_NOTICE, "Translated by Google Translate")));
		assertEquals(Optional.of("Translated by Google Translate"), m.possiblyMachineTranslated().map(e -> e.quote()));
		assertEquals(Optional.empty(), reader.read("Some text." + BODY, List.of()).possiblyMachineTranslated());
	}

	@Test
	void eventsAreNamedWithTheirDate() {
		StatementMetadata m = reader.read("On the 29th anniversary of the tragedy of Black January perpetrated "
				+ "when troops stormed Baku on the 20th January 1990, the people mourned.", List.of());
		assertEquals(List.of("Black January"), m.events().stream().map(e -> e.name()).toList());
		assertEquals(Optional.of(LocalDate.of(1990, 1, 20)), m.events().get(0).date());
	}
}
