package org.verbatim.importer.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.prov.ProvActivity;
import org.verbatim.core.prov.ProvDraft;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.store.StoreException;
import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.DocumentExtractor;
import org.verbatim.importer.Extraction;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.FileOutcome.Kind;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.MetadataExtractor;
import org.verbatim.importer.internal.web.LocalWebServer;

/**
 * What plugins add to an import: metadata extractors that run after the document extractor in
 * ranking order, recorded in provenance, and never failing the import; document extractors that
 * claim files by their name extension, also in folder import.
 */
class PluginServicesImportTest {

	@TempDir
	Path temp;

	private static final String TEXT = "Baku, 20 January 2020\nThe ministry recalls the events of Black January.\n";

	/** Sets the place to a fixed value (a correction), with evidence. */
	private static final class PlaceSetter implements MetadataExtractor {
		final List<String> seen = new ArrayList<>();
		private final String place;

		PlaceSetter(String place) {
			this.place = place;
		}

		@Override
		public StatementMetadata amend(DecodedDocument document, Extraction extraction) {
			seen.add(extraction.metadata().place().map(Evidenced::value).orElse("-"));
			StatementMetadata m = extraction.metadata();
			return new StatementMetadata(m.title(), m.issued(), m.updated(),
					Optional.of(new Evidenced<>(place, new Evidence("test-place", place, Optional.empty()))), m.speakers(),
					m.publisher(), m.language(), m.events(), m.possiblyMachineTranslated());
		}
	}

	/** Always fails, as a buggy plugin does. */
	private static final class Broken implements MetadataExtractor {
		@Override
		public StatementMetadata amend(DecodedDocument document, Extraction extraction) {
			throw new IllegalStateException("no dictionary loaded");
		}
	}

	/** Claims {@code .note} files: the whole text upper-cased stands in for real cleaning. */
	private static final class NoteExtractor implements DocumentExtractor {
		@Override
		public boolean handles(String mediaType) {
			return "text/x-note".equals(mediaType);
		}

		@Override
		public Set<String> fileTypes() {
			return Set.of("note");
		}

		@Override
		public Extraction extract(DecodedDocument document) {
			String text = document.text().strip().toUpperCase(java.util.Locale.ROOT);
			int start = document.text().indexOf(document.text().strip());
			return new Extraction(text, new OffsetMap.Builder().copy(start, text.length()).build(), List.of(),
					StatementMetadata.empty());
		}
	}

	/** Reads {@code text/markdown} by media type, remembering the type it was given. */
	private static final class MarkdownByType implements DocumentExtractor {
		final List<String> seen = new ArrayList<>();

		@Override
		public boolean handles(String mediaType) {
			return "text/markdown".equals(mediaType);
		}

		@Override
		public Extraction extract(DecodedDocument document) {
			seen.add(document.mediaType());
			// leaves out the heading marker "# " the page starts with
			String text = document.text().substring(2);
			return new Extraction(text, new OffsetMap.Builder().copy(2, text.length()).build(), List.of(),
					StatementMetadata.empty());
		}
	}

	private List<FileOutcome> importInto(Path project, StatementImportPipeline pipeline, Path... files)
			throws StoreException {
		try (ImportFixture fixture = new ImportFixture(project, pipeline)) {
			return fixture.importAll(ImportOptions.defaults(), files);
		}
	}

	private static List<ProvActivity> activities(ImportFixture fixture) throws StoreException {
		List<ProvActivity> all = new ArrayList<>();
		for (ProvEntry entry : fixture.project.provenance(0, 1000)) {
			ProvDraft content = entry.record().content();
			all.addAll(content.activities());
		}
		return all;
	}

	@Test
	void metadataExtractorsRunInRankingOrderAndAreRecordedAsAgents() throws Exception {
		Path file = Files.writeString(temp.resolve("statement.txt"), TEXT, UTF_8);
		PlaceSetter low = new PlaceSetter("Ganja");
		PlaceSetter high = new PlaceSetter("Sumgait");
		StatementImportPipeline pipeline = StatementImportPipeline.withBuiltInExtractors().withMetadataExtractor(low, -5)
				.withMetadataExtractor(high, 10);
		try (ImportFixture fixture = new ImportFixture(temp.resolve("project"), pipeline)) {
			FileOutcome outcome = fixture.importAll(ImportOptions.defaults(), file).get(0);
			assertEquals(Kind.IMPORTED, outcome.kind(), outcome.message());
			// the higher-ranked ran first and saw what the text gave; the lower one ran last and won
			assertEquals(1, high.seen.size());
			assertFalse(high.seen.contains("Sumgait") || high.seen.contains("Ganja"), high.seen.toString());
			assertEquals(List.of("Sumgait"), low.seen);
			Statement statement = outcome.statement().orElseThrow();
			assertEquals("Ganja", fixture.project.metadata(statement.id()).place().orElseThrow().value());
			List<ProvActivity> steps = activities(fixture).stream().filter(a -> a.type().startsWith("metadata-")).toList();
			assertEquals(2, steps.size(), steps.toString());
			assertEquals(PlaceSetter.class.getName(), steps.get(0).attribute("extractor").orElseThrow());
			assertEquals("place", steps.get(0).attribute("fields").orElseThrow());
			ProvActivity extract = activities(fixture).stream().filter(a -> a.type().equals("extract")).findFirst()
					.orElseThrow();
			assertEquals("Ganja", extract.attribute("place").orElseThrow(), "the extract activity holds the final metadata");
		}
	}

	@Test
	void aFailingMetadataExtractorDoesNotFailTheImport() throws Exception {
		Path file = Files.writeString(temp.resolve("statement.txt"), TEXT, UTF_8);
		StatementImportPipeline pipeline = StatementImportPipeline.withBuiltInExtractors()
				.withMetadataExtractor(new Broken(), 0);
		StatementMetadata plain;
		try (ImportFixture fixture = new ImportFixture(temp.resolve("plain"))) {
			FileOutcome outcome = fixture.importAll(ImportOptions.defaults(), file).get(0);
			plain = fixture.project.metadata(outcome.statement().orElseThrow().id());
		}
		try (ImportFixture fixture = new ImportFixture(temp.resolve("project"), pipeline)) {
			FileOutcome outcome = fixture.importAll(ImportOptions.defaults(), file).get(0);
			assertEquals(Kind.IMPORTED, outcome.kind());
			assertTrue(outcome.message().contains(Broken.class.getName() + " (")
					&& outcome.message().contains("failed and was skipped: IllegalStateException no dictionary loaded"),
					outcome.message());
			Statement statement = outcome.statement().orElseThrow();
			assertEquals(plain, fixture.project.metadata(statement.id()), "the metadata before the failing extractor is kept");
			ProvActivity step = activities(fixture).stream().filter(a -> a.type().equals("metadata-1")).findFirst()
					.orElseThrow();
			assertTrue(step.attribute("problem").orElseThrow().contains("no dictionary loaded"));
			assertEquals("", step.attribute("fields").orElseThrow());
		}
	}

	@Test
	void aPluginsFileTypeIsImportedFromFoldersByItsExtractor() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("in"));
		Files.writeString(folder.resolve("a.note"), "  remember the victims\n", UTF_8);
		Files.writeString(folder.resolve("b.unknown"), "not taken\n", UTF_8);
		List<FileOutcome> without = importInto(temp.resolve("p1"), StatementImportPipeline.withBuiltInExtractors(),
				folder);
		assertTrue(without.stream().allMatch(o -> o.kind() == Kind.SKIPPED), without.toString());

		StatementImportPipeline pipeline = StatementImportPipeline.withBuiltInExtractors().withExtractor(new NoteExtractor(),
				0);
		try (ImportFixture fixture = new ImportFixture(temp.resolve("p2"), pipeline)) {
			List<FileOutcome> outcomes = fixture.importAll(ImportOptions.defaults(), folder);
			FileOutcome note = outcomes.stream().filter(o -> o.source().endsWith("a.note")).findFirst().orElseThrow();
			assertEquals(Kind.IMPORTED, note.kind(), note.message());
			Statement statement = note.statement().orElseThrow();
			assertEquals("REMEMBER THE VICTIMS", statement.text());
			assertFalse(outcomes.stream().anyMatch(o -> o.source().endsWith("b.unknown") && o.kind() == Kind.IMPORTED));
		}
	}

	@Test
	void aPageServedWithAPluginsMediaTypeGoesToItsExtractor() throws Exception {
		MarkdownByType extractor = new MarkdownByType();
		StatementImportPipeline pipeline = StatementImportPipeline.withBuiltInExtractors().withExtractor(extractor, 0);
		try (LocalWebServer server = new LocalWebServer();
				ImportFixture fixture = new ImportFixture(temp.resolve("project"), pipeline)) {
			byte[] body = "# Statement of the ministry\n\nThe ministry remembers the victims.\n".getBytes(UTF_8);
			server.serve("/release", exchange -> {
				exchange.getResponseHeaders().set("Content-Type", "text/markdown; charset=utf-8");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
			});
			List<FileOutcome> outcomes = new ArrayList<>();
			pipeline.importSources(fixture.project, List.of(server.url("/release").toString()), ImportOptions.defaults(),
					outcomes::add);
			assertEquals(Kind.IMPORTED, outcomes.get(0).kind(), outcomes.toString());
			assertEquals(List.of("text/markdown"), extractor.seen, "the stated type, not the sniffed text/plain");
			assertTrue(outcomes.get(0).statement().orElseThrow().text().startsWith("Statement of the ministry"));
		}
	}
}
