package org.verbatim.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst query language, each construct on statements made for it. */
class QuerySyntaxTest {

	@TempDir
	Path dir;

	private SearchFixture f;

	@BeforeEach
	void project() throws Exception {
		f = new SearchFixture(dir);
		// S1..S4
		f.add("The Ministry of Foreign Affairs condemns the Khojaly genocide.", Optional.of(LocalDate.of(2019, 2, 25)),
				Optional.of("MFA Azerbaijan"), List.of("Hikmet Hajiyev|Presidential Administration"));
		f.add("ISESCO commemorates the victims of Black January in Baku.", Optional.of(LocalDate.of(2020, 1, 20)),
				Optional.of("ISESCO"), List.of("Salim AlMalik|ISESCO"));
		f.add("The genocide in Khojaly was a crime against humanity, the embassy said.",
				Optional.of(LocalDate.of(2021, 2, 26)), Optional.of("Embassy of Azerbaijan"), List.of());
		f.add("Foreign ministers met in Geneva; no statement on genocide.", Optional.empty(), Optional.of("Reuters"),
				List.of());
	}

	@AfterEach
	void close() throws Exception {
		f.close();
	}

	@Test
	void wordsAreAndedAndBooleanOperatorsWork() throws Exception {
		assertEquals(List.of("S1", "S3"), sorted(f.ids("genocide Khojaly")));
		assertEquals(List.of("S1", "S2", "S3"), sorted(f.ids("Khojaly OR Baku")));
		assertEquals(List.of("S4"), sorted(f.ids("genocide NOT Khojaly")));
		assertEquals(List.of("S4"), sorted(f.ids("genocide -khojaly")));
		assertEquals(List.of("S3", "S4"), sorted(f.ids("(Khojaly OR Geneva) AND (crime OR statement)")));
	}

	@Test
	void phrasesAndProximity() throws Exception {
		assertEquals(List.of("S1"), f.ids("\"Khojaly genocide\""));
		assertEquals(List.of(), f.ids("\"genocide Khojaly\""));
		assertEquals(List.of("S3"), f.ids("\"genocide Khojaly\"~1"));
		assertEquals(List.of("S1", "S3"), sorted(f.ids("\"genocide Khojaly\"~3 OR \"Khojaly genocide\"")));
	}

	@Test
	void fuzzyWildcardAndRegex() throws Exception {
		assertEquals(List.of("S1", "S3"), sorted(f.ids("Khojalu~")));
		assertEquals(List.of("S2"), f.ids("commemorat*"));
		assertEquals(List.of("S1", "S4"), sorted(f.ids("foreig? AND minist*")));
		assertEquals(List.of("S2"), f.ids("/bak[ua]/"));
	}

	@Test
	void fieldsAndDateRanges() throws Exception {
		assertEquals(List.of("S2"), f.ids("publisher:ISESCO"));
		assertEquals(List.of("S1"), f.ids("speaker:hajiyev"));
		assertEquals(List.of("S1"), f.ids("organization:\"presidential administration\""));
		assertEquals(List.of("S1", "S2"), sorted(f.ids("issued:[2019 TO 2020]")));
		assertEquals(List.of("S2", "S3"), sorted(f.ids("issued:[2020-01 TO 2021-02-26]")));
		assertEquals(List.of("S3"), f.ids("issued:{2020 TO *]"));
		assertEquals(List.of("S3"), f.ids("genocide AND issued:2021"));
		assertEquals(List.of("S1", "S2", "S3", "S4"), sorted(f.ids("kind:statement")));
		assertEquals(List.of("S1", "S2", "S3", "S4"), sorted(f.ids("domain:\"local file\"")));
		assertEquals(List.of("S2"), f.ids("language:en AND title:isesco"));
	}

	private static List<String> sorted(List<String> ids) {
		return ids.stream().sorted().toList();
	}
}
