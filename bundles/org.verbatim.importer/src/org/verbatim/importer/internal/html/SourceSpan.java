package org.verbatim.importer.internal.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.select.NodeTraversor;

/**
 * The stretch of the page an element was parsed from, from its start tag to its end tag. Where the
 * parser made up a tag (an implied end tag, say), the element's tracked contents fix the bounds.
 *
 * @param start first character
 * @param end   one past the last
 */
record SourceSpan(int start, int end) {

	/** The span of {@code element} in a page of {@code length} characters. */
	static SourceSpan of(Element element, int length) {
		int[] bounds = { Integer.MAX_VALUE, -1 };
		include(bounds, element.sourceRange());
		include(bounds, element.endSourceRange());
		if (!tracked(element.sourceRange()) || !tracked(element.endSourceRange())) {
			NodeTraversor.traverse((Node node, int depth) -> {
				include(bounds, node.sourceRange());
				if (node instanceof Element inner) {
					include(bounds, inner.endSourceRange());
				}
			}, element);
		}
		if (bounds[1] < 0) {
			return new SourceSpan(0, 0);
		}
		int start = Math.min(Math.max(0, bounds[0]), length);
		int end = Math.max(start, Math.min(bounds[1], length));
		return new SourceSpan(start, end);
	}

	private static boolean tracked(Range range) {
		return range.isTracked() && !range.isImplicit();
	}

	private static void include(int[] bounds, Range range) {
		if (tracked(range) && range.startPos() >= 0) {
			bounds[0] = Math.min(bounds[0], range.startPos());
			bounds[1] = Math.max(bounds[1], range.endPos());
		}
	}
}
