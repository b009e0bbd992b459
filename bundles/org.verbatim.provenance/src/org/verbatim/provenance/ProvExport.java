package org.verbatim.provenance;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a {@link ProvGraph} in a W3C PROV serialisation, every id under the project's
 * {@link ProvNamespace}. Each record becomes a {@code prov:Bundle} entity with its number, hash and
 * previous hash, and each entity and activity names its record in {@code vb:record}, so an export
 * can be checked against the project's log.
 */
public final class ProvExport {

	/** The serialisations Verbatim writes. */
	public enum Format {
		/** PROV-JSON (W3C member submission, 2013). */
		PROV_JSON("prov-json", ".json"),
		/** PROV-O in Turtle. */
		TURTLE("turtle", ".ttl");

		private final String label;

		private final String extension;

		Format(String label, String extension) {
			this.label = label;
			this.extension = extension;
		}

		/** The name the command line uses, such as {@code prov-json}. */
		public String label() {
			return label;
		}

		/** The usual file name ending, such as {@code .ttl}. */
		public String extension() {
			return extension;
		}

		/** The format with this label (any case), if any. */
		public static Optional<Format> ofLabel(String label) {
			String wanted = label.strip().toLowerCase(Locale.ROOT);
			for (Format f : values()) {
				if (f.label.equals(wanted)) {
					return Optional.of(f);
				}
			}
			return Optional.empty();
		}
	}

	/** The PROV namespace. */
	public static final String PROV = "http://www.w3.org/ns/prov#";

	/** The XML Schema datatypes namespace. */
	public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

	/** The prefix of Verbatim's own attribute names ({@code vb:charset}, {@code vb:record}). */
	public static final String VOCABULARY = "urn:verbatim:vocabulary:";

	/** Attribute of entities and activities: the number of the record that defined them. */
	public static final String RECORD = "record";

	/** Attribute of ids a relation names but no exported record defines. */
	public static final String EXTERNAL = "external";

	/** The id of the bundle entity that stands for record {@code seq}. */
	public static String recordId(long seq) {
		return "record/" + seq;
	}

	private ProvExport() {
	}

	/** Writes {@code graph} to {@code out} in {@code format}. */
	public static void write(ProvGraph graph, ProvNamespace namespace, Format format, Writer out) throws IOException {
		switch (format) {
		case PROV_JSON -> ProvJsonWriter.write(graph, namespace, out);
		case TURTLE -> TurtleWriter.write(graph, namespace, out);
		}
		out.flush();
	}

	/** {@code graph} in {@code format}, as text. */
	public static String toText(ProvGraph graph, ProvNamespace namespace, Format format) {
		java.io.StringWriter out = new java.io.StringWriter();
		try {
			write(graph, namespace, format, out);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toString();
	}

	/**
	 * Writes {@code graph} to the file {@code target} (UTF-8): first to a temporary file beside it,
	 * then moved into place, so that the file is either the whole export or untouched.
	 */
	public static void writeFile(ProvGraph graph, ProvNamespace namespace, Format format, Path target)
			throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
		try {
			try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
				write(graph, namespace, format, out);
			}
			try {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
