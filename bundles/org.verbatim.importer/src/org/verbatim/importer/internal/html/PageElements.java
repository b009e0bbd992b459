package org.verbatim.importer.internal.html;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What kind of page part an element is, judged from its tag, role, attributes and class/id names
 * alone: never text, page furniture (and by which rule), or a likely article container.
 */
final class PageElements {

	private static final Set<String> NON_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
			"canvas", "object", "embed", "button", "select", "input", "textarea", "option", "link", "meta", "head",
			"title", "audio", "video", "map", "math", "frame", "frameset", "applet");

	private static final Set<String> ROLES_OF_FURNITURE = Set.of("navigation", "banner", "contentinfo", "complementary",
			"search", "menu", "menubar", "dialog", "alertdialog", "toolbar", "tablist");

	private record ClassRule(String rule, Pattern pattern) {
	}

	// Order matters: the first matching rule names the removal.
	private static final ClassRule[] CLASS_RULES = {
			rule("cookie-notice", "cookie|consent|gdpr|cmp-|privacy-banner"),
			rule("machine-translation-notice", "translat"),
			rule("captcha", "captcha"),
			rule("comment-section", "comment|disqus|replies|respond|discussion"),
			rule("share-widget", "share|sharing|social|addthis|sharethis|follow-us"),
			rule("newsletter-signup", "newsletter|subscri|signup|sign-up|regwall|paywall"),
			rule("related-teaser", "related|recommend|more-stories|morestories|read-more|readmore|outbrain|taboola|"
					+ "also-like|teaser|trending|popular|most-read|mostread"),
			rule("advertisement", "(^|[\\s_-])(ad|ads|advert|advertisement|adslot|adunit|dfp|sponsor\\w*|promo\\w*)($|[\\s_-])"
					+ "|-ad-|ad-break|advert|skyscraper"),
			rule("navigation-block", "breadcrumb|(^|[\\s_-])(menu|nav|navbar|navigation|pagination|pager|skip-link)($|[\\s_-])"),
			rule("sidebar", "sidebar|side-bar|(^|[\\s_-])(rail|widget)($|[\\s_-])"),
			rule("header-block", "masthead|(^|[\\s_-])(header|site-header|top-bar|topbar)($|[\\s_-])"),
			rule("footer-block", "footer|colophon|copyright"),
			rule("popup", "popup|modal|overlay|agegate|lightbox"),
			rule("unlikely-block", "combx|community|cover-wrap|extra|legends|remark|rss|shoutbox|supplemental|"
					+ "yom-remote|ai2html") };

	private static final Pattern MAYBE_CONTENT = Pattern.compile("and|article|body|column|content|main|shadow|story|post-?text|entry");

	private static final Pattern POSITIVE = Pattern
			.compile("article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story");
	private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-"
			+ "|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
			+ "|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|caption");

	private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

	// Pages repeat the same class names on many elements, and the rules above are a dozen regular
	// expressions each: the verdicts are pure functions of the names, so they are kept, a bounded
	// number of them (the cache is emptied when full, which costs only recomputation).
	private static final BoundedMemo<String, Optional<String>> BY_NAMES = new BoundedMemo<>(20_000);

	private static final BoundedMemo<String, Integer> WEIGHT_BY_NAME = new BoundedMemo<>(20_000);

	private PageElements() {
	}

	private static ClassRule rule(String name, String regex) {
		return new ClassRule(name, Pattern.compile(regex));
	}

	/** Elements whose content is never statement text (scripts, styles, embedded objects, controls). */
	static boolean isNonText(Element element) {
		return NON_TEXT.contains(element.normalName());
	}

	/** The furniture rule that removes {@code element} by its tag, role or attributes, if any. */
	static Optional<String> furnitureByMarkup(Element element) {
		String name = element.normalName();
		switch (name) {
		case "nav":
			return Optional.of("nav-element");
		case "aside":
			return Optional.of("aside-element");
		case "footer":
			return Optional.of("footer-element");
		case "header":
			return Optional.of("header-element");
		case "dialog":
			return Optional.of("dialog-element");
		default:
			break;
		}
		if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))
				|| HIDDEN_STYLE.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find()) {
			return Optional.of("hidden-element");
		}
		String role = element.attr("role").toLowerCase(Locale.ROOT).trim();
		if (ROLES_OF_FURNITURE.contains(role)) {
			return Optional.of("role-" + role);
		}
		return Optional.empty();
	}

	/**
	 * The furniture rule that removes {@code element} by its class and id names, if any. Names that
	 * also suggest article content (such as {@code main-content sidebar-left}) protect the element,
	 * except from the rules for notices that are never article text.
	 */
	static Optional<String> furnitureByName(Element element) {
		String name = element.normalName();
		if (name.equals("body") || name.equals("html") || name.equals("main") || name.equals("article")
				|| name.equals("a")) {
			return Optional.empty();
		}
		String names = classAndId(element);
		if (names.isBlank()) {
			return Optional.empty();
		}
		return BY_NAMES.computeIfAbsent(names, PageElements::furnitureByNames);
	}

	private static Optional<String> furnitureByNames(String names) {
		boolean maybeContent = MAYBE_CONTENT.matcher(names).find();
		for (ClassRule rule : CLASS_RULES) {
			if (rule.pattern().matcher(names).find()) {
				if (isAlwaysFurniture(rule.rule()) || !maybeContent) {
					return Optional.of(rule.rule());
				}
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** Whether the rule names a part that is never article text, however much prose it holds. */
	static boolean isAlwaysFurniture(String rule) {
		return switch (rule) {
		case "cookie-notice", "machine-translation-notice", "captcha", "comment-section", "hidden-element",
				"script-style-or-control" -> true;
		default -> false;
		};
	}

	/** Readability's class weight: +25 for article-like names, -25 for furniture-like ones, per attribute. */
	static int classWeight(Element element) {
		int weight = 0;
		for (String value : new String[] { element.className(), element.id() }) {
			if (value.isEmpty()) {
				continue;
			}
			weight += WEIGHT_BY_NAME.computeIfAbsent(value, PageElements::weightOfName);
		}
		return weight;
	}

	private static int weightOfName(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		return (NEGATIVE.matcher(lower).find() ? -25 : 0) + (POSITIVE.matcher(lower).find() ? 25 : 0);
	}

	static String classAndId(Element element) {
		return (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
	}
}
