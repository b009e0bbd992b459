package org.verbatim.sample.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.Extraction;
import org.verbatim.importer.TextCleaner;
import org.verbatim.importer.TextRemoval;

/**
 * Removes a press release's notes to editors from its clean text: the {@code FOR IMMEDIATE RELEASE}
 * line and the {@code Media contact:} line that distributors put above the release. They are
 * instructions to newsrooms, not the ministry's words. It runs on every statement, whichever
 * extractor cleaned it, and only names what to remove: Verbatim cuts it out and keeps the offsets
 * of everything else.
 */
@Component(service = TextCleaner.class, property = "service.ranking:Integer=100")
public class ReleaseNoticeCleaner implements TextCleaner {

	@Override
	public List<TextRemoval> remove(String source, DecodedDocument document, Extraction extraction) {
		String text = extraction.cleanText();
		List<TextRemoval> removals = new ArrayList<>();
		for (int start = 0; start < text.length();) {
			int end = lineEnd(text, start);
			String line = text.substring(start, end).strip().toLowerCase(Locale.ROOT);
			if (line.equals("for immediate release")) {
				removals.add(new TextRemoval(start, end, "immediate-release-line",
						"a distributor's note to editors, not part of the statement"));
			} else if (line.startsWith("media contact:")) {
				removals.add(new TextRemoval(start, end, "media-contact-line",
						"a distributor's contact details, not part of the statement"));
			}
			start = end;
		}
		return removals;
	}

	/** Where the line at {@code start} ends, with its line break and the blank lines after it. */
	private static int lineEnd(String text, int start) {
		int newline = text.indexOf('\n', start);
		int end = newline < 0 ? text.length() : newline + 1;
		while (end < text.length() && (text.charAt(end) == '\n' || text.charAt(end) == '\r')) {
			end++;
		}
		return end;
	}
}
