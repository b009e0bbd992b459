package org.verbatim.importer.internal.archive;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.verbatim.core.IoFailures;

/**
 * Reads the files of a ZIP archive one at a time, for import, without trusting the archive:
 * <ul>
 * <li>an entry whose path leads outside the archive ({@code ..}, an absolute path, a drive letter:
 * "zip slip") is refused by name and not read; nothing is ever written to disk anyway;</li>
 * <li>the number of entries, the bytes they expand to in total and each entry's expansion
 * relative to its compressed size are checked while the bytes stream in, so a zip bomb is stopped
 * after little work, whatever sizes its headers claim;</li>
 * <li>archives inside the archive are reported as skipped, not expanded; folders, hidden files and
 * {@code __MACOSX} resource forks are passed over silently.</li>
 * </ul>
 * The archive is streamed from its start (local headers), so it works on a file or on bytes just
 * fetched, and at most one entry is held in memory. Use as
 * {@code while ((item = reader.next()).isPresent())}; close it afterwards. Not thread-safe.
 */
public final class ZipReader implements AutoCloseable {

	private static final byte[] LOCAL_HEADER = { 'P', 'K', 3, 4 };

	private static final byte[] EMPTY_ARCHIVE = { 'P', 'K', 5, 6 };

	private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");

	private static final Set<String> HIDDEN_NAMES = Set.of("__macosx", "thumbs.db", "desktop.ini");

	private final CountingInputStream raw;

	private final ZipInputStream zip;

	private final ArchiveLimits limits;

	private final byte[] buffer = new byte[64 * 1024];

	private int entries;

	private long totalBytes;

	private boolean failed;

	private ZipReader(InputStream in, ArchiveLimits limits) {
		this.raw = new CountingInputStream(in);
		this.zip = new ZipInputStream(raw);
		this.limits = limits;
	}

	/**
	 * Opens the archive at {@code file}.
	 *
	 * @throws ArchiveProblem when it cannot be read, is empty or is not a ZIP archive
	 */
	public static ZipReader open(Path file, ArchiveLimits limits) throws ArchiveProblem {
		InputStream in;
		try {
			in = Files.newInputStream(file);
		} catch (IOException e) {
			throw new ArchiveProblem("cannot be read (" + IoFailures.reason(e) + ")");
		}
		try {
			return open(in, limits);
		} catch (ArchiveProblem e) {
			closeQuietly(in);
			throw e;
		}
	}

	/**
	 * Reads an archive from {@code in}, which the reader closes.
	 *
	 * @throws ArchiveProblem when it is empty or does not start like a ZIP archive
	 */
	public static ZipReader open(InputStream in, ArchiveLimits limits) throws ArchiveProblem {
		BufferedInputStream buffered = new BufferedInputStream(in);
		byte[] start;
		try {
			buffered.mark(4);
			start = buffered.readNBytes(4);
			buffered.reset();
		} catch (IOException e) {
			throw new ArchiveProblem("cannot be read (" + IoFailures.reason(e) + ")");
		}
		if (start.length == 0) {
			throw new ArchiveProblem("is empty (0 bytes)");
		}
		if (!Arrays.equals(start, LOCAL_HEADER) && !Arrays.equals(start, EMPTY_ARCHIVE)) {
			throw new ArchiveProblem("is not a ZIP archive");
		}
		return new ZipReader(buffered, limits);
	}

	/**
	 * The next file of the archive, or empty at its end.
	 *
	 * @throws ArchiveProblem when the archive is damaged or passes a limit; it cannot be read further
	 */
	public Optional<ArchiveItem> next() throws ArchiveProblem {
		if (failed) {
			throw new IllegalStateException("the archive could not be read further");
		}
		try {
			return nextItem();
		} catch (ArchiveProblem e) {
			failed = true;
			throw e;
		} catch (ZipException | EOFException e) {
			failed = true;
			throw new ArchiveProblem("is a damaged ZIP archive (" + detail(e) + ")");
		} catch (IOException e) {
			failed = true;
			throw new ArchiveProblem("cannot be read (" + IoFailures.reason(e) + ")");
		} catch (IllegalArgumentException e) {
			// ZipInputStream's complaint about an entry name that is not valid UTF-8
			failed = true;
			throw new ArchiveProblem("is a damaged ZIP archive or one written with an unsupported name encoding ("
					+ detail(e) + ")");
		}
	}

	/** How many entries were met so far, folders and skipped ones included. */
	public int entriesSeen() {
		return entries;
	}

	/** How many bytes the entries met so far expanded to. */
	public long bytesExpanded() {
		return totalBytes;
	}

	/** Closes the archive's stream. */
	@Override
	public void close() {
		closeQuietly(zip);
	}

	private Optional<ArchiveItem> nextItem() throws IOException, ArchiveProblem {
		while (true) {
			ZipEntry entry = zip.getNextEntry();
			if (entry == null) {
				return Optional.empty();
			}
			entries++;
			if (entries > limits.maxEntries()) {
				throw new ArchiveProblem(String.format(Locale.ROOT,
						"has more than %,d entries, the limit for one archive; split it into smaller ones",
						limits.maxEntries()));
			}
			String name = entry.getName().replace('\\', '/');
			Optional<String> unsafe = unsafePath(name);
			if (unsafe.isPresent()) {
				// read through it anyway, so that a bomb hidden behind a bad name is still caught
				drain(name);
				return Optional.of(new ArchiveItem.Refused(name,
						"entry " + name + " is refused: " + unsafe.get() + " (zip slip); it was not read"));
			}
			if (entry.isDirectory() || isHidden(name)) {
				drain(name);
				continue;
			}
			if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
				drain(name);
				return Optional.of(nested(name));
			}
			byte[] bytes = expand(name, limits.maxEntryBytes());
			if (bytes == null) {
				return Optional.of(new ArchiveItem.Refused(name, "entry " + name + " is refused: it is larger than "
						+ size(limits.maxEntryBytes()) + ", the limit for one file"));
			}
			if (bytes.length >= LOCAL_HEADER.length && Arrays.equals(bytes, 0, 4, LOCAL_HEADER, 0, 4)
					&& !hasOfficeExtension(name)) {
				return Optional.of(nested(name));
			}
			return Optional.of(new ArchiveItem.Entry(name, bytes));
		}
	}

	private static ArchiveItem nested(String name) {
		return new ArchiveItem.Skipped(name,
				"entry " + name + " is skipped: it is an archive inside the archive, which is not expanded; "
						+ "extract it and import it separately");
	}

	/**
	 * Reads the current entry to its end, checking the limits on every block.
	 *
	 * @param keepUpTo the most bytes to keep, or -1 to keep none
	 * @return the entry's bytes; null when it passed {@code keepUpTo} (or nothing was to be kept)
	 */
	private byte[] expand(String name, long keepUpTo) throws IOException, ArchiveProblem {
		ByteArrayOutputStream out = keepUpTo < 0 ? null : new ByteArrayOutputStream();
		long expanded = 0;
		long compressedStart = raw.count();
		int n;
		while ((n = zip.read(buffer)) > 0) {
			expanded += n;
			check(name, expanded, compressedStart, n);
			if (out != null && expanded > keepUpTo) {
				// keep reading (and checking) to the entry's end, but drop what was held
				out = null;
			}
			if (out != null) {
				out.write(buffer, 0, n);
			}
		}
		return out == null ? null : out.toByteArray();
	}

	private void drain(String name) throws IOException, ArchiveProblem {
		expand(name, -1);
	}

	private void check(String name, long expanded, long compressedStart, int justRead) throws ArchiveProblem {
		totalBytes += justRead;
		if (totalBytes > limits.maxTotalBytes()) {
			throw new ArchiveProblem("expands to more than " + size(limits.maxTotalBytes())
					+ ", the limit for one archive (at entry " + name + "); it was not read further");
		}
		// the raw count is off by at most ZipInputStream's 512-byte read-ahead; err towards innocence
		long compressed = raw.count() - compressedStart + 512;
		if (expanded > limits.ratioAfterBytes() && expanded > compressed * limits.maxRatio()) {
			throw new ArchiveProblem("entry " + name + " expands more than " + limits.maxRatio()
					+ " times its compressed size, like a zip bomb; the archive was not read further");
		}
	}

	private static Optional<String> unsafePath(String name) {
		if (name.isEmpty()) {
			return Optional.of("it has no name");
		}
		if (name.indexOf('\0') >= 0) {
			return Optional.of("its name contains a NUL character");
		}
		if (name.startsWith("/")) {
			return Optional.of("its path is absolute");
		}
		if (DRIVE_LETTER.matcher(name).matches()) {
			return Optional.of("its path starts with a drive letter");
		}
		for (String segment : name.split("/")) {
			if (segment.equals("..")) {
				return Optional.of("its path leads outside the archive");
			}
		}
		return Optional.empty();
	}

	private static boolean isHidden(String name) {
		for (String segment : name.split("/")) {
			if (segment.startsWith(".") || HIDDEN_NAMES.contains(segment.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasOfficeExtension(String name) {
		// office documents are ZIP files too, but not archives of statements; the decoder refuses them
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".docx") || lower.endsWith(".xlsx") || lower.endsWith(".pptx")
				|| lower.endsWith(".odt") || lower.endsWith(".ods") || lower.endsWith(".odp")
				|| lower.endsWith(".epub");
	}

	private static String detail(Exception e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	private static String size(long bytes) {
		long gib = 1024L * 1024 * 1024;
		if (bytes >= gib && bytes % gib == 0) {
			return bytes / gib + " GiB";
		}
		return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB"
				: String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		} catch (Exception e) {
			// nothing was written: a failed close loses nothing
		}
	}

	/** Counts the compressed bytes the ZIP stream has taken from the archive. */
	private static final class CountingInputStream extends FilterInputStream {

		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		long count() {
			return count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count += skipped;
			return skipped;
		}
	}
}
