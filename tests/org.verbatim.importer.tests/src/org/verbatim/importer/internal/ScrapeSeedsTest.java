package org.verbatim.importer.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbatim.core.EventReference;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementMetadata;
import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.Extraction;
import org.verbatim.core.Removal;
import org.verbatim.importer.internal.text.ScrapeCleaner;

/**
 * The plain-text cleaner and metadata reader on the real seeds, against what an analyst read out of
 * them ({@code gold.json}).
 * Every gold value of the fields this covers is compared: title, issue date, place, speakers with
 * their roles and organisations, publisher, language, and the boilerplate lines.
 */
class ScrapeSeedsTest {

	static Stream<String> seeds() throws IOException {
		List<String> files = statements().stream().map(s -> (String) s.get("file")).toList();
		assertEquals(5, files.size(), "seeds in gold.json");
		return files.stream();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> statements() throws IOException {
		Map<String, Object> gold = (Map<String, Object>) JsonReader
				.read(Files.readString(Seeds.folder().resolve("gold.json"), UTF_8));
		return (List<Map<String, Object>>) gold.get("statements");
	}

	private static Map<String, Object> gold(String file) throws IOException {
		return statements().stream().filter(s -> file.equals(s.get("file"))).findFirst().orElseThrow();
	}

	static String original(String file) throws IOException {
		return Files.readString(Seeds.folder().resolve(file), UTF_8);
	}

	static Extraction extract(String text) {
		return new ScrapeCleaner()
				.extract(new DecodedDocument(text, "UTF-8", "valid-utf8", "text/plain", Optional.empty()));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	@SuppressWarnings("unchecked")
	void boilerplateLinesAreAbsentFromTheCleanText(String file) throws IOException {
		Extraction extraction = extract(original(file));
		Set<String> cleanLines = extraction.cleanText().lines().map(String::strip).collect(Collectors.toSet());
		for (String line : (List<String>) gold(file).get("boilerplate")) {
			assertFalse(cleanLines.contains(line.strip()), file + " keeps the boilerplate line: " + line);
			if (line.split("\\s+").length >= 3) {
				assertFalse(extraction.cleanText().contains(line.strip()), file + " keeps the boilerplate: " + line);
			}
		}
	}

	/**
	 * Every removal is a gold boilerplate line, a second copy of a line that is kept, or comes after
	 * the end of the article (after all kept text): nothing of the statement itself is cut.
	 */
	@ParameterizedTest
	@MethodSource("seeds")
	@SuppressWarnings("unchecked")
	void onlyFurnitureIsRemovedAndTheStatementKeepsItsWordsVerbatim(String file) throws IOException {
		String original = original(file);
		Extraction extraction = extract(original);
		String clean = extraction.cleanText();
		Map<String, Object> gold = gold(file);
		List<String> boilerplate = ((List<String>) gold.get("boilerplate")).stream().map(String::strip).toList();
		int lastKept = extraction.offsets().runs().get(extraction.offsets().runs().size() - 1).originalEnd();
		for (Removal removal : extraction.removals()) {
			String removed = original.substring(removal.originalStart(), removal.originalEnd());
			boolean justified = boilerplate.contains(removed) || clean.lines().anyMatch(removed::equals)
					|| "after-article-end".equals(removal.rule()) && removal.originalStart() >= lastKept;
			assertTrue(justified, file + ": removed by " + removal.rule() + " but part of the statement: " + removed);
		}
		for (Map<String, Object> figure : (List<Map<String, Object>>) gold.get("figures")) {
			assertTrue(clean.contains((String) figure.get("text")), file + " lost the figure " + figure.get("text"));
		}
		for (String typo : List.of("accordingto", "Russia,and", "Aerbaijani", "genociede", "judegment")) {
			assertEquals(original.contains(typo), clean.contains(typo), file + ": typo kept verbatim: " + typo);
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void everyCleanCharacterMapsBackToTheOriginal(String file) throws IOException {
		String original = original(file);
		Extraction extraction = extract(original);
		assertRoundTrip(original, extraction);
	}

	static void assertRoundTrip(String original, Extraction extraction) {
		String clean = extraction.cleanText();
		for (OffsetMap.Run run : extraction.offsets().runs()) {
			String cleanPart = clean.substring(run.cleanStart(), run.cleanEnd());
			String originalPart = original.substring(run.originalStart(), run.originalEnd());
			if (run.kind() == OffsetMap.Run.Kind.COPY) {
				assertEquals(originalPart, cleanPart, "COPY run " + run);
			} else {
				assertTrue(cleanPart.isBlank() && originalPart.chars().allMatch(c -> Character.isWhitespace(c)
						|| Character.isSpaceChar(c)), "REPLACE run covers only white space: " + run);
			}
		}
		for (Removal removal : extraction.removals()) {
			assertTrue(removal.originalEnd() <= original.length(), "removal inside the original: " + removal);
			String removed = original.substring(removal.originalStart(), removal.originalEnd());
			assertTrue(removed.equals(removal.text()) || removal.text().endsWith("…")
					&& removed.startsWith(removal.text().substring(0, removal.text().length() - 1)), "removal text");
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void evidenceQuotesTheCleanTextWhereItSays(String file) throws IOException {
		Extraction extraction = extract(original(file));
		StatementMetadata m = extraction.metadata();
		Stream<Evidence> evidence = Stream.of(m.title().map(Evidenced::evidence), m.issued().map(Evidenced::evidence),
				m.place().map(Evidenced::evidence), m.publisher().map(Evidenced::evidence),
				m.language().map(Evidenced::evidence)).flatMap(Optional::stream);
		evidence = Stream.concat(evidence, m.speakers().stream().map(Speaker::evidence));
		evidence.forEach(e -> e.where().ifPresent(span -> assertEquals(e.quote(),
				extraction.cleanText().substring(span.start(), span.end()), file + " " + e.rule())));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void metadataMatchesTheGold(String file) throws IOException {
		Map<String, Object> gold = gold(file);
		StatementMetadata m = extract(original(file)).metadata();
		assertEquals(Optional.ofNullable(gold.get("title")), m.title().map(Evidenced::value), file + " title");
		assertEquals(Optional.ofNullable(gold.get("issued")).map(d -> LocalDate.parse((String) d)),
				m.issued().map(Evidenced::value), file + " issued");
		assertEquals(Optional.ofNullable(gold.get("place")), m.place().map(Evidenced::value), file + " place");
		assertEquals(Optional.ofNullable(gold.get("publisher")), m.publisher().map(Evidenced::value),
				file + " publisher");
		assertEquals(Optional.ofNullable(gold.get("language")), m.language().map(Evidenced::value), file + " language");
	}

	@ParameterizedTest
	@MethodSource("seeds")
	@SuppressWarnings("unchecked")
	void speakersMatchTheGold(String file) throws IOException {
		List<Map<String, Object>> gold = (List<Map<String, Object>>) gold(file).get("speakers");
		List<Speaker> speakers = extract(original(file)).metadata().speakers();
		assertEquals(gold.stream().map(s -> s.get("name")).collect(Collectors.toSet()),
				speakers.stream().map(Speaker::name).collect(Collectors.toSet()), file + " speaker names");
		for (Map<String, Object> expected : gold) {
			Speaker speaker = speakers.stream().filter(s -> s.name().equals(expected.get("name"))).findFirst()
					.orElseThrow();
			for (String field : List.of("role", "organization")) {
				Optional<String> actual = "role".equals(field) ? speaker.role() : speaker.organization();
				assertEquals(Optional.ofNullable(expected.get(field)), actual, file + " " + speaker.name() + " " + field);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void onlyAPageWithATranslationNoticeIsFlaggedAsPossiblyMachineTranslated(String file) throws IOException {
		String original = original(file);
		assertEquals(original.contains("Google Translate"),
				extract(original).metadata().possiblyMachineTranslated().isPresent(), file);
	}

	/**
	 * The events of each seed are the gold's, no more: a name may differ from the gold's in the kind
	 * of event only ("Khojaly Massacre" for "Khojaly massacre" where the text says both), and a date,
	 * where one is read, is the gold's.
	 */
	@ParameterizedTest
	@MethodSource("seeds")
	@SuppressWarnings("unchecked")
	void eventsMatchTheGold(String file) throws IOException {
		List<Map<String, Object>> gold = (List<Map<String, Object>>) gold(file).get("events");
		List<EventReference> events = extract(original(file)).metadata().events();
		assertEquals(gold.stream().map(e -> withoutKind((String) e.get("name"))).toList(),
				events.stream().map(e -> withoutKind(e.name())).toList(), file + " events");
		for (int i = 0; i < gold.size(); i++) {
			LocalDate expected = LocalDate.parse((String) gold.get(i).get("date"));
			events.get(i).date().ifPresent(date -> assertEquals(expected, date, file + " event date"));
		}
	}

	private static String withoutKind(String eventName) {
		return eventName.toLowerCase(Locale.ROOT).replaceAll(" (?:massacre|genocide|tragedy|war)$", "");
	}
}
