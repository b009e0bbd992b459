package org.verbatim.importer.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.verbatim.core.Evidenced;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.StatementMetadata;
import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.Extraction;
import org.verbatim.core.Removal;

class HtmlExtractorTest {

	private static final String PARAGRAPH = "<p>The minister said on Tuesday that the talks, which lasted three days, had been "
			+ "constructive, and that both sides would meet again in spring to settle the remaining questions.</p>\n";

	private final HtmlExtractor extractor = new HtmlExtractor();

	private Extraction extract(String html) {
		return extract(html, Optional.empty());
	}

	private Extraction extract(String html, Optional<URI> location) {
		Extraction extraction = extractor.extract(new DecodedDocument(html, "UTF-8", "option", "text/html", location));
		OffsetMapCheck.assertMapsBack("page", html, extraction);
		return extraction;
	}

	private static String article(String body) {
		return "<html><head><title>Talks resume | Daily Planet</title></head><body>" + body + "</body></html>";
	}

	@Test
	void handlesHtmlAndXhtmlButNotPlainText() {
		assertTrue(extractor.handles("text/html"));
		assertTrue(extractor.handles("text/html; charset=UTF-8"));
		assertTrue(extractor.handles("application/xhtml+xml"));
		assertFalse(extractor.handles("text/plain"));
	}

	@Test
	void emptyDocumentGivesEmptyTextAndNoMetadata() {
		Extraction extraction = extract("");
		assertEquals("", extraction.cleanText());
		assertEquals(0, extraction.offsets().cleanLength());
		assertTrue(extraction.metadata().title().isEmpty());
	}

	@Test
	void markupFreeTextIsCopiedWithCollapsedWhiteSpace() {
		String text = "Statement   of the\n ministry.";
		Extraction extraction = extract(text);
		assertEquals("Statement of the ministry.", extraction.cleanText());
		OffsetMap.Span span = extraction.offsets().toOriginal(17, 25);
		assertEquals("ministry", text.substring(span.start(), span.end()));
	}

	@Test
	void characterReferencesDecodeAndMapToTheReference() {
		String html = article("<p>Fish &amp; chips &#8212; &quot;quoted&quot;</p>");
		Extraction extraction = extract(html);
		assertEquals("Fish & chips \u2014 \"quoted\"", extraction.cleanText());
		OffsetMap.Span amp = extraction.offsets().toOriginal(5, 6);
		assertEquals("&amp;", html.substring(amp.start(), amp.end()));
		OffsetMap.Span dash = extraction.offsets().toOriginal(13, 14);
		assertEquals("&#8212;", html.substring(dash.start(), dash.end()));
	}

	@Test
	void paragraphsAreSeparatedByOneLineBreak() {
		Extraction extraction = extract(article("<div><p>First  paragraph,\n here.</p><p>Second one.</p></div>"));
		assertEquals("First paragraph, here.\nSecond one.", extraction.cleanText());
	}

	@Test
	void furnitureIsRemovedAndEachRemovalNamesItsRule() {
		String html = article("""
				<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
				<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
				<div id="google_translate_element">This page was translated by machine translation.</div>
				<article><h1>Talks resume</h1>""" + PARAGRAPH.repeat(4) + """
				<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
				</article>
				<div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Talks stall again</a></li>
				<li><a href="/b">Minister resigns</a></li></ul></div>
				<form id="commentform"><p>Leave a comment</p><textarea></textarea></form>
				<footer>Copyright Daily Planet</footer>""");
		Extraction extraction = extract(html);
		String clean = extraction.cleanText();
		assertTrue(clean.startsWith("The minister said on Tuesday"), clean);
		for (String furniture : new String[] { "Home", "cookies", "translated", "Talks resume", "Share on", "Minister resigns",
				"Leave a comment", "Copyright" }) {
			assertFalse(clean.contains(furniture), furniture + " left in: " + clean);
		}
		Set<String> rules = extraction.removals().stream().map(Removal::rule).collect(Collectors.toSet());
		assertTrue(rules.containsAll(Set.of("nav-element", "cookie-notice", "machine-translation-notice",
				"duplicate-headline", "share-widget", "footer-element")), rules.toString());
		assertTrue(rules.contains("comment-section") || rules.contains("form-element"), rules.toString());
		for (Removal removal : extraction.removals()) {
			if (removal.rule().equals("cookie-notice")) {
				assertTrue(html.substring(removal.originalStart(), removal.originalEnd()).contains("We use cookies"));
			}
		}
	}

	@Test
	void malformedMarkupStillMapsEveryCharacter() {
		String html = "<html><body><div><p>Unclosed <b>bold <i>and italic</b> text</i><table><p>fostered "
				+ "&amp paragraph<td>cell</table></div></span></body><p>after the body & more &#xZZ; &notanentity;";
		Extraction extraction = extract(html);
		assertTrue(extraction.cleanText().contains("Unclosed bold and italic text"), extraction.cleanText());
	}

	@Test
	void tenThousandNestedElementsDoNotOverflowTheStack() {
		String html = "<html><body>" + "<div>".repeat(10_000) + "<p>Deep inside, the text is still found.</p>"
				+ "</div>".repeat(10_000) + "</body></html>";
		Extraction extraction = extract(html);
		assertTrue(extraction.cleanText().contains("Deep inside, the text is still found."), extraction.cleanText());
	}

	@Test
	void fiftyMegabytePageIsExtractedInReasonableTime() {
		StringBuilder html = new StringBuilder(52_000_000).append("<html><body><nav><a href=\"/\">Home</a></nav><article>");
		while (html.length() < 50_000_000) {
			html.append(PARAGRAPH).append("<div class=\"ad\"><a href=\"/x\">Advert</a></div>\n");
		}
		html.append("</article></body></html>");
		String page = html.toString();
		Extraction extraction = assertTimeout(Duration.ofSeconds(90),
				() -> extractor.extract(new DecodedDocument(page, "UTF-8", "option", "text/html", Optional.empty())));
		assertTrue(extraction.cleanText().length() > 20_000_000, "clean text of " + extraction.cleanText().length());
		assertFalse(extraction.cleanText().contains("Advert"));
	}

	@Test
	void metadataComesFromMetaTagsWithTheirRules() {
		String html = """
				<html lang="en_gb"><head><title>Talks resume - Daily Planet</title>
				<meta property="og:title" content="Talks resume after three days">
				<meta property="og:site_name" content="Daily Planet">
				<meta property="article:published_time" content="2019-02-22T10:00:00Z">
				<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2019-02-23T08:00:00Z"}</script>
				</head><body>""" + PARAGRAPH + "</body></html>";
		StatementMetadata metadata = extract(html).metadata();
		assertEquals("Talks resume after three days", metadata.title().map(Evidenced::value).orElseThrow());
		assertEquals("meta[property=og:title]", metadata.title().orElseThrow().evidence().rule());
		assertEquals(LocalDate.of(2019, 2, 22), metadata.issued().map(Evidenced::value).orElseThrow());
		assertEquals("meta[property=article:published_time]", metadata.issued().orElseThrow().evidence().rule());
		assertEquals(LocalDate.of(2019, 2, 23), metadata.updated().map(Evidenced::value).orElseThrow());
		assertEquals("json-ld:dateModified", metadata.updated().orElseThrow().evidence().rule());
		assertEquals("Daily Planet", metadata.publisher().map(Evidenced::value).orElseThrow());
		assertEquals("en-GB", metadata.language().map(Evidenced::value).orElseThrow());
		assertTrue(metadata.speakers().isEmpty());
	}

	@Test
	void titleFallsBackToTheTitleElementWithoutSiteNameAndDateToTheUrl() {
		String html = "<html><head><title>Talks resume after three days | Daily Planet</title></head><body>" + PARAGRAPH
				+ "</body></html>";
		StatementMetadata metadata = extract(html, Optional.of(URI.create("https://example.org/news/2019/02/22/talks/")))
				.metadata();
		assertEquals("Talks resume after three days", metadata.title().map(Evidenced::value).orElseThrow());
		assertEquals("title-element", metadata.title().orElseThrow().evidence().rule());
		assertEquals(LocalDate.of(2019, 2, 22), metadata.issued().map(Evidenced::value).orElseThrow());
		assertEquals("url-path", metadata.issued().orElseThrow().evidence().rule());
		assertTrue(metadata.language().isEmpty());
	}

	@Test
	void textWrittenStraightIntoAContainerOutscoresALoneParagraphElsewhere() {
		String html = article("""
				<div class="page"><h1>Ferry strike ends after nine days</h1>
				<div class="story-text">
				The ferry workers' union said on Monday that its members, who had stopped work nine days ago, would \
				return to the boats on Tuesday morning.<div class="gap"></div>The agreement, reached late on Sunday, \
				raises wages by four percent this year and three percent next year, a spokeswoman for the operator \
				said.<div class="gap"></div>Passengers were told to expect delays until Wednesday.
				</div>
				<div class="latest"><ul>
				<li><a href="/a"><span>Council approves new harbour wall, work to start in May</span></a> 12:10</li>
				<li><a href="/b"><span>Storm warning for the northern coast, schools close early</span></a> 11:02</li>
				</ul></div>
				<div class="about"><p>The Harbour Times, founded in 1921, is the daily newspaper of the coast.</p></div>
				</div>""");
		String clean = extract(html).cleanText();
		assertTrue(clean.startsWith("The ferry workers' union said on Monday"), clean);
		assertTrue(clean.endsWith("Passengers were told to expect delays until Wednesday."), clean);
		assertFalse(clean.contains("Harbour Times"), clean);
		assertFalse(clean.contains("Council approves"), clean);
	}
}
