package org.verbatim.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verbatim.core.OffsetMap;

/**
 * An archived HTML original made safe to show in a browser widget, with every text run tagged with
 * where it stands in the original and a passage marked. The original's bytes are not touched: this
 * is a copy for the screen.
 * <p>
 * A Content-Security-Policy that allows nothing from anywhere (only the page's own inline styles and
 * {@code data:} images; no script of the page's, inline or not, no event handler attribute, no
 * {@code javascript:} URL) is the first thing of the page (after its doctype), before any markup of
 * the page's, so the engine fetches no image, style sheet, font, frame or script from the network or
 * the disk and runs none of the page's scripts. The browser still runs the editor's own two scripts,
 * {@link #SCROLL_SCRIPT} and {@link #SELECTION_SCRIPT}, which the widget injects through its API and
 * which a page's policy does not govern.
 * <p>
 * Every stretch of text between tags (outside comments, {@code script}, {@code style},
 * {@code title}, {@code textarea} and the other raw-text elements, and outside {@code svg} and
 * {@code math}) is wrapped in a {@code <v-run data-at="N">} element, N being the offset of its first
 * character in the decoded original; a character reference or a line break the parser turns into
 * other characters is a run of its own that also says where it ends ({@code data-to}). The passage's
 * runs are wrapped in {@code <mark class="verbatim-sync">} elements, the first with the id
 * {@value #MARK_ID}.
 */
final class OriginalHtml {

	/** The id of the first element marking the passage. */
	static final String MARK_ID = "verbatim-sync";

	/** The element that wraps each run of the original's text. */
	static final String RUN = "v-run";

	/** What the page may load and run: nothing but its own inline styles and data: images. */
	static final String POLICY = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:;"
			+ " font-src data:";

	/** Scrolls the marked passage to the middle of the view; the editor's own script, run after loading. */
	static final String SCROLL_SCRIPT = "var m=document.getElementById('" + MARK_ID + "');"
			+ "if(m){m.scrollIntoView({block:'center'});}";

	/**
	 * Returns the selection in the page as {@code [start, end]} offsets of the decoded original (from
	 * the runs it starts and ends in), or {@code null} when nothing of the original's text is selected.
	 * A boundary outside any run moves to the next run (start) or the previous one (end); a boundary
	 * inside a character reference takes the whole reference.
	 */
	static final String SELECTION_SCRIPT = """
			var s = window.getSelection();
			if (!s || s.rangeCount < 1 || s.isCollapsed) return null;
			var r = s.getRangeAt(0), runs = document.getElementsByTagName('%1$s');
			function at(e) { return +e.getAttribute('data-at'); }
			function to(e) { return e.hasAttribute('data-to') ? +e.getAttribute('data-to') : at(e) + e.textContent.length; }
			function run(n) { for (; n; n = n.parentNode) { if (n.nodeName === '%2$s') return n; } return null; }
			function edge(c, o, end) {
				var e = run(c);
				if (e && c.nodeType === 3) {
					if (e.hasAttribute('data-to')) return end ? (o > 0 ? to(e) : at(e)) : (o < c.length ? at(e) : to(e));
					return at(e) + o;
				}
				var x = document.createRange(), i;
				if (end) {
					for (i = runs.length - 1; i >= 0; i--) { x.selectNodeContents(runs[i]); if (x.comparePoint(c, o) >= 0) return to(runs[i]); }
				} else {
					for (i = 0; i < runs.length; i++) { x.selectNodeContents(runs[i]); if (x.comparePoint(c, o) <= 0) return at(runs[i]); }
				}
				return null;
			}
			var a = edge(r.startContainer, r.startOffset, false), b = edge(r.endContainer, r.endOffset, true);
			return a === null || b === null || b <= a ? null : [a, b];
			""".formatted(RUN, RUN.toUpperCase(Locale.ROOT));

	private static final String HEAD = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">"
			+ "<style>mark.verbatim-sync{background:#ffe066;color:inherit;outline:1px solid #d4a000}</style>";

	/** White space and comments, then a doctype: the policy goes after it, so the page keeps its mode. */
	private static final Pattern DOCTYPE = Pattern.compile("\\A(?:\\s|<!--.*?-->)*<!doctype[^>]*>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/** What the parser turns into other characters: a character reference, a CR (LF) line break. */
	private static final Pattern CHANGED_BY_PARSER = Pattern
			.compile("&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)|\r\n?");

	/** Elements whose content the parser takes as text up to their end tag: never wrapped. */
	private static final Set<String> RAW_TEXT = Set.of("script", "style", "title", "textarea", "xmp", "iframe",
			"noembed", "noframes", "noscript", "plaintext");

	/** Elements after whose start tag the parser drops one line break. */
	private static final Set<String> DROPS_NEWLINE = Set.of("pre", "listing", "textarea");

	/** Foreign content: an HTML element in it would break out of it, so its text is not wrapped. */
	private static final Set<String> FOREIGN = Set.of("svg", "math");

	/**
	 * A run of the original's text to wrap, {@code [start, end)} of the decoded original; an atomic
	 * one (a character reference, a line break) is mapped as a whole.
	 */
	record Run(int start, int end, boolean atomic) {
	}

	private OriginalHtml() {
	}

	/** The page {@code html} with the policy first, its text runs tagged and {@code passage} (if any) marked. */
	static String safe(String html, Optional<OffsetMap.Span> passage) {
		List<Run> runs = runs(html);
		int position = policyPosition(html);
		StringBuilder page = new StringBuilder(html.length() + HEAD.length() + runs.size() * 40);
		page.append(html, 0, position).append(HEAD);
		int at = position;
		boolean first = true;
		for (Run run : runs) {
			if (run.start() < position) {
				continue;
			}
			page.append(html, at, run.start());
			for (Run piece : split(run, passage)) {
				boolean marked = passage.isPresent() && piece.start() < passage.get().end()
						&& piece.end() > passage.get().start();
				if (marked) {
					page.append(first ? "<mark class=\"verbatim-sync\" id=\"" + MARK_ID + "\">" : "<mark class=\"verbatim-sync\">");
					first = false;
				}
				page.append('<').append(RUN).append(" data-at=\"").append(piece.start()).append('"');
				if (piece.atomic()) {
					page.append(" data-to=\"").append(piece.end()).append('"');
				}
				page.append('>').append(html, piece.start(), piece.end()).append("</").append(RUN).append('>');
				if (marked) {
					page.append("</mark>");
				}
			}
			at = run.end();
		}
		page.append(html, at, html.length());
		return page.toString();
	}

	/** A run cut where the passage starts and ends (an atomic run stays whole). */
	private static List<Run> split(Run run, Optional<OffsetMap.Span> passage) {
		if (passage.isEmpty() || run.atomic()) {
			return List.of(run);
		}
		List<Run> pieces = new ArrayList<>(3);
		int start = run.start();
		for (int cut : new int[] { passage.get().start(), passage.get().end() }) {
			if (cut > start && cut < run.end()) {
				pieces.add(new Run(start, cut, false));
				start = cut;
			}
		}
		pieces.add(new Run(start, run.end(), false));
		return pieces;
	}

	/** Where the policy goes: after a leading doctype, else first of all. */
	private static int policyPosition(String html) {
		Matcher doctype = DOCTYPE.matcher(html);
		return doctype.find() ? doctype.end() : 0;
	}

	/**
	 * The runs of text of {@code html} that the page shows: the stretches between tags outside
	 * comments, raw-text elements and foreign content, without stretches of white space alone (white
	 * space between table rows must stay bare, or the parser moves the wrapper out of the table), each
	 * cut at character references and CR line breaks, which are runs of their own.
	 */
	static List<Run> runs(String html) {
		List<Run> runs = new ArrayList<>();
		int length = html.length();
		int foreign = 0;
		int text = 0;
		int i = 0;
		while (i < length) {
			int open = html.indexOf('<', i);
			if (open < 0) {
				break;
			}
			int after = open + 1;
			char next = after < length ? html.charAt(after) : ' ';
			if (html.startsWith("<!--", open)) {
				addText(runs, html, text, open, foreign);
				int close = html.indexOf("-->", open + 4);
				i = text = close < 0 ? length : close + 3;
			} else if (next == '!' || next == '?') {
				addText(runs, html, text, open, foreign);
				i = text = tagEnd(html, open);
			} else if (next == '/' && after + 1 < length && Character.isLetter(html.charAt(after + 1))) {
				addText(runs, html, text, open, foreign);
				String name = tagName(html, after + 1);
				if (FOREIGN.contains(name) && foreign > 0) {
					foreign--;
				}
				i = text = tagEnd(html, open);
			} else if (Character.isLetter(next)) {
				addText(runs, html, text, open, foreign);
				String name = tagName(html, after);
				int end = tagEnd(html, open);
				boolean selfClosing = end >= 2 && html.charAt(end - 2) == '/';
				if (FOREIGN.contains(name) && !selfClosing) {
					foreign++;
				}
				i = text = end;
				if (RAW_TEXT.contains(name) && foreign == 0) {
					int close = name.equals("plaintext") ? -1 : indexOfIgnoreCase(html, "</" + name, end);
					i = text = close < 0 ? length : close;
				} else if (DROPS_NEWLINE.contains(name)) {
					text += html.startsWith("\r\n", text) ? 2 : html.startsWith("\n", text) || html.startsWith("\r", text) ? 1 : 0;
					i = text;
				}
			} else {
				// a '<' that starts no tag ("a < b") is text
				i = after;
			}
		}
		addText(runs, html, text, length, foreign);
		return runs;
	}

	/** Adds the text {@code [start, end)} as runs, cut at what the parser changes, unless it is blank or foreign. */
	private static void addText(List<Run> runs, String html, int start, int end, int foreign) {
		if (foreign > 0 || end <= start || html.substring(start, end).isBlank()) {
			return;
		}
		Matcher changed = CHANGED_BY_PARSER.matcher(html).region(start, end);
		int at = start;
		while (changed.find()) {
			if (changed.start() > at) {
				runs.add(new Run(at, changed.start(), false));
			}
			runs.add(new Run(changed.start(), changed.end(), true));
			at = changed.end();
		}
		if (end > at) {
			runs.add(new Run(at, end, false));
		}
	}

	/** The lower-case name of the tag whose name starts at {@code start}. */
	private static String tagName(String html, int start) {
		int end = start;
		while (end < html.length()) {
			char c = html.charAt(end);
			if (Character.isWhitespace(c) || c == '/' || c == '>') {
				break;
			}
			end++;
		}
		return html.substring(start, end).toLowerCase(Locale.ROOT);
	}

	/** Just after the {@code >} that ends the tag opened at {@code open}; a quoted attribute value may hold {@code >}. */
	private static int tagEnd(String html, int open) {
		char quote = 0;
		char previous = 0;
		for (int i = open + 1; i < html.length(); i++) {
			char c = html.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
			} else if ((c == '"' || c == '\'') && previous == '=') {
				quote = c;
			} else if (c == '>') {
				return i + 1;
			}
			if (!Character.isWhitespace(c)) {
				previous = c;
			}
		}
		return html.length();
	}

	private static int indexOfIgnoreCase(String html, String part, int from) {
		for (int i = from; i + part.length() <= html.length(); i++) {
			if (html.regionMatches(true, i, part, 0, part.length())) {
				return i;
			}
		}
		return -1;
	}
}
