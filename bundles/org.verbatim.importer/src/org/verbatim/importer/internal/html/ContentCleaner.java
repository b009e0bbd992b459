package org.verbatim.importer.internal.html;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is left of page furniture inside the article block: blocks that are mostly links
 * (teaser lists, tag clouds), galleries, form remnants, short captions of embedded media, and a
 * headline that repeats the title.
 */
final class ContentCleaner {

	private static final Set<String> JUDGED = Set.of("table", "ul", "ol", "dl", "div", "section", "form", "fieldset",
			"figure", "header", "footer", "aside", "center");
	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final BlockStats stats;
	private final MainContentFinder finder;
	private final Set<Element> skipped;

	ContentCleaner(BlockStats stats, MainContentFinder finder, Set<Element> skipped) {
		this.stats = stats;
		this.finder = finder;
		this.skipped = skipped;
	}

	/**
	 * Judges the elements inside {@code roots} and reports each one to remove with its rule;
	 * {@code title} is the page title, whose repetition as a heading is dropped.
	 */
	void clean(List<Element> roots, Optional<String> title, BiConsumer<Element, String> remove) {
		int prose = roots.stream().mapToInt(root -> stats.of(root).proseText).sum();
		String titleKey = title.map(ContentCleaner::key).orElse("");
		boolean[] headlineSeen = { false };
		for (Element root : roots) {
			NodeTraversor.filter(new NodeFilter() {
				@Override
				public FilterResult head(Node node, int depth) {
					if (!(node instanceof Element element)) {
						return FilterResult.CONTINUE;
					}
					if (skipped.contains(element)) {
						return FilterResult.SKIP_ENTIRELY;
					}
					String name = element.normalName();
					if (HEADINGS.contains(name) && !headlineSeen[0]) {
						String key = key(element.text());
						if (!key.isEmpty() && (key.equals(titleKey) || name.equals("h1"))) {
							headlineSeen[0] = true;
							remove.accept(element, "duplicate-headline");
							return FilterResult.SKIP_ENTIRELY;
						}
					}
					if (element != root && JUDGED.contains(name) && !stats.of(element).readsLikeProse(prose)) {
						Optional<String> rule = judge(element);
						if (rule.isPresent()) {
							remove.accept(element, rule.get());
							return FilterResult.SKIP_ENTIRELY;
						}
					}
					return FilterResult.CONTINUE;
				}
			}, root);
		}
	}

	private Optional<String> judge(Element element) {
		BlockStats.Figures figures = stats.of(element);
		if (figures.text == 0) {
			return Optional.empty();
		}
		int weight = PageElements.classWeight(element);
		if (weight + finder.scoreOf(element) < 0) {
			return Optional.of("furniture-class");
		}
		if (figures.commas >= 10) {
			return Optional.empty();
		}
		String name = element.normalName();
		boolean isList = name.equals("ul") || name.equals("ol") || name.equals("dl");
		double linkDensity = figures.linkDensity();
		int paragraphs = figures.paragraphs;
		if (isList) {
			return linkDensity > 0.5 ? Optional.of("link-list") : Optional.empty();
		}
		if (figures.images > 1 && (double) paragraphs / figures.images < 0.5 && !name.equals("figure")) {
			return Optional.of("image-gallery");
		}
		if (figures.listItems - 100 > paragraphs) {
			return Optional.of("list-block");
		}
		if (figures.inputs > paragraphs / 3) {
			return Optional.of("form-remnant");
		}
		double headingDensity = (double) figures.headingText / figures.text;
		if (headingDensity < 0.9 && figures.text < 25 && (figures.images == 0 || figures.images > 2) && linkDensity > 0) {
			return Optional.of("short-link-block");
		}
		if (weight < 25 && linkDensity > 0.2 || weight >= 25 && linkDensity > 0.5) {
			return Optional.of("link-dense-block");
		}
		if (figures.embeds == 1 && figures.text < 75 || figures.embeds > 1) {
			return Optional.of("embedded-media");
		}
		return Optional.empty();
	}

	/** Words only, lower case: how a heading and a title are compared. */
	static String key(String text) {
		return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}
}
