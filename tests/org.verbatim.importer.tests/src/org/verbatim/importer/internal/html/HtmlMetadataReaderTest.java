package org.verbatim.importer.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.verbatim.core.Evidenced;
import org.verbatim.core.StatementMetadata;

/** The headline and publication date rules of the HTML metadata, on pages made up for each rule. */
class HtmlMetadataReaderTest {

	private static final String TEXT = "<p>" + "The delegations met again on Tuesday and agreed to continue. ".repeat(6)
			+ "</p>";

	private static StatementMetadata read(String head, String body, String url) {
		String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
		return HtmlMetadataReader.read(Jsoup.parse(html, url), Optional.of(URI.create(url)));
	}

	private static StatementMetadata read(String head, String body) {
		return read(head, body, "https://planet.example/news/talks-resume");
	}

	private static void assertTitle(String expected, String rule, StatementMetadata metadata) {
		assertEquals(expected, metadata.title().map(Evidenced::value).orElseThrow());
		assertEquals(rule, metadata.title().orElseThrow().evidence().rule());
	}

	private static void assertIssued(LocalDate expected, String rule, StatementMetadata metadata) {
		assertEquals(expected, metadata.issued().map(Evidenced::value).orElseThrow());
		assertEquals(rule, metadata.issued().orElseThrow().evidence().rule());
	}

	@Test
	void theHeadingThatOgTitleConsistsOfWinsOverASectionPrefix() {
		StatementMetadata metadata = read("<meta property=\"og:title\" content=\"Opinion | Talks resume after three days\">",
				"<h1>Menu</h1><article><h1>Talks resume after three days</h1>" + TEXT + "</article>");
		assertTitle("Talks resume after three days", "h1 matching meta[property=og:title]", metadata);
	}

	@Test
	void theHeadingMatchesDespiteTypographyAndAFinalFullStop() {
		StatementMetadata metadata = read(
				"<meta property=\"og:title\" content=\"Stadia doesn't run at a stable 60fps. - Game Site\">",
				"<h1>Stadia doesn\u2019t run at a stable 60fps</h1>" + TEXT);
		assertTitle("Stadia doesn\u2019t run at a stable 60fps", "h1 matching meta[property=og:title]", metadata);
	}

	@Test
	void theJsonLdHeadlineFindsTheHeadingWhenOgTitleIsASocialHeadline() {
		StatementMetadata metadata = read("""
				<meta property="og:title" content="You won't believe these jam recipes | Kitchen Blog">
				<script type="application/ld+json">{"@type":"BlogPosting","headline":"Homemade pear jam for the holidays"}</script>
				""", "<h1>Kitchen Blog</h1><h1>Homemade pear jam for the holidays</h1>" + TEXT);
		assertTitle("Homemade pear jam for the holidays", "h1 matching json-ld:headline", metadata);
	}

	@Test
	void aHeadingThatIsTheSiteNameOrItsHomeLinkIsNoHeadline() {
		StatementMetadata metadata = read("""
				<meta property="og:site_name" content="Daily Planet">
				<meta property="og:title" content="Talks resume after three days - Daily Planet">
				""", "<h1>Daily Planet</h1><a href=\"/\"><h1>Planet News</h1></a>"
				+ "<h2>Talks resume after three days</h2>" + TEXT);
		assertTitle("Talks resume after three days", "h2 matching meta[property=og:title]", metadata);
		StatementMetadata logoOnly = read("<title>Talks resume after three days - Planet</title>",
				"<h1><a href=\"https://planet.example/\">Planet News</a></h1>" + TEXT);
		assertTitle("Talks resume after three days", "title-element", logoOnly);
	}

	@Test
	void withoutAMatchingHeadingTheFirstRealHeadingIsTheVisibleHeadline() {
		StatementMetadata metadata = read("<meta property=\"og:title\" content=\"Talks are back on\">",
				"<h1>Negotiators resume talks after three days</h1>" + TEXT);
		assertTitle("Negotiators resume talks after three days", "h1", metadata);
	}

	@Test
	void withoutHeadingsOgTitleLosesTheSiteNameFromOgSiteNameOrARepeatedSuffix() {
		StatementMetadata named = read("""
				<meta property="og:site_name" content="Daily Planet">
				<meta property="og:title" content="Talks resume after three days | Daily Planet">
				""", TEXT);
		assertTitle("Talks resume after three days", "meta[property=og:title]", named);
		StatementMetadata repeated = read("""
				<meta property="og:title" content="Talks resume after three days \u2013 Planet Online">
				<title>Negotiators resume talks \u2013 Planet Online</title>
				""", TEXT);
		assertTitle("Talks resume after three days", "meta[property=og:title]", repeated);
		StatementMetadata colon = read("<meta property=\"og:title\" content=\"Assange: Sweden drops investigation\">",
				TEXT);
		assertTitle("Assange: Sweden drops investigation", "meta[property=og:title]", colon);
	}

	@Test
	void jsonLdDatePublishedComesBeforeTheMetaTags() {
		StatementMetadata metadata = read("""
				<meta property="article:published_time" content="2019-02-22T10:00:00+01:00">
				<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-02-20T10:00:00+01:00"}</script>
				""", "<h1>Talks resume</h1>" + TEXT);
		assertIssued(LocalDate.of(2019, 2, 20), "json-ld:datePublished", metadata);
	}

	@Test
	void theDayShownNextToTheHeadlineIsTheLocalDayOfAUtcInstant() {
		StatementMetadata metadata = read("<meta property=\"article:published_time\" content=\"2019-11-20T04:31:13Z\">",
				"<h1>Talks resume</h1><p class=\"byline\">Ann Smith</p><span>Nov 19, 2019, 10:31 pm CST</span>" + TEXT);
		assertIssued(LocalDate.of(2019, 11, 19), "date-after-headline", metadata);
	}

	@Test
	void aShownDateFarFromTheMachineReadableOneOrInACaptionIsNotThePublicationDate() {
		StatementMetadata far = read("<meta property=\"article:published_time\" content=\"2019-11-20T10:00:00Z\">",
				"<h1>Talks resume</h1><span>March 3, 2017</span>" + TEXT);
		assertIssued(LocalDate.of(2019, 11, 20), "meta[property=article:published_time]", far);
		StatementMetadata caption = read("<meta property=\"article:published_time\" content=\"2019-11-19T21:57:01Z\">",
				"<h1>Talks resume</h1><figcaption>Traders work on the floor of the stock exchange in New York, U.S., "
						+ "November 18, 2019, before the talks resumed.</figcaption>" + TEXT);
		assertIssued(LocalDate.of(2019, 11, 19), "meta[property=article:published_time]", caption);
	}

	@Test
	void anUpdateStampYieldsToThePostedDateAndOnlyBoundsTheDayOtherwise() {
		StatementMetadata posted = read("<meta property=\"article:published_time\" content=\"2019-11-19T01:19:34Z\">",
				"<h1>Talks resume</h1><time>Updated Nov 19, 9:41 AM;</time><time>Posted Nov 18, 8:19 PM</time>" + TEXT);
		assertIssued(LocalDate.of(2019, 11, 18), "date-after-headline", posted);
		StatementMetadata updatedLater = read(
				"<meta property=\"article:published_time\" content=\"2019-11-20T02:07:18Z\">",
				"<h1>Talks resume</h1><span>Updated 12:24 am EST, Wednesday, November 20, 2019</span>" + TEXT);
		assertIssued(LocalDate.of(2019, 11, 20), "meta[property=article:published_time]", updatedLater);
		StatementMetadata updatedEarlier = read(
				"<meta property=\"article:published_time\" content=\"2019-11-20T05:57:50Z\">",
				"<h1>Talks resume</h1><span>Updated 10:01 pm PST, Tuesday, November 19, 2019</span>" + TEXT);
		assertIssued(LocalDate.of(2019, 11, 19), "date-after-headline", updatedEarlier);
	}

	@Test
	void aPlaceholderYearIsIgnoredAndTheUrlDateTaken() {
		StatementMetadata metadata = read(
				"<script type=\"application/ld+json\">{\"datePublished\":\"0001-01-01T00:00:00Z\"}</script>",
				"<h1>Talks resume</h1>" + TEXT, "https://planet.example/story/news/2019/11/19/talks-resume/123/");
		assertIssued(LocalDate.of(2019, 11, 19), "url-path", metadata);
	}

	@Test
	void machineReadableDatesInOtherFormatsAreRead() {
		StatementMetadata rfc = read(
				"<script type=\"application/ld+json\">{\"datePublished\":\"Mon, 18 Nov 2019 16:07:38 -0600\"}</script>",
				"<h1>Talks resume</h1>" + TEXT);
		assertIssued(LocalDate.of(2019, 11, 18), "json-ld:datePublished", rfc);
		StatementMetadata written = read(
				"<meta property=\"article:published_time\" content=\"November 19, 2019, 07:47 PM EST\">",
				"<h1>Talks resume</h1>" + TEXT);
		assertIssued(LocalDate.of(2019, 11, 19), "meta[property=article:published_time]", written);
	}

	@Test
	void aBylineDateBeforeTheHeadlineCountsWhenNoneFollowsIt() {
		StatementMetadata metadata = read("", "<p class=\"about\"><span>Von</span> <a href=\"/author/mb\">Moritz B.</a> "
				+ "<span>publiziert am 25. September 2018</span></p><h1>Die elektronische Patientenakte</h1>" + TEXT);
		assertIssued(LocalDate.of(2018, 9, 25), "date-before-headline", metadata);
	}

	@Test
	void theHeadlineRepeatedInTheArticleIsTheOneBesideTheByline() {
		StatementMetadata metadata = read("""
				<script type="application/ld+json">{"datePublished":"2019-11-19T11:30:42Z"}</script>
				""", "<header><h1>The Impeachment Clock</h1><span>Nov. 20, 2019</span></header>"
				+ "<main><article><h1>The Impeachment Clock</h1><span>November 19, 2019 6:30 AM</span>" + TEXT
				+ "</article></main>");
		assertIssued(LocalDate.of(2019, 11, 19), "date-after-headline", metadata);
	}
}
