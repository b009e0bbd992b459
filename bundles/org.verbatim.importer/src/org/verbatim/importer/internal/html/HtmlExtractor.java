package org.verbatim.importer.internal.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.osgi.service.component.annotations.Component;
import org.verbatim.core.Evidenced;
import org.verbatim.core.StatementMetadata;
import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.DocumentExtractor;
import org.verbatim.importer.Extraction;
import org.verbatim.core.Removal;

/**
 * Extracts the article text of an HTML page. In order: page furniture is removed by tag, role,
 * attributes and class names (navigation, headers and footers, forms, comments, share widgets,
 * cookie and translation notices, teasers, hidden parts, scripts); the article block is chosen by
 * text and link density; link-dense blocks and a repeated headline are removed from it; its text is
 * written as paragraphs with an offset map into the decoded page. Every removal is listed with its
 * rule. Metadata comes from the page's markup.
 */
@Component(service = DocumentExtractor.class, property = "service.ranking:Integer=0")
public final class HtmlExtractor implements DocumentExtractor {

	private static final Set<String> MEDIA_TYPES = Set.of("text/html", "application/xhtml+xml");
	private static final int REMOVAL_TEXT_LIMIT = 200;

	/** A form with fewer paragraphs is furniture (some sites wrap the whole page in a form). */
	private static final int FORM_PARAGRAPHS = 3;

	@Override
	public boolean handles(String mediaType) {
		String base = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		return MEDIA_TYPES.contains(base);
	}

	@Override
	public Extraction extract(DecodedDocument document) {
		String source = document.text();
		Parser parser = Parser.htmlParser().setTrackPosition(true);
		Document page = parser.parseInput(source, document.location().map(Object::toString).orElse(""));
		StatementMetadata metadata = HtmlMetadataReader.read(page, document.location());
		Element body = page.body();
		Set<Element> removed = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Removal> removals = new ArrayList<>();

		removeFurniture(source, body, removed, removals);
		BlockStats stats = BlockStats.of(body, removed);
		MainContentFinder finder = new MainContentFinder(stats, removed);
		List<Element> roots = finder.select(body);
		new ContentCleaner(stats, finder, removed).clean(roots, metadata.title().map(Evidenced::value),
				(element, rule) -> {
					removed.add(element);
					removals.add(removal(source, element, rule));
				});
		removeOutside(source, body, roots, removed, removals);

		CleanTextWriter writer = new CleanTextWriter(source);
		for (Element root : roots) {
			writer.write(root, removed);
		}
		removals.sort((a, b) -> Integer.compare(a.originalStart(), b.originalStart()));
		return new Extraction(writer.text(), writer.offsets(), removals, metadata);
	}

	private static void removeFurniture(String source, Element body, Set<Element> removed, List<Removal> removals) {
		BlockStats whole = BlockStats.of(body, Set.of());
		int pageProse = whole.of(body).proseText;
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (!(node instanceof Element element) || element == body) {
					return FilterResult.CONTINUE;
				}
				Optional<String> rule = PageElements.isNonText(element) ? Optional.of("script-style-or-control")
						: PageElements.furnitureByMarkup(element).or(() -> PageElements.furnitureByName(element))
								.or(() -> formRule(element, whole));
				if (rule.isEmpty()) {
					return FilterResult.CONTINUE;
				}
				BlockStats.Figures figures = whole.of(element);
				if (!PageElements.isNonText(element) && !PageElements.isAlwaysFurniture(rule.get())
						&& figures.readsLikeProse(pageProse)) {
					return FilterResult.CONTINUE;
				}
				removed.add(element);
				if (figures.text > 0 || !rule.get().equals("script-style-or-control")) {
					removals.add(removal(source, element, rule.get()));
				}
				return FilterResult.SKIP_ENTIRELY;
			}
		}, body);
	}

	private static Optional<String> formRule(Element element, BlockStats stats) {
		if (element.normalName().equals("form") && stats.of(element).paragraphs < FORM_PARAGRAPHS) {
			return Optional.of("form-element");
		}
		return Optional.empty();
	}

	/** Lists the text outside the chosen blocks as removed by {@code outside-main-content}. */
	private static void removeOutside(String source, Element body, List<Element> roots, Set<Element> removed,
			List<Removal> removals) {
		Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
		Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
		chosen.addAll(roots);
		for (Element root : roots) {
			for (Element up = root.parent(); up != null; up = up.parent()) {
				if (!ancestors.add(up)) {
					break;
				}
			}
		}
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof Element element) {
					if (chosen.contains(element) || removed.contains(element)) {
						return FilterResult.SKIP_ENTIRELY;
					}
					if (ancestors.contains(element) || element == body) {
						return FilterResult.CONTINUE;
					}
					if (!element.text().isBlank()) {
						removed.add(element);
						removals.add(removal(source, element, "outside-main-content"));
					}
					return FilterResult.SKIP_ENTIRELY;
				}
				if (node instanceof TextNode text && !text.isBlank() && text.sourceRange().isTracked()) {
					removals.add(new Removal(text.sourceRange().startPos(), text.sourceRange().endPos(),
							"outside-main-content", shorten(text.text().trim())));
				}
				return FilterResult.CONTINUE;
			}
		}, body);
	}

	private static Removal removal(String source, Element element, String rule) {
		SourceSpan span = SourceSpan.of(element, source.length());
		return new Removal(span.start(), span.end(), rule, shorten(element.text()));
	}

	private static String shorten(String text) {
		return text.length() <= REMOVAL_TEXT_LIMIT ? text : text.substring(0, REMOVAL_TEXT_LIMIT - 1) + "\u2026";
	}
}
