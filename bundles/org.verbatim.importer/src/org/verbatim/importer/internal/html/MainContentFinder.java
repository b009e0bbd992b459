package org.verbatim.importer.internal.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the block of a page that holds the article: every paragraph-like element gives points to
 * its ancestors (more for longer text and more commas, less the further up), each candidate's
 * points are discounted by its link density, and the best candidate is kept together with those
 * siblings that score nearly as well or read like paragraphs of their own. The idea is
 * Readability's; the code and weights are ours.
 */
final class MainContentFinder {

	private static final Set<String> PARAGRAPH_LIKE = Set.of("p", "pre", "td", "blockquote");
	private static final Set<String> CONTAINER_LIKE = Set.of("div", "section", "article", "main", "span", "font",
			"center");
	private static final Set<String> BLOCK_CONTAINERS = Set.of("div", "section", "article", "main", "center");
	private static final int MIN_PARAGRAPH_TEXT = 20;
	private static final int ANCESTOR_LEVELS = 5;
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u3002\u061F][\"'\u201D\u2019)]?(\\s|$)");

	private final BlockStats stats;
	private final Set<Element> skipped;
	private final Map<Element, Double> scores = new IdentityHashMap<>();

	MainContentFinder(BlockStats stats, Set<Element> skipped) {
		this.stats = stats;
		this.skipped = skipped;
	}

	/**
	 * The elements that make up the article, in page order; {@code body} itself when no paragraph
	 * stands out.
	 */
	List<Element> select(Element body) {
		List<Element> paragraphs = new ArrayList<>();
		List<Element> looseTexts = new ArrayList<>();
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof Element element) {
					if (skipped.contains(element) || PageElements.isNonText(element)) {
						return FilterResult.SKIP_ENTIRELY;
					}
					if (isParagraphLike(element)) {
						paragraphs.add(element);
					} else if (BLOCK_CONTAINERS.contains(element.normalName())) {
						looseTexts.add(element);
					}
				}
				return FilterResult.CONTINUE;
			}
		}, body);
		for (Element paragraph : paragraphs) {
			BlockStats.Figures figures = stats.of(paragraph);
			if (figures.text < MIN_PARAGRAPH_TEXT) {
				continue;
			}
			givePoints(paragraph.parent(), figures.text, figures.commas, body);
		}
		// Text written straight into a container, between block children such as line-break divs, is a
		// paragraph of the container's own: without it such an article scores nothing and is lost.
		for (Element container : looseTexts) {
			int[] loose = looseText(container);
			if (loose[0] >= MIN_PARAGRAPH_TEXT) {
				givePoints(container, loose[0], loose[1], body);
			}
		}
		if (scores.isEmpty()) {
			return List.of(body);
		}
		Element top = null;
		double topScore = Double.NEGATIVE_INFINITY;
		for (Map.Entry<Element, Double> entry : scores.entrySet()) {
			double score = finalScore(entry.getKey());
			if (score > topScore || score == topScore && isBefore(entry.getKey(), top)) {
				top = entry.getKey();
				topScore = score;
			}
		}
		top = climb(top, body);
		return withSiblings(top, body);
	}

	/** Gives a paragraph's points to its container and, fewer the further up, to the container's ancestors. */
	private void givePoints(Element container, int text, int commas, Element body) {
		double points = 1 + commas + Math.min(text / 100.0, 3);
		Element ancestor = container;
		for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null && ancestor != body.parent(); level++) {
			double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
			scores.merge(ancestor, initialScore(ancestor) + points / divider, (old, add) -> old + points / divider);
			ancestor = ancestor.parent();
		}
	}

	/**
	 * Visible characters and commas of the text a container holds directly: its own text nodes and
	 * inline children other than links, not the text of its block children.
	 */
	private int[] looseText(Element container) {
		int text = 0;
		int commas = 0;
		for (Node child : container.childNodes()) {
			if (child instanceof TextNode textNode) {
				String s = textNode.getWholeText();
				for (int i = 0; i < s.length(); i++) {
					char c = s.charAt(i);
					if (!CleanTextWriter.isSpace(c)) {
						text++;
						commas += c == ',' ? 1 : 0;
					}
				}
			} else if (child instanceof Element inline && !CleanTextWriter.BLOCKS.contains(inline.normalName())
					&& !skipped.contains(inline) && !PageElements.isNonText(inline)) {
				BlockStats.Figures figures = stats.of(inline);
				if (figures.blockChildren == 0) {
					text += figures.text - figures.linkText;
					commas += figures.commas;
				}
			}
		}
		return new int[] { text, commas };
	}

	private double finalScore(Element element) {
		Double score = scores.get(element);
		return score == null ? 0 : score * (1 - stats.of(element).linkDensity());
	}

	/** Moves up to a parent that scores better, or that the candidate alone fills. */
	private Element climb(Element top, Element body) {
		double last = finalScore(top);
		double threshold = last / 3;
		Element parent = top.parent();
		while (parent != null && parent != body) {
			if (!scores.containsKey(parent)) {
				parent = parent.parent();
				continue;
			}
			double score = finalScore(parent);
			if (score < threshold) {
				break;
			}
			if (score > last) {
				top = parent;
				break;
			}
			last = score;
			parent = parent.parent();
		}
		while (top.parent() != null && top != body && top.parent() != body && onlyChildWithText(top)) {
			top = top.parent();
		}
		return top;
	}

	private boolean onlyChildWithText(Element element) {
		Element parent = element.parent();
		for (Element sibling : parent.children()) {
			if (sibling != element && !skipped.contains(sibling) && stats.of(sibling).text > 0) {
				return false;
			}
		}
		return true;
	}

	private List<Element> withSiblings(Element top, Element body) {
		if (top == body || top.parent() == null) {
			return List.of(top);
		}
		double topScore = finalScore(top);
		double threshold = Math.max(10, topScore * 0.2);
		List<Element> kept = new ArrayList<>();
		for (Element sibling : top.parent().children()) {
			if (sibling == top) {
				kept.add(sibling);
				continue;
			}
			if (skipped.contains(sibling) || PageElements.isNonText(sibling)) {
				continue;
			}
			double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
			if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold) {
				kept.add(sibling);
			} else if (isParagraphLike(sibling)) {
				BlockStats.Figures figures = stats.of(sibling);
				double linkDensity = figures.linkDensity();
				if (figures.text > 80 && linkDensity < 0.25 || figures.text > 0 && figures.text <= 80 && linkDensity == 0
						&& SENTENCE_END.matcher(sibling.text()).find()) {
					kept.add(sibling);
				}
			}
		}
		return kept;
	}

	private boolean isParagraphLike(Element element) {
		String name = element.normalName();
		if (PARAGRAPH_LIKE.contains(name)) {
			return true;
		}
		return CONTAINER_LIKE.contains(name) && stats.of(element).blockChildren == 0 && stats.of(element).text > 0
				&& !name.equals("span") && !name.equals("font");
	}

	private static double initialScore(Element element) {
		double score = switch (element.normalName()) {
		case "div", "article", "main", "section" -> 5;
		case "pre", "td", "blockquote" -> 3;
		case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
		case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
		default -> 0;
		};
		return score + PageElements.classWeight(element);
	}

	/** The score a candidate got, for cleaning decisions; 0 for elements that got none. */
	double scoreOf(Element element) {
		return finalScore(element);
	}

	private static boolean isBefore(Element a, Element b) {
		return b == null || a.sourceRange().startPos() < b.sourceRange().startPos();
	}
}
