package org.verbatim.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verbatim.core.OffsetMap;

/**
 * An archived HTML original made safe to show in a browser widget, with a passage marked. A
 * Content-Security-Policy that allows nothing from anywhere (only the page's own inline styles and
 * {@code data:} images) is put at the start of the page's head, so the engine fetches no image,
 * style sheet, font, frame or script from the network or the disk; and the passage's text (between
 * tags, never inside one) is wrapped in {@code <mark class="verbatim-sync">} elements, the first with
 * the id {@value #MARK_ID}. The original's bytes are not touched: this is a copy for the screen.
 */
final class OriginalHtml {

	/** The id of the first element marking the passage. */
	static final String MARK_ID = "verbatim-sync";

	/** What the page may load: nothing but its own inline styles and data: images. */
	static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

	private static final String HEAD = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">"
			+ "<style>mark.verbatim-sync{background:#ffe066;color:inherit;outline:1px solid #d4a000}</style>";

	private static final Pattern HEAD_TAG = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
	private static final Pattern HTML_TAG = Pattern.compile("<html(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

	private OriginalHtml() {
	}

	/** The page {@code html} with the policy in its head and {@code passage} (if any) marked. */
	static String safe(String html, Optional<OffsetMap.Span> passage) {
		List<int[]> pieces = passage.map(span -> textPieces(html, span)).orElse(List.of());
		String head = HEAD;
		int position = policyPosition(html);
		StringBuilder page = new StringBuilder(html.length() + head.length() + pieces.size() * 40);
		int at = 0;
		boolean headDone = false;
		for (int i = 0; i < pieces.size(); i++) {
			int[] piece = pieces.get(i);
			if (!headDone && position <= piece[0]) {
				page.append(html, at, position).append(head);
				at = position;
				headDone = true;
			}
			page.append(html, at, piece[0]);
			page.append(i == 0 ? "<mark class=\"verbatim-sync\" id=\"" + MARK_ID + "\">" : "<mark class=\"verbatim-sync\">");
			page.append(html, piece[0], piece[1]).append("</mark>");
			at = piece[1];
		}
		if (!headDone) {
			int end = Math.max(position, at);
			page.append(html, at, end).append(head);
			at = end;
		}
		page.append(html, at, html.length());
		return page.toString();
	}

	/** Where the policy goes: just after {@code <head>}, else after {@code <html>}, else first. */
	private static int policyPosition(String html) {
		Matcher head = HEAD_TAG.matcher(html);
		if (head.find()) {
			return head.end();
		}
		Matcher root = HTML_TAG.matcher(html);
		return root.find() ? root.end() : 0;
	}

	/**
	 * The stretches of {@code span} that are text between tags (not markup), each {@code [start,
	 * end)}, skipping stretches of white space alone.
	 */
	static List<int[]> textPieces(String html, OffsetMap.Span span) {
		List<int[]> pieces = new ArrayList<>();
		int end = Math.min(span.end(), html.length());
		int i = Math.max(0, span.start());
		// a span that starts inside a tag starts after it
		int lastOpen = html.lastIndexOf('<', i - 1);
		int lastClose = html.lastIndexOf('>', i - 1);
		if (lastOpen > lastClose && i > 0) {
			int close = html.indexOf('>', i);
			i = close < 0 ? end : close + 1;
		}
		int start = i;
		while (i < end) {
			char c = html.charAt(i);
			if (c == '<') {
				add(pieces, html, start, i);
				int close = html.indexOf('>', i);
				i = close < 0 ? end : close + 1;
				start = i;
			} else {
				i++;
			}
		}
		add(pieces, html, start, Math.min(i, end));
		return pieces;
	}

	private static void add(List<int[]> pieces, String html, int start, int end) {
		if (end > start && !html.substring(start, end).isBlank()) {
			pieces.add(new int[] { start, end });
		}
	}
}
