package org.verbatim.importer.internal.archive;

import java.util.Objects;

/** One file of a ZIP archive, as the {@link ZipReader} hands it out. */
public sealed interface ArchiveItem {

	/** The entry's path inside the archive, with {@code /} between folders. */
	String name();

	/**
	 * A file to import.
	 *
	 * @param name  its path inside the archive
	 * @param bytes its content, fully read and checked against the limits (not copied)
	 */
	record Entry(String name, byte[] bytes) implements ArchiveItem {

		public Entry {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(bytes, "bytes");
		}
	}

	/**
	 * A file that is deliberately not imported, such as an archive inside the archive.
	 *
	 * @param name   its path inside the archive
	 * @param reason one sentence naming the entry, such as
	 *               {@code entry old.zip is skipped: archives inside an archive are not expanded}
	 */
	record Skipped(String name, String reason) implements ArchiveItem {

		public Skipped {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(reason, "reason");
		}
	}

	/**
	 * A file refused for safety or size; the rest of the archive is still read.
	 *
	 * @param name   its path inside the archive, as stored (possibly {@code ../../etc/passwd})
	 * @param reason one sentence naming the entry and why it was refused
	 */
	record Refused(String name, String reason) implements ArchiveItem {

		public Refused {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(reason, "reason");
		}
	}
}
