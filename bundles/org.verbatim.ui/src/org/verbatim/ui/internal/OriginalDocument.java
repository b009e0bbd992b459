package org.verbatim.ui.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.OffsetMap;
import org.verbatim.core.Statement;

/**
 * A statement's archived original decoded as the import decoded it (with the recorded charset, a
 * byte-order mark left out), whether it is an HTML page, and the way between a span of the clean
 * text and a span of this decoded original, both ways, through the statement's {@link OffsetMap}.
 *
 * @param text  the decoded original: the characters the offset map and the removals count
 * @param html  whether the original is an HTML page rather than plain text
 * @param map   where every clean character came from
 */
public record OriginalDocument(String text, boolean html, OffsetMap map) {

	/** How the start of a page tells HTML from text (a subset of the importer's sniffing rules). */
	private static final List<String> HTML_STARTS = List.of("<!doctype html", "<html", "<head", "<body", "<?xml");

	public OriginalDocument {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(map, "map");
	}

	/**
	 * Decodes {@code bytes}, the archived original of {@code statement}, with the statement's
	 * charset.
	 *
	 * @throws IllegalArgumentException with one sentence when Java does not know the recorded charset
	 */
	public static OriginalDocument decode(Statement statement, byte[] bytes, OffsetMap map) {
		Charset charset;
		try {
			charset = Charset.forName(statement.charset());
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			throw new IllegalArgumentException("The original of " + statement.id() + " was decoded as "
					+ statement.charset() + ", which this Java cannot decode; open the project with the Verbatim that"
					+ " imported it.", e);
		}
		String text = new String(bytes, charset);
		// the importer skips a byte-order mark before decoding, so offsets start after it
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		return new OriginalDocument(text, looksLikeHtml(statement.source(), text), map);
	}

	/** Whether a page from {@code source} that starts like {@code text} is HTML. */
	static boolean looksLikeHtml(String source, String text) {
		String name = source.toLowerCase(Locale.ROOT);
		if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
			return true;
		}
		String head = text.substring(0, Math.min(text.length(), 512)).stripLeading().toLowerCase(Locale.ROOT);
		return HTML_STARTS.stream().anyMatch(head::startsWith);
	}

	/**
	 * The span of the decoded original that the clean span {@code [start, end)} came from, or empty
	 * when the span is empty or outside the text.
	 */
	public Optional<OffsetMap.Span> toOriginal(int start, int end) {
		if (start < 0 || end > map.cleanLength() || end <= start) {
			return Optional.empty();
		}
		OffsetMap.Span span = map.toOriginal(start, end);
		return Optional.of(new OffsetMap.Span(Math.min(span.start(), text.length()), Math.min(span.end(), text.length())));
	}

	/**
	 * The span of the clean text that came from the original span {@code [start, end)}: from the
	 * first to the last clean character whose origin overlaps it (a replacement counts whole). Empty
	 * when nothing of that span reached the clean text (cleaning removed all of it).
	 */
	public Optional<OffsetMap.Span> toClean(int start, int end) {
		int cleanStart = -1;
		int cleanEnd = -1;
		for (OffsetMap.Run run : map.runs()) {
			int from = Math.max(start, run.originalStart());
			int to = Math.min(end, run.originalEnd());
			boolean overlaps = from < to || (run.originalStart() == run.originalEnd() && start <= run.originalStart()
					&& run.originalStart() < end);
			if (!overlaps) {
				if (run.originalStart() >= end) {
					break;
				}
				continue;
			}
			int first;
			int last;
			if (run.kind() == OffsetMap.Run.Kind.COPY) {
				first = run.cleanStart() + (from - run.originalStart());
				last = run.cleanStart() + (to - run.originalStart());
			} else {
				first = run.cleanStart();
				last = run.cleanEnd();
			}
			if (cleanStart < 0) {
				cleanStart = first;
			}
			cleanEnd = last;
		}
		return cleanStart < 0 || cleanEnd <= cleanStart ? Optional.empty()
				: Optional.of(new OffsetMap.Span(cleanStart, cleanEnd));
	}
}
