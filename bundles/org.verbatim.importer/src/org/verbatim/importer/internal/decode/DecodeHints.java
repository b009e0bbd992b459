package org.verbatim.importer.internal.decode;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about an original besides its bytes.
 *
 * @param contentType the HTTP {@code Content-Type} header as sent, such as
 *                    {@code text/html; charset=utf-8}
 * @param charset     the encoding the analyst named; wins over everything but a byte-order mark
 * @param mediaType   a guess from outside the bytes, such as {@code text/html} for a file named
 *                    {@code .html}; the header wins over it, sniffing the content comes after it
 * @param location    the final URL of a fetched page, passed through to the decoded document
 * @param fileType    a local file's (or ZIP entry's) name extension, lower case, such as {@code md};
 *                    a document extractor may claim files by it
 */
public record DecodeHints(Optional<String> contentType, Optional<Charset> charset, Optional<String> mediaType,
		Optional<URI> location, Optional<String> fileType) {

	public DecodeHints {
		Objects.requireNonNull(contentType, "contentType");
		Objects.requireNonNull(charset, "charset");
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(fileType, "fileType");
	}

	/** Hints without a file name. */
	public DecodeHints(Optional<String> contentType, Optional<Charset> charset, Optional<String> mediaType,
			Optional<URI> location) {
		this(contentType, charset, mediaType, location, Optional.empty());
	}

	/** Nothing known but the bytes. */
	public static DecodeHints none() {
		return new DecodeHints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

	/**
	 * A local file: its name suggests the media type ({@code .html}, {@code .htm}, {@code .xhtml}
	 * for HTML, {@code .txt}, {@code .text} for plain text; others leave it to sniffing).
	 */
	public static DecodeHints forFile(Path file, Optional<Charset> charset) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
		String extension = name.substring(name.lastIndexOf('.') + 1);
		Optional<String> mediaType = switch (name.indexOf('.') < 0 ? "" : extension) {
			case "html", "htm", "xhtml", "shtml" -> Optional.of(DocumentDecoder.TEXT_HTML);
			case "txt", "text" -> Optional.of(DocumentDecoder.TEXT_PLAIN);
			default -> Optional.empty();
		};
		return new DecodeHints(Optional.empty(), charset, mediaType, Optional.empty(),
				Optional.of(name.indexOf('.') < 0 ? "" : extension).filter(type -> !type.isEmpty()));
	}

	/** A fetched page: its {@code Content-Type} header, if any, and the URL it finally came from. */
	public static DecodeHints forWeb(Optional<String> contentType, URI finalUri, Optional<Charset> charset) {
		return new DecodeHints(contentType, charset, Optional.empty(), Optional.of(finalUri));
	}
}
