package org.verbatim.provenance.internal.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

import org.verbatim.core.EventReference;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.NewStatement;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Removal;
import org.verbatim.core.Retrieval;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementMetadata;

/**
 * Statements shaped like imported press releases, made from a seed: an HTML page with navigation,
 * a headline, a dateline, paragraphs with entities and non-ASCII names, and a share widget; its clean
 * text with an offset map of copied and replaced runs, the removed navigation and widget, metadata
 * with evidence spans, and a fetch with HTTP headers. Only for measuring and testing verification:
 * the page is consistent with its clean text as an import would have made it.
 */
public final class GeneratedStatements {

	private static final String[] WORDS = ("ministry embassy statement commemoration anniversary tragedy people "
			+ "government republic nation memory victims solidarity international community peace region "
			+ "Khojaly Xocalı Bakı Qarabağ January February March killed hundreds civilians report officials "
			+ "condemn remember honour support negotiations conflict settlement resolution council").split(" ");

	private static final String[] SPEAKERS = { "Elmar Məmmədyarov", "Hikmet Hajiyev", "Leyla Abdullayeva",
			"Jeyhun Bayramov" };

	private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

	private final Random random;

	/** Statements made from {@code seed}: the same seed makes the same statements. */
	public GeneratedStatements(long seed) {
		this.random = new Random(seed);
	}

	/** Statement number {@code n} (distinct pages for distinct numbers). */
	public NewStatement next(int n) {
		Page page = new Page();
		String title = "Statement " + n + " on the " + word() + " of " + word();
		LocalDate issued = FIRST_DAY.plusDays(random.nextInt(9000));
		String speaker = SPEAKERS[random.nextInt(SPEAKERS.length)];

		page.markup("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title
				+ " | Ministry</title></head>\n<body>\n");
		page.removed("<nav><a href=\"/\">Home</a> | <a href=\"/press\">Press</a> | <a href=\"/en\">English</a></nav>",
				"nav-element");
		page.markup("\n<h1>");
		int titleStart = page.clean();
		page.text(title);
		int titleEnd = page.clean();
		page.markup("</h1>\n");
		page.block();
		page.markup("<p class=\"dateline\">");
		int datelineStart = page.clean();
		String dateline = "Baku, " + issued;
		page.text(dateline);
		int datelineEnd = page.clean();
		page.markup("</p>\n");
		int speakerStart = -1;
		int paragraphs = 2 + random.nextInt(4);
		for (int p = 0; p < paragraphs; p++) {
			page.block();
			page.markup("<p>");
			if (p == 0) {
				speakerStart = page.clean();
				page.text(speaker);
				page.text(", the spokesperson, said: ");
			}
			int sentences = 2 + random.nextInt(5);
			for (int s = 0; s < sentences; s++) {
				if (s > 0) {
					page.whitespace(random.nextBoolean() ? " " : "\n   ");
				}
				sentence(page);
			}
			page.markup("</p>\n");
		}
		page.removed("<div class=\"share\">Share this: Facebook Twitter E-mail</div>", "share-widget");
		page.markup("\n</body></html>\n");

		Evidence titleEvidence = new Evidence("h1", title, Optional.of(new OffsetMap.Span(titleStart, titleEnd)));
		Evidence dateEvidence = new Evidence("dateline-date", dateline,
				Optional.of(new OffsetMap.Span(datelineStart, datelineEnd)));
		Evidence speakerEvidence = new Evidence("said-by", speaker,
				Optional.of(new OffsetMap.Span(speakerStart, speakerStart + speaker.length())));
		StatementMetadata metadata = new StatementMetadata(Optional.of(new Evidenced<>(title, titleEvidence)),
				Optional.of(new Evidenced<>(issued, dateEvidence)), Optional.empty(),
				Optional.of(new Evidenced<>("Baku", new Evidence("dateline-place", dateline,
						Optional.of(new OffsetMap.Span(datelineStart, datelineStart + 4))))),
				List.of(new Speaker(speaker, Optional.of("spokesperson"), Optional.of("Ministry of Foreign Affairs"),
						speakerEvidence)),
				Optional.empty(), Optional.of(new Evidenced<>("en", new Evidence("html-lang", "en", Optional.empty()))),
				List.of(new EventReference("Khojaly tragedy", Optional.of(LocalDate.of(1992, 2, 26)), Optional.empty(),
						new Evidence("known-event", "Khojaly", Optional.empty()))),
				Optional.empty());
		String source = "https://mfa.example.org/press/" + n;
		Retrieval retrieval = new Retrieval(source, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n),
				Optional.of(source + "/"), OptionalInt.of(200),
				List.of("Content-Type: text/html; charset=utf-8", "Server: example"));
		String html = page.original.toString();
		return new NewStatement(source, html.getBytes(UTF_8), Optional.of(title), page.cleanText.toString(), "UTF-8",
				"http-header", page.offsets.build(), page.removals, metadata, Optional.of(retrieval),
				org.verbatim.core.prov.ImportTools.verbatim());
	}

	private void sentence(Page page) {
		int words = 6 + random.nextInt(14);
		for (int w = 0; w < words; w++) {
			if (w > 0) {
				page.text(" ");
			}
			int kind = random.nextInt(20);
			if (kind == 0) {
				page.entity("&amp;", "&");
			} else if (kind == 1) {
				page.entity("&#8217;", "\u2019");
			} else {
				page.text(word());
			}
		}
		page.text(".");
	}

	private String word() {
		return WORDS[random.nextInt(WORDS.length)];
	}

	/** A page being written with its clean text, offset map and removals in step. */
	private static final class Page {
		final StringBuilder original = new StringBuilder(4096);
		final StringBuilder cleanText = new StringBuilder(2048);
		final OffsetMap.Builder offsets = new OffsetMap.Builder();
		final List<Removal> removals = new java.util.ArrayList<>();

		int clean() {
			return cleanText.length();
		}

		/** Tags: in the original only. */
		void markup(String tags) {
			original.append(tags);
		}

		/** Text copied as it is. */
		void text(String text) {
			offsets.copy(original.length(), text.length());
			original.append(text);
			cleanText.append(text);
		}

		/** White space in the original that the clean text has as one space. */
		void whitespace(String space) {
			int start = original.length();
			original.append(space);
			offsets.replace(1, start, original.length());
			cleanText.append(' ');
		}

		/** A character reference that the clean text has as its character. */
		void entity(String reference, String character) {
			int start = original.length();
			original.append(reference);
			offsets.replace(character.length(), start, original.length());
			cleanText.append(character);
		}

		/** A paragraph break in the clean text, standing for no original characters. */
		void block() {
			if (cleanText.length() > 0) {
				int at = original.length();
				offsets.replace(2, at, at);
				cleanText.append("\n\n");
			}
		}

		/** Page furniture cleaning removed. */
		void removed(String html, String rule) {
			int start = original.length();
			original.append(html);
			String shown = html.replaceAll("<[^>]*>", "");
			removals.add(new Removal(start, original.length(), rule, shown));
		}
	}
}
