package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.report.internal.ReportData;

/**
 * The report formats added to the first four: bibliographies of the cited statements (CSL-JSON,
 * BibTeX, RIS) checked against the seeds' gold metadata, the lineage embedded in HTML reports as
 * PROV-JSON, and Markdown and DOCX reports that {@code verify-report} checks quote by quote.
 */
class ReportFormatsTest {

	private static final String QUOTE = "killed hundreds of innocent civilians";

	/** A title with every character BibTeX treats specially, and some that are not ASCII. */
	private static final String AWKWARD_TITLE = "Costs {50%} & $5 #1 a_b ~x ^y \\z in Xocalı, Ходжалы";

	@TempDir
	Path temp;

	private SeedsSession session;

	private String project;

	/** The seed statements by their ids, with what gold.json says of each. */
	private final Map<String, Map<?, ?>> gold = new LinkedHashMap<>();

	@BeforeEach
	void setUp() throws Exception {
		session = new SeedsSession(temp.resolve("project"));
		project = session.project;
		Object parsed = ReportData.parseJson(Files.readString(Seeds.directory().resolve("gold.json"), StandardCharsets.UTF_8));
		List<?> statements = (List<?>) ((Map<?, ?>) parsed).get("statements");
		try (Project p = session.store.open(Path.of(project))) {
			for (int i = 1; i <= statements.size(); i++) {
				Statement s = p.statement(new StatementId(i)).orElseThrow();
				for (Object each : statements) {
					Map<?, ?> g = (Map<?, ?>) each;
					if (s.source().endsWith((String) g.get("file"))) {
						gold.put("S" + i, g);
					}
				}
			}
		}
		assertEquals(statements.size(), gold.size(), "every seed statement is found: " + gold.keySet());
		run(0, "excerpt", "--project", project, "S1", "--quote", QUOTE);
		for (String id : gold.keySet()) {
			run(0, "excerpt", "--project", project, id, "--start", "0", "--end", "24");
		}
		run(0, "tag", "--project", project, "E1", "casualties");
	}

	private void run(int expected, String... args) {
		assertEquals(expected, session.run(args), String.join(" ", args) + ": " + session.out() + session.err());
	}

	private Path export(String format, String name, String excerpts) {
		Path file = temp.resolve(name);
		run(0, "report", "--project", project, "--excerpts", excerpts, "--format", format, "--out", file.toString());
		return file;
	}

	private String allExcerpts() {
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= gold.size() + 1; i++) {
			ids.add("E" + i);
		}
		return String.join(",", ids);
	}

	@Test
	void cslJsonHasOneItemPerCitedStatementWithTheGoldSpeakersDatesAndTheOriginalsHash() throws Exception {
		Path file = export("csl-json", "bib.json", allExcerpts());
		List<?> items = (List<?>) ReportData.parseJson(Files.readString(file, StandardCharsets.UTF_8));
		assertEquals(gold.size(), items.size(), "two quotes of S1 make one item: " + items);
		Set<String> keys = new HashSet<>();
		try (Project p = session.store.open(Path.of(project))) {
			for (Object each : items) {
				Map<?, ?> item = (Map<?, ?>) each;
				String statement = find(Pattern.compile("Verbatim statement (S[0-9]+)"), (String) item.get("note"));
				Map<?, ?> g = gold.get(statement);
				Statement s = p.statement(StatementId.parse(statement).orElseThrow()).orElseThrow();
				List<String> speakers = ((List<?>) g.get("speakers")).stream().map(x -> (String) ((Map<?, ?>) x).get("name"))
						.toList();
				List<String> authors = ((List<?>) item.get("author")).stream()
						.map(x -> (String) ((Map<?, ?>) x).get("literal")).toList();
				assertEquals(speakers, authors, statement + " authors");
				String[] day = ((String) g.get("issued")).split("-");
				assertEquals(List.of(List.of(Long.parseLong(day[0]), Long.parseLong(day[1]), Long.parseLong(day[2]))),
						((Map<?, ?>) item.get("issued")).get("date-parts"), statement + " issued");
				assertEquals(g.get("publisher"), item.get("publisher"), statement + " publisher");
				assertEquals(g.get("language"), item.get("language"), statement + " language");
				assertTrue(((String) item.get("note")).contains("SHA-256 " + s.original().sha256()), item.toString());
				assertTrue(((Map<?, ?>) item.get("accessed")).get("date-parts") instanceof List<?>, item.toString());
				assertTrue(keys.add((String) item.get("id")), "keys are unique: " + keys);
			}
		}
		Map<?, ?> first = (Map<?, ?>) items.get(0);
		assertEquals("altwaijri2019occasion", first.get("id"));
		assertTrue(((String) first.get("note")).endsWith("quoted as E1, E2"), first.toString());
		assertEquals("altwaijri2019anniversary", ((Map<?, ?>) items.get(1)).get("id"));
	}

	@Test
	void bibtexEscapesItsSpecialCharactersKeepsUtf8BalancesBracesAndSuffixesEqualKeys() throws Exception {
		// two statements of one speaker, year and first title word: their keys get a and b
		run(0, "edit", "--project", project, "S2", "--set", "title=" + AWKWARD_TITLE);
		run(0, "edit", "--project", project, "S1", "--set", "title=" + AWKWARD_TITLE);
		Path file = export("bibtex", "refs.bib", allExcerpts());
		String bib = Files.readString(file, StandardCharsets.UTF_8);
		List<String> entries = List.of(bib.split("\n(?=@)")).subList(1, gold.size() + 1);
		assertEquals(gold.size(), entries.size(), bib);
		for (String entry : entries) {
			assertEquals(0, depthAfter(entry), "braces balance in " + entry);
			assertTrue(entry.startsWith("@misc{") && entry.strip().endsWith("}"), entry);
		}
		assertEquals(0, depthAfter(bib), "braces balance in the whole file");
		assertTrue(entries.get(0).startsWith("@misc{altwaijri2019costsa,"), entries.get(0));
		assertTrue(entries.get(1).startsWith("@misc{altwaijri2019costsb,"), entries.get(1));
		assertTrue(bib.contains("title = {{Costs \\{50\\%\\} \\& \\$5 \\#1 a\\_b \\textasciitilde{}x "
				+ "\\textasciicircum{}y \\textbackslash{}z in Xocalı, Ходжалы}},"), bib);
		assertTrue(entries.get(0).contains("author = {{Abdulaziz Othman Altwaijri}},"), entries.get(0));
		assertTrue(entries.get(0).contains("date = {2019-01-18},") && entries.get(0).contains("month = jan,"),
				entries.get(0));
		String five = entries.stream().filter(e -> e.contains("Khazar Farhadov")).findFirst().orElseThrow();
		assertTrue(five.contains("author = {{Khazar Farhadov} and {Khalid Rahman} and {Seyid Abrar Huseyin} and "
				+ "{Khalid Teymur Akram} and {Tughral Yamin}},"), five);
		assertTrue(five.contains("language = {en},") && five.contains("note = {Archived original SHA-256 "), five);
	}

	/** The brace depth at the end of {@code bib}, counting neither escaped braces nor ever going below 0. */
	private static int depthAfter(String bib) {
		int depth = 0;
		for (int i = 0; i < bib.length(); i++) {
			char c = bib.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '{') {
				depth++;
			} else if (c == '}') {
				depth--;
				assertTrue(depth >= 0, "a closing brace without an opening one at " + i + ": " + bib);
			}
		}
		return depth;
	}

	@Test
	void risHasOneRecordPerCitedStatement() throws Exception {
		String ris = Files.readString(export("ris", "refs.ris", allExcerpts()), StandardCharsets.UTF_8);
		assertEquals(gold.size(), Pattern.compile("^TY  - ELEC|^TY  - GEN", Pattern.MULTILINE).matcher(ris).results().count(), ris);
		assertEquals(gold.size(), Pattern.compile("^ER  - \r\n", Pattern.MULTILINE).matcher(ris).results().count(), ris);
		assertTrue(ris.contains("AU  - Abdulaziz Othman Altwaijri\r\nTI  - On the occasion"), ris);
		assertTrue(ris.contains("DA  - 2019/01/18\r\n"), ris);
		assertTrue(ris.lines().allMatch(l -> l.matches("[A-Z][A-Z0-9]  - .*")), ris);
	}

	@Test
	void anHtmlReportEmbedsTheLineageOfItsQuotesAsProvJson() throws Exception {
		String html = Files.readString(export("html", "r.html", "E1,E3,E5"), StandardCharsets.UTF_8);
		String json = find(Pattern.compile("<script type=\"application/json\" id=\"verbatim-provenance\">(.*?)</script>",
				Pattern.DOTALL), html);
		Map<?, ?> prov = (Map<?, ?>) ReportData.parseJson(json);
		String vbp = (String) ((Map<?, ?>) prov.get("prefix")).get("vbp");
		assertTrue(vbp.startsWith("urn:verbatim:log:"), prov.get("prefix").toString());
		Map<?, ?> entities = (Map<?, ?>) prov.get("entity");
		for (String excerpt : List.of("E1", "E3", "E5")) {
			Map<?, ?> entity = (Map<?, ?>) entities.get("vbp:excerpt/" + excerpt + "/1");
			assertTrue(entity != null && "excerpt".equals(entity.get("prov:type")), excerpt + " in " + entities.keySet());
		}
		assertTrue(entities.keySet().stream().anyMatch(k -> ((String) k).startsWith("vbp:original/")), "the originals");
		assertTrue(entities.keySet().stream().anyMatch(k -> ((String) k).startsWith("vbp:clean-text/S1/")), "the clean text");
		Map<?, ?> generated = (Map<?, ?>) prov.get("wasGeneratedBy");
		assertTrue(generated.values().stream().anyMatch(r -> "vbp:excerpt/E1/1".equals(((Map<?, ?>) r).get("prov:entity"))),
				"the activity that made E1 is named: " + generated);
		assertTrue(prov.containsKey("wasDerivedFrom"), prov.keySet().toString());
		// the tag on E1 is not how its words came to be
		assertFalse(entities.values().stream().anyMatch(e -> "tag".equals(((Map<?, ?>) e).get("vb:change"))), json);
		assertFalse(json.contains("<") || json.contains("&"), "markup characters are escaped in the data block");
	}

	@Test
	void markdownReportsAreVerifiedAndAnEditedQuoteIsNamed() throws Exception {
		Path md = export("md", "r.md", "E1,E3");
		Path bundle = temp.resolve("r.zip");
		run(0, "report", "--project", project, "--excerpts", "E1,E3", "--format", "html", "--out",
				temp.resolve("r.html").toString(), "--bundle", bundle.toString());
		String text = Files.readString(md, StandardCharsets.UTF_8);
		assertTrue(text.contains("\n<!-- verbatim-annotations\n[{"), "the selectors close the file: " + text);
		run(0, "verify-report", "--project", project, md.toString());
		assertTrue(session.out().contains("E1   VERIFIED") && session.out().contains("All 2 quotes verified."), session.out());
		run(0, "verify-report", "--bundle", bundle.toString(), md.toString());

		Files.writeString(md, text.replace("> " + QUOTE, "> " + QUOTE.replace("hundreds", "thousands")),
				StandardCharsets.UTF_8);
		run(4, "verify-report", "--project", project, md.toString());
		assertTrue(session.out().contains("E1   EDITED") && session.out().contains("killed thousands"), session.out());
		assertTrue(session.out().contains("E3   VERIFIED") && session.out().contains("1 of 2 quotes failed."), session.out());
	}

	@Test
	void docxReportsAreVerifiedEvenWithTheirRunsSplitAndAnEditedQuoteIsNamed() throws Exception {
		Path docx = export("docx", "r.docx", "E1,E3");
		Map<String, byte[]> parts = parts(docx);
		assertTrue(parts.containsKey("customXml/item1.xml") && parts.containsKey("customXml/itemProps1.xml"),
				parts.keySet().toString());
		run(0, "verify-report", "--project", project, docx.toString());
		assertTrue(session.out().contains("All 2 quotes verified."), session.out());

		// Word splits a paragraph's text into runs as it likes when it saves: still the same words
		String document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
		assertTrue(document.contains("<w:bookmarkStart w:id=\"0\" w:name=\"E1\"/>"), document);
		String split = document.replace("\u201ckilled hundreds", "\u201ckilled </w:t></w:r><w:r><w:t xml:space=\"preserve\">hundreds");
		parts.put("word/document.xml", split.getBytes(StandardCharsets.UTF_8));
		Files.write(docx, zip(parts));
		run(0, "verify-report", "--project", project, docx.toString());

		parts.put("word/document.xml", document.replace("killed hundreds", "killed thousands").getBytes(StandardCharsets.UTF_8));
		Files.write(docx, zip(parts));
		run(4, "verify-report", "--project", project, docx.toString());
		assertTrue(session.out().contains("E1   EDITED") && session.out().contains("killed thousands"), session.out());
		assertTrue(session.out().contains("E3   VERIFIED"), session.out());

		parts.remove("customXml/item1.xml");
		Files.write(docx, zip(parts));
		run(1, "verify-report", "--project", project, docx.toString());
		assertTrue(session.errLines().get(0).contains("carries no quote selectors"), session.errLines().toString());
	}

	private static String find(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		assertTrue(m.find(), pattern + " in " + text);
		return m.group(1);
	}

	private static Map<String, byte[]> parts(Path file) throws Exception {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				parts.put(e.getName(), zip.readAllBytes());
			}
		}
		return parts;
	}

	private static byte[] zip(Map<String, byte[]> parts) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
