package org.verbatim.qda.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Excerpt;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.Statement;
import org.verbatim.core.store.Project;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.internal.StatementImportPipeline;
import org.verbatim.report.Report;
import org.verbatim.report.ReportAssembler;
import org.verbatim.report.ReportQuote;
import org.verbatim.report.ReportTemplate;
import org.verbatim.store.internal.SqliteProjectStore;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The REFI-QDA export of a report made from the seed statements and one statement with characters
 * outside the Basic Multilingual Plane, checked by reading the .qdpx back: its structure against the
 * QDA-XML 1.0 schema's rules, every selection against the packaged text, codes against tags, and its
 * bytes against a second export.
 */
class QdpxExporterTest {

	private static final String NS = "urn:QDA-XML:project:1.0";

	/** Cyrillic, then three characters that take two UTF-16 units each, then the quote. */
	private static final String FAR_TEXT = "Заявление о годовщине. 𝐀𝐁 — 😀 Мы помним: "
			+ "we remember the victims of Khojaly.\n";

	private static final String FAR_QUOTE = "we remember the victims of Khojaly";

	private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:15:30.123Z"), ZoneOffset.UTC);

	@TempDir
	Path temp;

	private Project project;

	private final List<ExcerptId> excerpts = new ArrayList<>();

	private ExcerptId far;

	@BeforeEach
	void setUp() throws Exception {
		Path farFile = temp.resolve("far.txt");
		Files.writeString(farFile, FAR_TEXT, UTF_8);
		project = new SqliteProjectStore().create(temp.resolve("project"));
		StatementImportPipeline.withBuiltInExtractors().importPaths(project, List.of(seeds(), farFile),
				ImportOptions.defaults(), ImportListener.NONE);
		List<Statement> statements = project.statements();
		assertEquals(6, statements.size(), "the five seeds and the far one: " + statements);
		for (Statement s : statements) {
			Excerpt e;
			if (s.source().endsWith("far.txt")) {
				int start = s.text().indexOf(FAR_QUOTE);
				assertTrue(start > 0, s.text());
				e = project.addExcerpt(s.id(), start, start + FAR_QUOTE.length(),
						Optional.of("Said <after> \"emoji\" & co.\r\nline two"));
				far = e.id();
			} else {
				e = project.addExcerpt(s.id(), 0, 24, Optional.empty());
				int start = s.text().indexOf(' ', 100) + 1;
				Excerpt second = project.addExcerpt(s.id(), start, start + 40, Optional.empty());
				excerpts.add(second.id());
				project.tag(second.id().toString(), "second");
			}
			excerpts.add(e.id());
			project.tag(e.id().toString(), "opening");
		}
		project.tag(far.toString(), "remembrance & grief");
	}

	@AfterEach
	void tearDown() throws Exception {
		project.close();
	}

	private static Path seeds() {
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path seeds = dir.resolve("shared/seeds");
			if (Files.isRegularFile(seeds.resolve("gold.json"))) {
				return seeds;
			}
		}
		throw new IllegalStateException("no shared/seeds beside the checkout (above " + Paths.get("").toAbsolutePath() + ")");
	}

	private Report report(Clock clock) throws Exception {
		return ReportAssembler.assemble(project, excerpts, ReportTemplate.DOSSIER, "Remembrance <2019> & after",
				Optional.of("Why these quotes."), clock);
	}

	private static byte[] export(Report report) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new QdpxExporter().write(report, out);
		return out.toByteArray();
	}

	/** The archive's entries by name, in order. */
	private static Map<String, byte[]> entries(byte[] qdpx) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(qdpx), UTF_8)) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				entries.put(e.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	private static Element parse(byte[] qde) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		try (InputStream in = new ByteArrayInputStream(qde)) {
			return factory.newDocumentBuilder().parse(in).getDocumentElement();
		}
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && (name == null || name.equals(e.getLocalName()))) {
				found.add(e);
			}
		}
		return found;
	}

	private static Element only(Element parent, String name) {
		List<Element> found = children(parent, name);
		assertEquals(1, found.size(), name + " under " + parent.getLocalName());
		return found.get(0);
	}

	/** Every element below {@code root} (and itself) with this local name, or every one for {@code null}. */
	private static List<Element> all(Element root, String name) {
		List<Element> found = new ArrayList<>();
		if (name == null || root.getLocalName().equals(name)) {
			found.add(root);
		}
		for (Element child : children(root, null)) {
			found.addAll(all(child, name));
		}
		return found;
	}

	/**
	 * Checks that the children of {@code parent} come in the schema's sequence {@code order} (each name
	 * at most where the sequence allows it) and that no other element is there.
	 */
	private static void inOrder(Element parent, List<String> order) {
		int at = 0;
		for (Element child : children(parent, null)) {
			int index = order.indexOf(child.getLocalName());
			assertTrue(index >= 0, child.getLocalName() + " is not allowed in " + parent.getLocalName());
			assertTrue(index >= at, child.getLocalName() + " comes too late in " + parent.getLocalName());
			at = index;
		}
	}

	@Test
	void theProjectFileFollowsTheQdaXmlSchemaAndEveryReferenceResolves() throws Exception {
		Map<String, byte[]> entries = entries(export(report(CLOCK)));
		assertEquals("project.qde", entries.keySet().iterator().next(), "the project file comes first");
		Element root = parse(entries.get("project.qde"));
		assertEquals(NS, root.getNamespaceURI());
		assertEquals("Project", root.getLocalName());
		assertEquals("Remembrance <2019> & after", root.getAttribute("name"));
		assertEquals("2026-12-05T10:15:30Z", root.getAttribute("creationDateTime"));
		inOrder(root, List.of("Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links", "Sets", "Graphs",
				"Description", "NoteRef"));
		for (Element source : all(root, "TextSource")) {
			inOrder(source, List.of("Description", "PlainTextContent", "PlainTextSelection", "Coding", "NoteRef",
					"VariableValue"));
			assertTrue(source.getAttribute("plainTextPath").startsWith("internal://"), "sources are in the archive");
			for (Element value : children(source, "VariableValue")) {
				assertEquals("VariableRef", children(value, null).get(0).getLocalName());
				assertEquals(2, children(value, null).size(), "a reference and one value");
			}
		}
		for (Element selection : all(root, "PlainTextSelection")) {
			inOrder(selection, List.of("Description", "Coding", "NoteRef"));
			assertTrue(selection.getAttribute("startPosition").matches("[0-9]+"));
			assertTrue(selection.getAttribute("endPosition").matches("[0-9]+"));
		}
		for (Element coding : all(root, "Coding")) {
			inOrder(coding, List.of("CodeRef", "NoteRef"));
			assertEquals(1, children(coding, "CodeRef").size());
		}
		for (Element c : all(root, "Case")) {
			inOrder(c, List.of("Description", "CodeRef", "VariableValue", "SourceRef", "SelectionRef"));
		}
		for (Element note : all(root, "Note")) {
			inOrder(note, List.of("Description", "PlainTextContent", "PlainTextSelection", "Coding", "NoteRef",
					"VariableValue"));
			assertEquals(1, children(note, "PlainTextContent").size(), "a note's text is in the project file");
		}
		for (Element code : all(root, "Code")) {
			assertEquals("true", code.getAttribute("isCodable"));
		}
		for (Element variable : all(root, "Variable")) {
			assertTrue(Set.of("Text", "Boolean", "Integer", "Float", "Date", "DateTime")
					.contains(variable.getAttribute("typeOfVariable")));
		}
		for (Element e : all(root, "PlainTextSelection")) {
			Instant.parse(e.getAttribute("creationDateTime"));
		}
		for (Element date : all(root, "DateValue")) {
			LocalDate.parse(date.getTextContent());
		}
		for (Element date : all(root, "DateTimeValue")) {
			Instant.parse(date.getTextContent());
		}
		// GUIDs: well formed and unique; every reference names one of them
		Set<String> guids = new HashSet<>();
		for (Element e : all(root, null).stream().filter(e -> e.hasAttribute("guid")).toList()) {
			String guid = e.getAttribute("guid");
			assertTrue(guid.matches(GUID), "a GUID: " + guid);
			assertTrue(guids.add(guid), "unique: " + guid + " on " + e.getLocalName());
		}
		String user = only(only(root, "Users"), "User").getAttribute("guid");
		for (Element e : all(root, null)) {
			if (e.hasAttribute("targetGUID")) {
				assertTrue(guids.contains(e.getAttribute("targetGUID")), e.getLocalName() + " refers to nothing");
			}
			for (String attribute : List.of("creatingUser", "creatingUserGUID")) {
				if (e.hasAttribute(attribute)) {
					assertEquals(user, e.getAttribute(attribute), attribute + " of " + e.getLocalName());
				}
			}
		}
	}

	@Test
	void everySelectionPicksExactlyItsQuoteOutOfThePackagedTextCountingCodePoints() throws Exception {
		Report report = report(CLOCK);
		Map<String, byte[]> entries = entries(export(report));
		Element root = parse(entries.get("project.qde"));
		Map<String, ReportQuote> quotes = new HashMap<>();
		report.quotes().forEach(q -> quotes.put(q.excerpt().toString(), q));
		int selections = 0;
		for (Element source : all(root, "TextSource")) {
			String path = source.getAttribute("plainTextPath").substring("internal://".length());
			byte[] bytes = entries.get("sources/" + path);
			assertTrue(bytes != null, "the archive has sources/" + path);
			String text = new String(bytes, UTF_8);
			for (Element selection : children(source, "PlainTextSelection")) {
				ReportQuote q = quotes.get(selection.getAttribute("name"));
				int start = Integer.parseInt(selection.getAttribute("startPosition"));
				int end = Integer.parseInt(selection.getAttribute("endPosition"));
				int[] points = text.codePoints().toArray();
				assertEquals(q.quote(), new String(points, start, end - start), selection.getAttribute("name"));
				assertEquals(report.statementText(q.statement()).orElseThrow(), text, "the source is the clean text");
				if (q.excerpt().equals(far)) {
					assertEquals(FAR_QUOTE, q.quote());
					assertNotEquals(q.cleanStart(), start, "after the emoji, code points and UTF-16 units differ");
					assertEquals(q.cleanStart() - 3, start, "three characters of two units each come before");
				}
				selections++;
			}
		}
		assertEquals(excerpts.size(), selections, "one selection per quote");
		assertEquals(6 + 1, entries.size(), "the project file and one text per statement");
	}

	/** The names of the {@code kind} elements below {@code parent}, by their GUIDs. */
	private static Map<String, String> namesByGuid(Element parent, String kind) {
		Map<String, String> names = new HashMap<>();
		for (Element e : all(parent, kind)) {
			names.put(e.getAttribute("guid"), e.getAttribute("name"));
		}
		return names;
	}

	@Test
	void theCodesAreTheTagsAndEachQuoteIsCodedWithItsOwn() throws Exception {
		Report report = report(CLOCK);
		Element root = parse(entries(export(report)).get("project.qde"));
		Map<String, String> codes = namesByGuid(only(root, "CodeBook"), "Code");
		Set<String> tags = new TreeSet<>();
		report.quotes().forEach(q -> tags.addAll(q.tags()));
		assertEquals(Set.of("opening", "second", "remembrance & grief"), tags);
		assertEquals(tags, new TreeSet<>(codes.values()));
		Map<String, ReportQuote> quotes = new HashMap<>();
		report.quotes().forEach(q -> quotes.put(q.excerpt().toString(), q));
		for (Element selection : all(root, "PlainTextSelection")) {
			Set<String> coded = new TreeSet<>();
			for (Element coding : children(selection, "Coding")) {
				coded.add(codes.get(only(coding, "CodeRef").getAttribute("targetGUID")));
			}
			assertEquals(new TreeSet<>(quotes.get(selection.getAttribute("name")).tags()), coded,
					selection.getAttribute("name"));
		}
		Element note = only(only(root, "Notes"), "Note");
		assertEquals("Said <after> \"emoji\" & co.\r\nline two", only(note, "PlainTextContent").getTextContent(),
				"the note keeps its markup characters and its carriage return");
		Element farSelection = all(root, "PlainTextSelection").stream()
				.filter(s -> s.getAttribute("name").equals(far.toString())).findFirst().orElseThrow();
		assertEquals(note.getAttribute("guid"), only(farSelection, "NoteRef").getAttribute("targetGUID"));
	}

	@Test
	void eachSourceCarriesTheStatementsProvenanceAndMetadata() throws Exception {
		Report report = report(CLOCK);
		Element root = parse(entries(export(report)).get("project.qde"));
		Map<String, String> variables = namesByGuid(only(root, "Variables"), "Variable");
		Map<String, ReportQuote> byStatement = new HashMap<>();
		report.quotes().forEach(q -> byStatement.putIfAbsent(q.statement().toString(), q));
		List<Element> sources = all(root, "TextSource");
		assertEquals(6, sources.size());
		for (Element source : sources) {
			Map<String, String> values = new HashMap<>();
			for (Element value : children(source, "VariableValue")) {
				List<Element> parts = children(value, null);
				values.put(variables.get(parts.get(0).getAttribute("targetGUID")), parts.get(1).getTextContent());
			}
			ReportQuote q = byStatement.get(values.get("Statement"));
			assertEquals(q.originalSha256(), values.get("Original SHA-256"));
			assertEquals(q.source(), values.get("Source"));
			assertEquals(q.charset(), values.get("Charset"));
			assertTrue(values.containsKey("Retrieved"), values.toString());
			String description = only(source, "Description").getTextContent();
			assertTrue(description.contains(q.originalSha256()) && description.contains(q.source()), description);
			assertTrue(source.getAttribute("name").startsWith(q.statement() + " "), source.getAttribute("name"));
			assertFalse(source.getAttribute("creationDateTime").isEmpty(), "the statement's import time");
		}
		ReportQuote first = report.quotes().get(0);
		assertTrue(first.speaker().isPresent(), "the seeds name their speakers");
		Element seed = sources.stream().filter(s -> s.getAttribute("name").startsWith(first.statement() + " "))
				.findFirst().orElseThrow();
		assertTrue(children(seed, "VariableValue").stream()
				.anyMatch(v -> v.getTextContent().strip().equals(first.speaker().get())), "the speaker is a value");
		assertTrue(all(root, "Case").stream().anyMatch(c -> c.getAttribute("name").equals(first.speaker().get())),
				"and a case");
	}

	@Test
	void exportingAgainGivesTheSameBytesAndTheSameGuidsLater() throws Exception {
		byte[] once = export(report(CLOCK));
		// left for a look (or a schema check) at the module's target folder
		Files.write(Paths.get("target", "seeds-report.qdpx"), once);
		assertArrayEquals(once, export(report(CLOCK)), "the same report, the same bytes");
		Clock later = Clock.fixed(Instant.parse("2027-03-01T08:00:00Z"), ZoneOffset.UTC);
		byte[] again = export(report(later));
		assertFalse(java.util.Arrays.equals(once, again), "the export's own time is in it");
		assertEquals(guids(once), guids(again), "but every object keeps its GUID");
		assertEquals(entries(once).keySet(), entries(again).keySet(), "and its file name");
	}

	private static List<String> guids(byte[] qdpx) throws Exception {
		return all(parse(entries(qdpx).get("project.qde")), null).stream().filter(e -> e.hasAttribute("guid"))
				.map(e -> e.getLocalName() + " " + e.getAttribute("name") + " " + e.getAttribute("guid")).toList();
	}


	@Test
	void aReportWithoutItsStatementsTextsIsRefusedInOneLine() throws Exception {
		Report full = report(CLOCK);
		Report bare = new Report(full.title(), full.template(), full.analyst(), full.createdAt(), full.project(),
				full.introduction(), full.sections(), full.provenanceRecords(), full.provenanceHead(), full.lineage(),
				full.namespace());
		IOException e = assertThrows(IOException.class, () -> export(bare));
		assertTrue(e.getMessage().startsWith("the report does not carry the text of statement S"), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
	}

	@Test
	void theGuidsAreVersionFiveNameBasedUuidsInTheUrlNamespace() {
		// the value Python's uuid.uuid5(uuid.NAMESPACE_URL, name) gives for the same name
		String guid = QdaGuids.of("urn:verbatim:log:abc/qda/source/S1");
		assertEquals("393d4282-7ce9-5e68-a421-7d2a477ce118", guid);
		assertNotEquals(guid, QdaGuids.of("urn:verbatim:log:abd/qda/source/S1"), "another project, another GUID");
	}
}
