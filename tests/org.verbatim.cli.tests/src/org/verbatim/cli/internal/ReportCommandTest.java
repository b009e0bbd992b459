package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Sha256;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.store.internal.SqliteProjectStore;

/** {@code verbatim report}: quotes with citations and anchors, escaping, and safe writing. */
class ReportCommandTest {

	private static final String QUOTE = "killed hundreds of innocent civilians";

	private static final String HOSTILE = "The embassy wrote <script>alert(1)</script> and \"><img src=x onerror=alert(2)> "
			+ "then [a link](http://evil.example) and **bold** words.";

	@TempDir
	Path temp;

	private SeedsSession session;
	private SqliteProjectStore store;
	private String project;

	@BeforeEach
	void setUp() throws Exception {
		session = new SeedsSession(temp.resolve("project"), true);
		store = session.store;
		project = session.project;
		Path hostile = temp.resolve("hostile.txt");
		Files.writeString(hostile, HOSTILE + "\n", StandardCharsets.UTF_8);
		assertEquals(0, run("import", "--project", project, hostile.toString()));
		assertEquals(0, run("excerpt", "--project", project, "S1", "--quote", QUOTE, "--note", "casualty <b>count</b>"));
		assertEquals(0, run("excerpt", "--project", project, "S6", "--start", "0", "--end", String.valueOf(HOSTILE.length())));
		assertEquals(0, run("tag", "--project", project, "E1", "casualties"));
	}

	@AfterEach
	void closeSession() {
		session.close();
	}

	private int run(String... args) {
		return session.run(args);
	}

	private String out() {
		return session.out();
	}

	private List<String> errLines() {
		return session.errLines();
	}

	@Test
	void anHtmlReportCitesEveryQuoteWithItsAnchorsAndTheWordsAreInTheArchivedOriginal() throws Exception {
		Path file = temp.resolve("report.html");
		assertEquals(0, run("report", "--project", project, "--excerpts", "E1,E2", "--format", "html", "--out",
				file.toString(), "--title", "Khojaly <statements>"), errLines().toString());
		String html = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(html.contains("<title>Khojaly &lt;statements&gt;</title>"), html);
		Statement s1;
		byte[] original;
		try (Project p = store.open(Path.of(project))) {
			s1 = p.statement(new StatementId(1)).orElseThrow();
			original = p.readOriginal(s1.original());
		}
		assertTrue(html.contains("<blockquote>" + QUOTE + "</blockquote>"), html);
		assertTrue(html.contains("Abdulaziz Othman Altwaijri, Director General"), "the speaker is cited: " + html);
		assertTrue(html.contains("Issued 2019-01-18"), html);
		assertTrue(html.contains(s1.original().sha256()), "the original's hash is cited");
		assertEquals(Sha256.hex(original), s1.original().sha256());
		// the cited character range of the decoded original holds the quoted words
		Matcher range = Pattern.compile(s1.original().sha256() + ", characters (\\d+)\u2013(\\d+) as ([A-Za-z0-9-]+)")
				.matcher(html);
		assertTrue(range.find(), html);
		String decoded = new String(original, java.nio.charset.Charset.forName(range.group(3)));
		assertEquals(QUOTE, decoded.substring(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))));
		assertTrue(html.contains("\"type\":\"TextQuoteSelector\",\"exact\":\"" + QUOTE + "\""), html);
		assertTrue(html.contains("Note: casualty &lt;b&gt;count&lt;/b&gt;"), html);
		assertTrue(html.contains("Tags: casualties"), html);
		// the export itself is recorded: the report, by the hash of its bytes, generated from the excerpts
		try (Project p = store.open(Path.of(project))) {
			var entry = p.lastProvenance().orElseThrow();
			var content = entry.record().content();
			assertEquals("export", content.change());
			String sha = Sha256.hex(Files.readAllBytes(file));
			assertTrue(content.entity("report/" + sha).isPresent(), content.entities().toString());
			assertTrue(content.relations().stream().anyMatch(r -> r.type().equals("used")
					&& r.object().equals("excerpt/E2/1")), content.relations().toString());
			assertTrue(content.agents().stream().anyMatch(a -> a.name().equals("org.verbatim.report")),
					content.agents().toString());
		}
	}

	@Test
	void markupInAStatementStaysTextInHtmlAndMarkdownAndNothingRemoteIsLoaded() throws Exception {
		Path html = temp.resolve("r.html");
		Path md = temp.resolve("r.md");
		assertEquals(0, run("report", "--project", project, "--excerpts", "E2", "--format", "html", "--out", html.toString()));
		assertEquals(0, run("report", "--project", project, "--excerpts", "E2", "--format", "md", "--out", md.toString()));
		String page = Files.readString(html, StandardCharsets.UTF_8);
		assertFalse(page.contains("<script>alert"), page);
		assertFalse(page.contains("<img"), page);
		assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
		assertTrue(page.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"), page);
		// the only script elements are the two JSON data blocks, with markup characters escaped inside them
		assertEquals(2, Pattern.compile("<script").matcher(page).results().count(), page);
		assertEquals(2, Pattern.compile("<script type=\"application/(ld\\+)?json\" id=\"verbatim-(annotations|provenance)\">")
				.matcher(page).results().count(), page);
		assertTrue(page.contains("\\u003cscript\\u003e"), page);
		assertFalse(Pattern.compile("(src|href)\\s*=", Pattern.CASE_INSENSITIVE).matcher(page.replace("src=x", ""))
				.find(), "no attribute loads or links anything: " + page);
		assertTrue(page.contains("default-src 'none'"), "a content security policy forbids loading");
		String text = Files.readString(md, StandardCharsets.UTF_8);
		assertTrue(text.contains("\\<script\\>alert\\(1\\)\\<\\/script\\>"), text);
		assertTrue(text.contains("\\[a link\\]\\(http\\:\\/\\/evil\\.example\\)"), text);
		assertTrue(text.contains("\\*\\*bold\\*\\*"), text);
	}

	@Test
	void aPdfReportHoldsTheQuotesAsTextWithTheirCitationsAndAttachedAnnotations() throws Exception {
		Path file = temp.resolve("report.pdf");
		assertEquals(0, run("report", "--project", project, "--excerpts", "E1,E2", "--format", "pdf", "--out",
				file.toString(), "--title", "Khojaly: what was said", "--intro", "Two quotes, one of them hostile markup."),
				errLines().toString());
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertTrue(text.contains("Khojaly: what was said"), text);
			assertTrue(text.contains("\u201c" + QUOTE + "\u201d"), text);
			assertTrue(text.contains("Abdulaziz Othman Altwaijri, Director General"), text);
			assertTrue(text.contains("<script>alert(1)</script>"), "markup is printed as text: " + text);
			assertTrue(text.contains("original SHA-256"), text);
			assertEquals("Khojaly: what was said", pdf.getDocumentInformation().getTitle());
			var files = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
			String annotations = new String(files.get("verbatim-annotations.json").getEmbeddedFile().toByteArray(),
					StandardCharsets.UTF_8);
			assertTrue(annotations.contains("\"exact\":\"" + QUOTE + "\""), annotations);
		}
	}

	@Test
	void aDocxReportIsAWellFormedWordPackageWithTheQuotesAsText() throws Exception {
		Path file = temp.resolve("report.docx");
		assertEquals(0, run("report", "--project", project, "--excerpts", "E2,E1", "--format", "docx", "--out",
				file.toString(), "--template", "dossier"), errLines().toString());
		java.util.Map<String, byte[]> parts = new java.util.TreeMap<>();
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
			for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null;) {
				parts.put(e.getName(), zip.readAllBytes());
			}
		}
		assertTrue(parts.keySet().containsAll(List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml",
				"word/styles.xml", "word/_rels/document.xml.rels", "docProps/core.xml")), parts.keySet().toString());
		javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		for (var part : parts.entrySet()) {
			// every part is well-formed XML (the parser throws otherwise)
			factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(part.getValue()));
		}
		org.w3c.dom.Document document = factory.newDocumentBuilder()
				.parse(new java.io.ByteArrayInputStream(parts.get("word/document.xml")));
		String text = document.getDocumentElement().getTextContent();
		assertTrue(text.contains("\u201c" + QUOTE + "\u201d"), text);
		assertTrue(text.contains(HOSTILE), "markup in a statement is text in the document: " + text);
		assertTrue(text.contains("Abdulaziz Othman Altwaijri"), text);
		assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength());
	}

	@Test
	void verifyReportChecksEveryQuoteAgainstTheProjectOrTheBundleAndNamesAnEditedOne() throws Exception {
		Path html = temp.resolve("r.html");
		Path pdf = temp.resolve("r.pdf");
		Path bundle = temp.resolve("r-evidence.zip");
		assertEquals(0, run("report", "--project", project, "--excerpts", "E1,E2", "--format", "html", "--out",
				html.toString(), "--bundle", bundle.toString()));
		assertEquals(0, run("report", "--project", project, "--excerpts", "E1,E2", "--format", "pdf", "--out",
				pdf.toString()));
		assertEquals(0, run("verify-report", "--project", project, html.toString()), out() + errLines());
		assertTrue(out().contains("E1   VERIFIED") && out().contains("All 2 quotes verified."), out());
		assertEquals(0, run("verify-report", "--bundle", bundle.toString(), html.toString()), out() + errLines());
		assertEquals(0, run("verify-report", "--bundle", bundle.toString(), pdf.toString()), out() + errLines());
		assertEquals(0, run("verify-report", "--project", project, "--json", pdf.toString()));
		assertTrue(out().contains("\"quotes\":2,\"verified\":2,\"failed\":0"), out());

		// a reader changes one word of a quote in the report
		String page = Files.readString(html, StandardCharsets.UTF_8);
		Files.writeString(html, page.replace("<blockquote>" + QUOTE, "<blockquote>" + QUOTE.replace("hundreds", "thousands")),
				StandardCharsets.UTF_8);
		assertEquals(4, run("verify-report", "--bundle", bundle.toString(), html.toString()));
		assertTrue(out().contains("E1   EDITED") && out().contains("killed thousands"), out());
		assertTrue(out().contains("E2   VERIFIED") && out().contains("1 of 2 quotes failed."), out());

		// the selectors changed to match: the original then disagrees
		Files.writeString(html, Files.readString(html, StandardCharsets.UTF_8).replace("\"exact\":\"" + QUOTE,
				"\"exact\":\"" + QUOTE.replace("hundreds", "thousands")), StandardCharsets.UTF_8);
		assertEquals(4, run("verify-report", "--project", project, html.toString()));
		assertTrue(out().contains("E1   NOT IN ORIGINAL") && out().contains("killed hundreds"), out());

		assertEquals(1, run("verify-report", "--bundle", html.toString(), pdf.toString()));
		assertTrue(errLines().get(0).contains("is not an evidence bundle"), errLines().toString());
		Path bib = temp.resolve("r.bib");
		assertEquals(0, run("report", "--project", project, "--excerpts", "E1", "--format", "bibtex", "--out", bib.toString()));
		assertEquals(1, run("verify-report", "--project", project, bib.toString()));
		assertTrue(errLines().get(0).contains("carries no quote selectors"), errLines().toString());
		assertEquals(2, run("verify-report", html.toString()));
	}

	@Test
	void benchReportTimesEveryFormatAndVerifiesEveryQuote() {
		assertEquals(0, run("bench", "report", "--quotes", "23", "--json"), errLines().toString());
		String json = out();
		for (String key : List.of("assemble_s", "export_html_s", "export_md_s", "export_pdf_s", "export_docx_s",
				"export_csl_json_s", "export_bibtex_s", "export_ris_s", "verify_html_s", "verify_pdf_s", "verify_md_s",
				"verify_docx_s")) {
			assertTrue(json.contains("\"" + key + "\":"), key + " in " + json);
		}
		assertTrue(json.contains("\"quotes\":23,"), json);
		for (String format : List.of("html", "pdf", "md", "docx")) {
			assertTrue(json.contains("\"verified_" + format + "_quotes\":23"), format + " in " + json);
		}
		assertEquals(2, run("bench", "report", "--quotes", "0"));
	}

	@Test
	void aTagChoosesTheExcerptsAndTemplatesArrangeThem() throws Exception {
		Path file = temp.resolve("tagged.md");
		assertEquals(0, run("report", "--project", project, "--tag", "casualties", "--format", "md", "--out",
				file.toString(), "--template", "chronology", "--json"));
		assertTrue(out().contains("\"quotes\":1,\"excerpts\":[\"E1\"]"), out());
		String md = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(md.contains("\n## 2019\n"), "chronology sections by year: " + md);
		assertTrue(md.contains("> " + QUOTE + "\n"), md);
	}

	@Test
	void aQueryChoosesTheExcerptsItFinds() throws Exception {
		Path file = temp.resolve("found.md");
		assertEquals(0, run("report", "--project", project, "--query", "civilian OR embassy", "--format", "md", "--out",
				file.toString(), "--json"));
		assertTrue(out().contains("\"quotes\":2,\"excerpts\":[\"E1\",\"E2\"]"), "both, in id order: " + out());
		assertEquals(0, run("report", "--project", project, "--query", "note:casualty", "--format", "md", "--out",
				temp.resolve("noted.md").toString(), "--json"));
		assertTrue(out().contains("\"excerpts\":[\"E1\"]"), "the note is searched: " + out());
		assertEquals(1, run("report", "--project", project, "--query", "Khojaly", "--format", "md", "--out",
				temp.resolve("none.md").toString()));
		assertEquals(1, errLines().size(), errLines().toString());
		assertTrue(errLines().get(0).contains("finds no excerpt"), "statements that match are not excerpts: " + errLines());
		assertFalse(Files.exists(temp.resolve("none.md")));
		assertEquals(2, run("report", "--project", project, "--query", "civilians", "--tag", "casualties", "--format", "md",
				"--out", temp.resolve("two.md").toString()));
		assertTrue(errLines().get(0).contains("one of --excerpts"), errLines().toString());
	}

	@Test
	void anExistingFileIsKeptUnlessForcedAndBadChoicesAreOneLine() throws Exception {
		Path file = temp.resolve("kept.html");
		Files.writeString(file, "the analyst's own file");
		assertEquals(1, run("report", "--project", project, "--excerpts", "E1", "--format", "html", "--out", file.toString()));
		assertEquals(1, errLines().size(), errLines().toString());
		assertTrue(errLines().get(0).contains("exists already") && errLines().get(0).contains("--force"), errLines().get(0));
		assertEquals("the analyst's own file", Files.readString(file));
		assertEquals(0, run("report", "--project", project, "--excerpts", "E1", "--format", "html", "--out", file.toString(),
				"--force"));
		assertTrue(Files.readString(file).startsWith("<!DOCTYPE html>"));
		try (Stream<Path> left = Files.list(temp)) {
			assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no partial file is left");
		}
		assertEquals(1, run("report", "--project", project, "--excerpts", "E9", "--format", "md", "--out",
				temp.resolve("x.md").toString()));
		assertTrue(errLines().get(0).contains("has no excerpt E9"), errLines().toString());
		assertFalse(Files.exists(temp.resolve("x.md")), "nothing is written for a bad choice");
		assertEquals(2, run("report", "--project", project, "--excerpts", "E1", "--format", "docx2", "--out",
				temp.resolve("x.docx").toString()));
		assertTrue(errLines().get(0).contains("unknown --format 'docx2'"), errLines().toString());
		assertEquals(1, run("report", "--project", project, "--excerpts", "E1", "--format", "md", "--out",
				temp.resolve("no-such-folder/x.md").toString()));
		assertTrue(errLines().get(0).contains("the folder does not exist"), errLines().toString());
		assertEquals(1, run("report", "--project", project, "--tag", "nothing-tagged", "--format", "md", "--out",
				temp.resolve("y.md").toString()));
		assertTrue(errLines().get(0).contains("no excerpt is tagged 'nothing-tagged'"), errLines().toString());
	}
}
