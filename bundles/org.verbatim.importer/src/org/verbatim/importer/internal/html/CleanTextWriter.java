package org.verbatim.importer.internal.html;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.verbatim.core.OffsetMap;

/**
 * Writes the text of chosen elements as clean paragraphs (one per line, white space collapsed)
 * while recording where each clean character came from in the decoded page. Copied characters map
 * one to one; a decoded character reference maps to the reference; a collapsed space maps to the
 * white space it stands for; a line break or a space that stands for tags maps to the markup between
 * the texts it separates (or to an empty span where that stretch holds more than markup).
 */
final class CleanTextWriter implements SourceAligner.Sink {

	/** Elements that start and end a paragraph. */
	static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
			"h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "thead", "tbody", "tfoot", "caption", "blockquote",
			"pre", "figure", "figcaption", "header", "footer", "address", "hr", "br", "form", "fieldset", "center",
			"details", "summary", "nav", "aside", "body", "html", "hgroup", "menu", "legend", "dialog");

	private static final Set<String> CELLS = Set.of("td", "th");

	/** A stretch of markup longer than this is not checked and a separator maps to an empty span. */
	private static final int LONGEST_CHECKED_GAP = 20_000;

	private enum Separator {
		NONE, SPACE, BREAK
	}

	private final String source;
	private final StringBuilder text = new StringBuilder();
	private final OffsetMap.Builder offsets = new OffsetMap.Builder();
	private int sourceDone;
	private Separator pending = Separator.NONE;
	private int spaceStart = -1;
	private int spaceEnd = -1;

	CleanTextWriter(String source) {
		this.source = source;
	}

	/**
	 * Appends the text of {@code root} as paragraphs of their own, leaving out the elements in
	 * {@code skipped} and text that the parser moved before text already written.
	 */
	void write(Element root, Set<Element> skipped) {
		breakParagraph();
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof Element element) {
					if (skipped.contains(element) || PageElements.isNonText(element)) {
						return FilterResult.SKIP_ENTIRELY;
					}
					separate(element);
				} else if (node instanceof TextNode textNode) {
					writeText(textNode);
				}
				return FilterResult.CONTINUE;
			}

			@Override
			public FilterResult tail(Node node, int depth) {
				if (node instanceof Element element) {
					separate(element);
				}
				return FilterResult.CONTINUE;
			}
		}, root);
		breakParagraph();
	}

	private void separate(Element element) {
		String name = element.normalName();
		if (BLOCKS.contains(name)) {
			breakParagraph();
		} else if (CELLS.contains(name) && pending == Separator.NONE) {
			pending = Separator.SPACE;
			spaceStart = -1;
		}
	}

	private void breakParagraph() {
		pending = Separator.BREAK;
	}

	private void writeText(TextNode node) {
		Range range = node.sourceRange();
		if (!range.isTracked() || range.startPos() < sourceDone) {
			return;
		}
		String decoded = node.getWholeText();
		SourceAligner.align(source, range.startPos(), range.endPos(), decoded, this);
	}

	@Override
	public void copy(char c, int sourceIndex) {
		if (isSpace(c)) {
			space(sourceIndex, sourceIndex + 1);
			return;
		}
		separator(sourceIndex);
		text.append(c);
		offsets.copy(sourceIndex, 1);
		sourceDone = sourceIndex + 1;
	}

	@Override
	public void reference(String decoded, int start, int end) {
		if (decoded.chars().allMatch(c -> isSpace((char) c))) {
			space(start, end);
			return;
		}
		separator(start);
		text.append(decoded);
		offsets.replace(decoded.length(), start, end);
		sourceDone = end;
	}

	private void space(int start, int end) {
		if (pending == Separator.BREAK) {
			return;
		}
		if (pending == Separator.SPACE && spaceStart >= 0) {
			if (start == spaceEnd) {
				spaceEnd = end;
			}
			return;
		}
		pending = Separator.SPACE;
		spaceStart = start;
		spaceEnd = end;
	}

	/** Writes the pending separator before the text that starts at {@code next}. */
	private void separator(int next) {
		if (text.length() > 0 && pending != Separator.NONE) {
			if (pending == Separator.SPACE && spaceStart >= 0) {
				text.append(' ');
				offsets.replace(1, spaceStart, spaceEnd);
			} else {
				text.append(pending == Separator.BREAK ? '\n' : ' ');
				if (isMarkupOnly(sourceDone, next)) {
					offsets.replace(1, sourceDone, next);
				} else {
					offsets.replace(1, next, next);
				}
			}
		}
		pending = Separator.NONE;
		spaceStart = -1;
	}

	private boolean isMarkupOnly(int start, int end) {
		if (end - start > LONGEST_CHECKED_GAP) {
			return false;
		}
		boolean inTag = false;
		for (int i = start; i < end; i++) {
			char c = source.charAt(i);
			if (inTag) {
				inTag = c != '>';
			} else if (c == '<') {
				inTag = true;
			} else if (!isSpace(c)) {
				return false;
			}
		}
		return !inTag;
	}

	/** White space that collapses: ASCII and Unicode spaces, including the no-break space. */
	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	String text() {
		return text.toString();
	}

	OffsetMap offsets() {
		return offsets.build();
	}
}
