package org.verbatim.importer.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.verbatim.core.OffsetMap;
import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.DocumentExtractor;
import org.verbatim.importer.Extraction;
import org.verbatim.core.Removal;
import org.verbatim.importer.internal.metadata.TextMetadataReader;

/**
 * Cleans plain text scraped from a web page: lines of page furniture are left out, each with the
 * rule that recognised it, and the statement's own lines are kept character for character. Rules
 * work by line shape and words ({@link LineRules}), by position (a site's name as the first or last
 * line; everything after a comment form or teaser heading that follows the bulk of the text) and by
 * repetition (a headline given twice before the body). Kept lines lose only the white space around
 * them; they are joined by one line break where the original had one, else by a blank line.
 */
@Component(service = DocumentExtractor.class, property = "service.ranking:Integer=0")
public final class ScrapeCleaner implements DocumentExtractor {

	/** Rule: a site's name written as a domain, alone on the first or last line. */
	static final String SITE_NAME = TextMetadataReader.SITE_NAME;

	/** Rule: a headline line repeated before the body starts (page title and article title). */
	static final String DUPLICATE_HEADLINE = TextMetadataReader.DUPLICATE_HEADLINE;

	/** Rule: a line after the end of the article (a comment form or teaser heading ends it). */
	static final String AFTER_ARTICLE_END = "after-article-end";

	private static final int REMOVAL_TEXT_LIMIT = 500;

	/**
	 * A body line ends a sentence, or is longer than any headline (scraped headlines run to forty
	 * words); headlines and widgets are neither.
	 */
	private static final int BODY_WORDS = 60;

	private final LineRules rules = new LineRules();

	private final TextMetadataReader metadata = new TextMetadataReader();

	@Override
	public boolean handles(String mediaType) {
		return mediaType.toLowerCase(Locale.ROOT).startsWith("text/plain");
	}

	@Override
	public Extraction extract(DecodedDocument document) {
		String text = document.text();
		List<TextLine> lines = TextLine.split(text).stream().filter(line -> !line.blank()).toList();
		String[] rule = new String[lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			rule[i] = rules.classify(lines.get(i).content(text)).orElse(null);
		}
		markSiteNames(text, lines, rule);
		markDuplicateHeadline(text, lines, rule);
		markAfterArticleEnd(text, lines, rule);
		return assemble(text, lines, rule);
	}

	private static void markSiteNames(String text, List<TextLine> lines, String[] rule) {
		int first = nextKept(rule, 0);
		if (first >= 0 && LineRules.isDomainName(lines.get(first).content(text))) {
			rule[first] = SITE_NAME;
		}
		int last = previousKept(rule, lines.size() - 1);
		if (last >= 0 && LineRules.isDomainName(lines.get(last).content(text))) {
			rule[last] = SITE_NAME;
		}
	}

	/** Before the first body line, a line equal to an earlier kept line is the headline repeated. */
	private static void markDuplicateHeadline(String text, List<TextLine> lines, String[] rule) {
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			if (rule[i] != null) {
				continue;
			}
			String content = lines.get(i).content(text);
			if (isBody(content)) {
				return;
			}
			if (seen.putIfAbsent(content, i) != null && LineRules.words(content) >= 3) {
				rule[i] = DUPLICATE_HEADLINE;
			}
		}
	}

	/**
	 * A comment form, captcha or teaser heading that comes after the larger part of the kept text
	 * (and after at least one body line) ends the article: what follows is the site's, not the
	 * statement's.
	 */
	private static void markAfterArticleEnd(String text, List<TextLine> lines, String[] rule) {
		long total = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (rule[i] == null) {
				total += lines.get(i).contentEnd() - lines.get(i).contentStart();
			}
		}
		long before = 0;
		boolean bodySeen = false;
		for (int i = 0; i < lines.size(); i++) {
			if (rule[i] == null) {
				before += lines.get(i).contentEnd() - lines.get(i).contentStart();
				bodySeen |= isBody(lines.get(i).content(text));
			} else if (bodySeen && endsArticle(rule[i]) && before >= total - before) {
				for (int j = i + 1; j < lines.size(); j++) {
					if (rule[j] == null) {
						rule[j] = AFTER_ARTICLE_END;
					}
				}
				return;
			}
		}
	}

	private static boolean endsArticle(String rule) {
		return LineRules.COMMENT_FORM.equals(rule) || LineRules.CAPTCHA.equals(rule)
				|| LineRules.TEASER_HEADING.equals(rule);
	}

	private static boolean isBody(String content) {
		if (content.length() > LineRules.MAX_FURNITURE_LENGTH) {
			return true;
		}
		int words = LineRules.words(content);
		char last = content.charAt(content.length() - 1);
		return words >= BODY_WORDS || words >= 8 && ".!?”\"»".indexOf(last) >= 0;
	}

	private static int nextKept(String[] rule, int from) {
		for (int i = from; i < rule.length; i++) {
			if (rule[i] == null) {
				return i;
			}
		}
		return -1;
	}

	private static int previousKept(String[] rule, int from) {
		for (int i = from; i >= 0; i--) {
			if (rule[i] == null) {
				return i;
			}
		}
		return -1;
	}

	private Extraction assemble(String text, List<TextLine> lines, String[] rule) {
		StringBuilder clean = new StringBuilder();
		OffsetMap.Builder offsets = new OffsetMap.Builder();
		List<Removal> removals = new ArrayList<>();
		TextLine previous = null;
		boolean removedSincePrevious = false;
		for (int i = 0; i < lines.size(); i++) {
			TextLine line = lines.get(i);
			if (rule[i] != null) {
				removals.add(new Removal(line.contentStart(), line.contentEnd(), rule[i],
						shorten(line.content(text))));
				removedSincePrevious = true;
				continue;
			}
			if (previous != null) {
				separate(text, previous, line, removedSincePrevious, clean, offsets);
			}
			clean.append(text, line.contentStart(), line.contentEnd());
			offsets.copy(line.contentStart(), line.contentEnd() - line.contentStart());
			previous = line;
			removedSincePrevious = false;
		}
		String cleanText = clean.toString();
		return new Extraction(cleanText, offsets.build(), removals, metadata.read(cleanText, removals));
	}

	/**
	 * Writes the break between two kept lines: copied when the original has exactly that break,
	 * otherwise a replacement standing for the white space that follows the earlier line.
	 */
	private static void separate(String text, TextLine previous, TextLine next, boolean removedBetween,
			StringBuilder clean, OffsetMap.Builder offsets) {
		int gapStart = previous.contentEnd();
		int gapEnd = gapStart;
		int breaks = 0;
		while (gapEnd < next.contentStart() && TextLine.isSpace(text.charAt(gapEnd))) {
			char c = text.charAt(gapEnd);
			if (c == '\n' || c == '\r' && (gapEnd + 1 >= text.length() || text.charAt(gapEnd + 1) != '\n')) {
				breaks++;
			}
			gapEnd++;
		}
		String separator = breaks == 1 && !removedBetween ? "\n" : "\n\n";
		clean.append(separator);
		if (text.regionMatches(gapStart, separator, 0, separator.length()) && gapEnd - gapStart == separator.length()) {
			offsets.copy(gapStart, separator.length());
		} else {
			offsets.replace(separator.length(), gapStart, gapEnd);
		}
	}

	private static String shorten(String content) {
		return content.length() <= REMOVAL_TEXT_LIMIT ? content : content.substring(0, REMOVAL_TEXT_LIMIT - 1) + "…";
	}
}
