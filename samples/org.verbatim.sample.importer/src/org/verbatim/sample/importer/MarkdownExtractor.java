package org.verbatim.sample.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Removal;
import org.verbatim.core.StatementMetadata;
import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.DocumentExtractor;
import org.verbatim.importer.Extraction;

/**
 * Reads press releases written in Markdown: the title from the first {@code #} heading, the date
 * from a front-matter {@code date:} line, and the text without its markup. Every clean character
 * keeps its place in the original (the offset map), and every piece of markup left out is listed
 * as a removal with its rule.
 */
@Component(service = DocumentExtractor.class, property = "service.ranking:Integer=100")
public class MarkdownExtractor implements DocumentExtractor {

	/** The media type this extractor reads. */
	public static final String TEXT_MARKDOWN = "text/markdown";

	@Override
	public boolean handles(String mediaType) {
		return TEXT_MARKDOWN.equals(mediaType);
	}

	@Override
	public Set<String> fileTypes() {
		return Set.of("md", "markdown");
	}

	@Override
	public Extraction extract(DecodedDocument document) {
		MarkdownText text = new MarkdownText(document.text());
		int bodyStart = text.skipFrontMatter();
		Optional<Evidenced<String>> title = Optional.empty();
		for (int line = bodyStart; line < document.text().length(); line = text.nextLine(line)) {
			Optional<Evidenced<String>> heading = text.cleanLine(line);
			if (title.isEmpty()) {
				title = heading;
			}
		}
		StatementMetadata metadata = new StatementMetadata(title, text.frontMatterDate(), Optional.empty(),
				Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
		return new Extraction(text.clean(), text.offsets(), text.removals(), metadata);
	}

	/** One document being cleaned: the clean text, its offset map and removals, written together. */
	private static final class MarkdownText {

		private final String original;
		private final StringBuilder clean = new StringBuilder();
		private final OffsetMap.Builder offsets = new OffsetMap.Builder();
		private final List<Removal> removals = new ArrayList<>();
		private Optional<Evidenced<LocalDate>> date = Optional.empty();

		MarkdownText(String original) {
			this.original = original;
		}

		/** Keeps {@code original[start, end)} in the clean text. */
		private void keep(int start, int end) {
			clean.append(original, start, end);
			offsets.copy(start, end - start);
		}

		/** Leaves {@code original[start, end)} out, recording why. */
		private void drop(int start, int end, String rule) {
			if (end > start) {
				removals.add(new Removal(start, end, rule, original.substring(start, end)));
			}
		}

		int nextLine(int start) {
			int newline = original.indexOf('\n', start);
			return newline < 0 ? original.length() : newline + 1;
		}

		/** The end of the line at {@code start}, before its line break. */
		private int lineEnd(int start) {
			int end = nextLine(start);
			while (end > start && (original.charAt(end - 1) == '\n' || original.charAt(end - 1) == '\r')) {
				end--;
			}
			return end;
		}

		/**
		 * Leaves out a front matter block ({@code ---} lines around {@code key: value} lines) at the
		 * start, reading its {@code date:}; returns where the body starts.
		 */
		int skipFrontMatter() {
			if (!original.startsWith("---") || lineEnd(0) != 3) {
				return 0;
			}
			for (int line = nextLine(0); line < original.length(); line = nextLine(line)) {
				String content = original.substring(line, lineEnd(line));
				if (content.equals("---")) {
					drop(0, nextLine(line), "markdown-front-matter");
					return nextLine(line);
				}
				if (content.startsWith("date:")) {
					readDate(content);
				}
			}
			date = Optional.empty(); // not closed: not front matter after all
			return 0;
		}

		private void readDate(String line) {
			try {
				LocalDate value = LocalDate.parse(line.substring("date:".length()).strip().replace("\"", ""));
				date = Optional.of(new Evidenced<>(value, new Evidence("markdown-front-matter-date", line, Optional.empty())));
			} catch (DateTimeParseException e) {
				// a date the analyst must read: Verbatim never guesses silently
			}
		}

		/**
		 * Writes one line's text without its markup; a {@code #} heading is returned as a title with
		 * its evidence.
		 */
		Optional<Evidenced<String>> cleanLine(int start) {
			int end = lineEnd(start);
			int text = start;
			boolean heading = false;
			int hashes = 0;
			while (text + hashes < end && original.charAt(text + hashes) == '#') {
				hashes++;
			}
			if (hashes > 0 && hashes <= 6 && (text + hashes == end || original.charAt(text + hashes) == ' ')) {
				heading = hashes == 1;
				text = Math.min(end, text + hashes + 1);
				drop(start, text, "markdown-heading-marker");
			} else if (original.startsWith("> ", text) || original.startsWith("- ", text)
					|| original.startsWith("* ", text)) {
				drop(start, start + 2, original.charAt(start) == '>' ? "markdown-quote-marker" : "markdown-list-marker");
				text = start + 2;
			}
			int cleanStart = clean.length();
			inline(text, end);
			int cleanEnd = clean.length();
			keep(end, nextLine(start)); // the line break
			if (!heading || cleanEnd == cleanStart) {
				return Optional.empty();
			}
			String title = clean.substring(cleanStart, cleanEnd).strip();
			return Optional.of(new Evidenced<>(title, new Evidence("markdown-heading", original.substring(start, end),
					Optional.of(new OffsetMap.Span(cleanStart, cleanEnd)))));
		}

		/** Writes {@code original[start, end)} without emphasis markers, images and link targets. */
		private void inline(int start, int end) {
			int kept = start;
			int i = start;
			while (i < end) {
				char c = original.charAt(i);
				if (c == '*' || c == '_' || c == '`') {
					keep(kept, i);
					drop(i, i + 1, "markdown-emphasis");
					kept = ++i;
				} else if (c == '!' && i + 1 < end && original.charAt(i + 1) == '[' && linkEnd(i + 1, end) > 0) {
					keep(kept, i);
					int after = linkEnd(i + 1, end);
					drop(i, after, "markdown-image");
					kept = i = after;
				} else if (c == '[' && linkEnd(i, end) > 0) {
					keep(kept, i);
					int close = original.indexOf("](", i);
					int after = linkEnd(i, end);
					drop(i, i + 1, "markdown-link");
					keep(i + 1, close);
					drop(close, after, "markdown-link");
					kept = i = after;
				} else {
					i++;
				}
			}
			keep(kept, end);
		}

		/** Where a {@code [text](target)} starting at {@code open} ends, or -1 when it is not one. */
		private int linkEnd(int open, int end) {
			int close = original.indexOf("](", open);
			if (close < 0 || close >= end) {
				return -1;
			}
			int paren = original.indexOf(')', close);
			return paren < 0 || paren >= end ? -1 : paren + 1;
		}

		Optional<Evidenced<LocalDate>> frontMatterDate() {
			return date;
		}

		String clean() {
			return clean.toString();
		}

		OffsetMap offsets() {
			return offsets.build();
		}

		List<Removal> removals() {
			return removals;
		}
	}
}
