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

	@Test
	void anAcademicTitleBeforeTheNameGivesWayToThePostBeforeIt() {
		List<Speaker> speakers = reader.read("Dean of the Faculty of Law of the University of Ghent, Professor Anna "
				+ "Jansen said that the archive would be opened to researchers.", List.of()).speakers();
		assertEquals(List.of("Anna Jansen"), speakers.stream().map(Speaker::name).toList());
		assertEquals(Optional.of("Dean, Faculty of Law"), speakers.get(0).role());
		assertEquals(Optional.of("University of Ghent"), speakers.get(0).organization());
	}

	@Test
	void aUnitOfAnInstitutionBelongsToThePostAndTheInstitutionIsTheOrganisation() {
		List<Speaker> speakers = reader.read("Director of the Centre for Baltic Studies of the Tallinn University "
				+ "Mart Kask said the conference would meet in May.", List.of()).speakers();
		assertEquals(List.of("Mart Kask"), speakers.stream().map(Speaker::name).toList());
		assertEquals(Optional.of("Director, Centre for Baltic Studies"), speakers.get(0).role());
		assertEquals(Optional.of("Tallinn University"), speakers.get(0).organization());
	}

	@Test
	void anOrganisationThatIsNoUnitOfAnInstitutionStaysWhole() {
		List<Speaker> speakers = reader.read("Director of the Institute of Marine Studies Paul Grant said the survey "
				+ "was finished.", List.of()).speakers();
		assertEquals(Optional.of("Director"), speakers.get(0).role());
		assertEquals(Optional.of("Institute of Marine Studies"), speakers.get(0).organization());
	}

	@Test
	void aListOfPostsAndNamesIsNotReadAsOnePerson() {
		List<Speaker> speakers = reader.read("Director of the Institute of Marine Studies, Deputy Director Paul "
				+ "Grant said the survey was finished.", List.of()).speakers();
		assertEquals(List.of("Paul Grant"), speakers.stream().map(Speaker::name).toList());
		assertEquals(Optional.of("Deputy Director"), speakers.get(0).role());
	}

	@Test
	void anAmbassadorsPostIsToTheCountryNamedInFull() {
		List<Speaker> speakers = reader.read("Marie Dubois, Ambassador of France in the UK, said the exhibition "
				+ "would travel to Edinburgh.", List.of()).speakers();
		assertEquals(Optional.of("Ambassador of France to the United Kingdom"), speakers.get(0).role());
		assertEquals(Optional.of("Embassy of France in the United Kingdom"), speakers.get(0).organization());
		assertEquals("Marie Dubois, Ambassador of France in the UK", speakers.get(0).evidence().quote());
	}
}
