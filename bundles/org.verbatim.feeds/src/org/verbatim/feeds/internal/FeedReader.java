package org.verbatim.feeds.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.verbatim.importer.SourceItem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the items of an RSS 2.0 or Atom 1.0 feed. Namespaces, CDATA sections and the XML entities
 * are understood; relative links resolve against {@code xml:base} and the feed's own address. A
 * feed with a document type declaration is refused before anything is expanded: feeds have no need
 * of one, and its entities could read local files or other addresses (XXE).
 */
final class FeedReader {

	static final String ATOM = "http://www.w3.org/2005/Atom";
	private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
	private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

	/** A feed that could not be read; the message is one sentence without the feed's address. */
	static final class FeedProblem extends Exception {

		private static final long serialVersionUID = 1L;

		FeedProblem(String message) {
			super(message);
		}
	}

	/** A feed read: its title, if it has one, and its items in order. */
	record Feed(Optional<String> title, List<SourceItem> items) {
	}

	private FeedReader() {
	}

	/** Whether {@code body} opens like a feed: an {@code rss} or Atom {@code feed} root element. */
	static boolean looksLikeFeed(byte[] body) {
		String head = new String(body, 0, Math.min(body.length, 2048), ISO_8859_1);
		int i = 0;
		while (true) {
			i = skipSpace(head, i);
			if (head.startsWith("<?", i) || head.startsWith("<!--", i)) {
				String close = head.startsWith("<?", i) ? "?>" : "-->";
				int end = head.indexOf(close, i);
				if (end < 0) {
					return false;
				}
				i = end + close.length();
			} else {
				return head.startsWith("<rss", i) || head.startsWith("<feed", i);
			}
		}
	}

	/** Reads the feed in {@code body}, fetched from {@code location}. */
	static Feed read(byte[] body, URI location) throws FeedProblem {
		Document document = parse(body);
		Element root = document.getDocumentElement();
		if ("rss".equals(root.getLocalName()) && root.getNamespaceURI() == null) {
			return readRss(root, location);
		}
		if ("feed".equals(root.getLocalName()) && ATOM.equals(root.getNamespaceURI())) {
			return readAtom(root, location);
		}
		throw new FeedProblem("is XML but not an RSS 2.0 or Atom 1.0 feed (its root element is <" + root.getTagName()
				+ ">)");
	}

	private static Document parse(byte[] body) throws FeedProblem {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setCoalescing(true);
			factory.setExpandEntityReferences(false);
			factory.setXIncludeAware(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			DocumentBuilder builder = factory.newDocumentBuilder();
			// the parser's own messages go into the one sentence below, not to standard error
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(body));
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the XML parser cannot be made safe for feeds", e);
		} catch (SAXParseException e) {
			if (declaresDoctype(body)) {
				throw new FeedProblem("declares a DOCTYPE, which is refused in feeds (its entities could read local"
						+ " files or other addresses)");
			}
			throw new FeedProblem("is not well-formed XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber()
					+ ": " + e.getMessage() + ")");
		} catch (SAXException e) {
			throw new FeedProblem("is not well-formed XML (" + e.getMessage() + ")");
		} catch (IOException e) {
			throw new FeedProblem("cannot be read as XML (" + e.getMessage() + ")");
		}
	}

	/** Whether the parser stopped at a DOCTYPE (feeds in ASCII-compatible encodings, that is nearly all). */
	private static boolean declaresDoctype(byte[] body) {
		return new String(body, ISO_8859_1).contains("<!DOCTYPE");
	}

	private static Feed readRss(Element rss, URI location) throws FeedProblem {
		Element channel = child(rss, null, "channel")
				.orElseThrow(() -> new FeedProblem("is an RSS feed without a <channel>"));
		URI base = base(channel, base(rss, location));
		List<SourceItem> items = new ArrayList<>();
		for (Element item : children(channel, null, "item")) {
			URI itemBase = base(item, base);
			Optional<Element> guid = child(item, null, "guid");
			Optional<String> guidText = guid.map(FeedReader::textOf).filter(s -> !s.isEmpty());
			// a guid is a permalink unless it says otherwise
			boolean guidIsLink = guid.isPresent() && !"false".equalsIgnoreCase(guid.get().getAttribute("isPermaLink"));
			Optional<String> link = text(item, null, "link").flatMap(href -> resolve(itemBase, href))
					.or(() -> guidIsLink ? guidText.flatMap(href -> resolve(itemBase, href)) : Optional.empty());
			Optional<String> title = text(item, null, "title");
			Optional<String> content = text(item, CONTENT, "encoded").or(() -> text(item, null, "description"));
			Optional<String> id = guidText.or(() -> link);
			items.add(new SourceItem(id.orElseGet(() -> digestId(title, content)), link, title,
					text(item, null, "pubDate").flatMap(FeedReader::rfc822).or(() -> text(item, DUBLIN_CORE, "date")
							.flatMap(FeedReader::iso)),
					text(item, DUBLIN_CORE, "creator").or(() -> text(item, null, "author")), content));
		}
		return new Feed(text(channel, null, "title"), items);
	}

	private static Feed readAtom(Element feed, URI location) {
		URI base = base(feed, location);
		List<SourceItem> items = new ArrayList<>();
		for (Element entry : children(feed, ATOM, "entry")) {
			URI entryBase = base(entry, base);
			Optional<String> link = Optional.empty();
			for (Element candidate : children(entry, ATOM, "link")) {
				String rel = candidate.getAttribute("rel");
				if ((rel.isEmpty() || rel.equals("alternate")) && !candidate.getAttribute("href").isBlank()) {
					link = resolve(base(candidate, entryBase), candidate.getAttribute("href"));
					break;
				}
			}
			Optional<String> title = text(entry, ATOM, "title");
			Optional<String> content = text(entry, ATOM, "content").or(() -> text(entry, ATOM, "summary"));
			Optional<String> author = child(entry, ATOM, "author").flatMap(a -> text(a, ATOM, "name"))
					.or(() -> child(feed, ATOM, "author").flatMap(a -> text(a, ATOM, "name")));
			Optional<String> id = text(entry, ATOM, "id").or(() -> linkId(entry, entryBase));
			items.add(new SourceItem(id.orElseGet(() -> digestId(title, content)), link, title,
					text(entry, ATOM, "published").or(() -> text(entry, ATOM, "updated")).flatMap(FeedReader::iso),
					author, content));
		}
		return new Feed(text(feed, ATOM, "title"), items);
	}

	private static Optional<String> linkId(Element entry, URI base) {
		for (Element candidate : children(entry, ATOM, "link")) {
			if (!candidate.getAttribute("href").isBlank()) {
				return resolve(base(candidate, base), candidate.getAttribute("href"));
			}
		}
		return Optional.empty();
	}

	/** An id for an item that has neither guid nor link: a digest of what it says. */
	private static String digestId(Optional<String> title, Optional<String> content) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(title.orElse("").getBytes(UTF_8));
			sha.update((byte) 0);
			sha.update(content.orElse("").getBytes(UTF_8));
			return "sha256:" + HexFormat.of().formatHex(sha.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	private static URI base(Element element, URI outer) {
		String declared = element.getAttributeNS(XMLConstants.XML_NS_URI, "base");
		if (declared.isBlank()) {
			return outer;
		}
		return resolve(outer, declared).map(URI::create).orElse(outer);
	}

	private static Optional<String> resolve(URI base, String href) {
		try {
			URI resolved = base.resolve(new URI(href.strip()));
			String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
			return scheme.equals("http") || scheme.equals("https") ? Optional.of(resolved.toString()) : Optional.empty();
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static Optional<Instant> rfc822(String value) {
		try {
			return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	private static Optional<Instant> iso(String value) {
		try {
			return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	private static Optional<String> text(Element parent, String namespace, String name) {
		return child(parent, namespace, name).map(FeedReader::textOf).filter(s -> !s.isEmpty());
	}

	private static String textOf(Element element) {
		return element.getTextContent().strip();
	}

	private static Optional<Element> child(Element parent, String namespace, String name) {
		List<Element> found = children(parent, namespace, name);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	private static List<Element> children(Element parent, String namespace, String name) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && name.equals(element.getLocalName())
					&& Objects.equals(namespace, element.getNamespaceURI())) {
				found.add(element);
			}
		}
		return found;
	}

	private static int skipSpace(String text, int from) {
		int i = from;
		while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00EF'
				|| text.charAt(i) == '\u00BB' || text.charAt(i) == '\u00BF')) {
			i++;
		}
		return i;
	}
}
