package org.verbatim.importer.internal.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text statistics of every element of a page, gathered in one pass (iteratively, so any nesting
 * depth is fine): visible text length, how much of it is link text, commas, and counts of
 * paragraphs, images, list items, inputs, headings and embedded objects.
 */
final class BlockStats {

	/** The figures of one element, its descendants included. */
	static final class Figures {
		int text;
		int linkText;
		int headingText;
		int commas;
		int paragraphs;
		int images;
		int listItems;
		int inputs;
		int embeds;
		int blockChildren;
		int lineBreaks;
		/** Text in paragraphs of some length with few links: the kind an article is made of. */
		int proseText;

		/**
		 * Whether the block reads like several paragraphs of prose with few links, whatever its
		 * names say.
		 */
		boolean readsLikeProse() {
			return readsLikeProse(0);
		}

		/**
		 * Whether the block reads like prose, or holds more than half of {@code allProse}, the prose
		 * of the whole page.
		 */
		boolean readsLikeProse(int allProse) {
			if (allProse > 0 && proseText * 2 > allProse) {
				return true;
			}
			return paragraphs + lineBreaks / 2 >= PROSE_PARAGRAPHS && text >= PROSE_TEXT && linkDensity() < PROSE_LINK_DENSITY;
		}

		double linkDensity() {
			return text == 0 ? 0 : (double) linkText / text;
		}

		private void add(Figures other) {
			text += other.text;
			linkText += other.linkText;
			headingText += other.headingText;
			commas += other.commas;
			paragraphs += other.paragraphs;
			images += other.images;
			listItems += other.listItems;
			inputs += other.inputs;
			embeds += other.embeds;
			lineBreaks += other.lineBreaks;
			proseText += other.proseText;
		}
	}

	private static final int PROSE_PARAGRAPHS = 3;
	private static final int PROSE_TEXT = 500;
	private static final double PROSE_LINK_DENSITY = 0.25;
	private static final int PROSE_PARAGRAPH_TEXT = 60;

	private static final Figures NONE = new Figures();

	private final Map<Element, Figures> figures = new IdentityHashMap<>();

	private BlockStats() {
	}

	/** Gathers the figures of {@code root} and everything in it, leaving out {@code skipped} elements. */
	static BlockStats of(Element root, Set<Element> skipped) {
		BlockStats stats = new BlockStats();
		NodeTraversor.filter(new NodeFilter() {
			private int linkDepth;
			private int headingDepth;

			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof Element element) {
					if (skipped.contains(element)) {
						return FilterResult.SKIP_ENTIRELY;
					}
					String name = element.normalName();
					Figures own = new Figures();
					stats.figures.put(element, own);
					switch (name) {
					case "a" -> linkDepth++;
					case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth++;
					case "p" -> own.paragraphs++;
					case "img", "picture" -> own.images++;
					case "li" -> own.listItems++;
					case "br" -> own.lineBreaks++;
					case "input", "select", "textarea", "button" -> own.inputs++;
					case "iframe", "object", "embed", "video", "audio" -> own.embeds++;
					default -> {
					}
					}
					if (PageElements.isNonText(element)) {
						return FilterResult.SKIP_CHILDREN;
					}
				} else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
					Figures own = stats.figures.get(parent);
					if (own != null) {
						String s = text.getWholeText();
						int visible = 0;
						int commas = 0;
						for (int i = 0; i < s.length(); i++) {
							char c = s.charAt(i);
							if (!CleanTextWriter.isSpace(c)) {
								visible++;
								if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
									commas++;
								}
							}
						}
						own.text += visible;
						own.commas += commas;
						if (linkDepth > 0) {
							own.linkText += visible;
						}
						if (headingDepth > 0) {
							own.headingText += visible;
						}
					}
				}
				return FilterResult.CONTINUE;
			}

			@Override
			public FilterResult tail(Node node, int depth) {
				if (node instanceof Element element) {
					String name = element.normalName();
					if (name.equals("a")) {
						linkDepth--;
					} else if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
						headingDepth--;
					}
					Figures own = stats.figures.get(element);
					if (own != null && isProseParagraph(name, own)) {
						own.proseText = own.text;
					}
					if (own != null && element != root && element.parent() != null) {
						Figures parent = stats.figures.get(element.parent());
						if (parent != null) {
							parent.add(own);
							if (CleanTextWriter.BLOCKS.contains(name)) {
								parent.blockChildren++;
							}
						}
					}
				}
				return FilterResult.CONTINUE;
			}
		}, root);
		return stats;
	}

	private static boolean isProseParagraph(String name, Figures own) {
		boolean paragraph = name.equals("p") || name.equals("blockquote") || name.equals("pre")
				|| own.blockChildren == 0 && (name.equals("div") || name.equals("section") || name.equals("td"));
		return paragraph && own.text >= PROSE_PARAGRAPH_TEXT && own.linkDensity() < PROSE_LINK_DENSITY;
	}

	/** The figures of {@code element}; all zero for an element left out or outside the root. */
	Figures of(Element element) {
		return figures.getOrDefault(element, NONE);
	}
}
