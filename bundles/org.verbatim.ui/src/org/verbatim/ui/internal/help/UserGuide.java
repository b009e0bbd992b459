package org.verbatim.ui.internal.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.osgi.framework.FrameworkUtil;

/** The user guide, {@code help/user-guide.html} in the ui bundle, as HTML and as plain text. */
public final class UserGuide {

	/** Where the guide is in the bundle. */
	static final String PATH = "help/user-guide.html";

	private UserGuide() {
	}

	/** The guide's HTML. */
	public static String html() throws IOException {
		URL entry = FrameworkUtil.getBundle(UserGuide.class).getEntry(PATH);
		if (entry == null) {
			throw new IOException("The user guide " + PATH + " is missing from the org.verbatim.ui bundle; reinstall Verbatim.");
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * The guide as plain text, for where no web browser widget can be made: headings underlined,
	 * paragraphs apart, each table row on one line with its cells separated by " — ".
	 */
	public static String text(String html) {
		Document document = Jsoup.parse(html);
		StringBuilder out = new StringBuilder();
		for (Element element : document.body().select("h1, h2, p, tr")) {
			String line = switch (element.tagName()) {
			case "tr" -> String.join(" \u2014 ", element.children().eachText());
			default -> element.text();
			};
			if (element.tagName().startsWith("h")) {
				out.append('\n').append(line).append('\n').append("=".repeat(line.length())).append("\n\n");
			} else {
				out.append(line).append(element.tagName().equals("tr") ? "\n" : "\n\n");
			}
		}
		return out.toString().strip() + "\n";
	}
}
