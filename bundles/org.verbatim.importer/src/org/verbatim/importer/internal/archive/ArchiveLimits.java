package org.verbatim.importer.internal.archive;

/**
 * How much a {@link ZipReader} is willing to expand. All are checked on the bytes actually read,
 * never on the sizes an archive claims in its headers.
 *
 * @param maxEntries       the most entries (folders and skipped files included)
 * @param maxTotalBytes    the most bytes all entries expand to together
 * @param maxEntryBytes    the largest single file handed out; a larger one is refused
 * @param maxRatio         the most an entry may expand relative to its compressed size ...
 * @param ratioAfterBytes  ... once it has expanded to more than this many bytes (small entries of
 *                         repetitive text legitimately compress very well)
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxRatio,
		long ratioAfterBytes) {

	/** Default entry count: far more statements than any analyst collects in one archive. */
	public static final int DEFAULT_MAX_ENTRIES = 100_000;

	/** Default total expansion. */
	public static final long DEFAULT_MAX_TOTAL_BYTES = 1024L * 1024 * 1024;

	/** Default largest file, the same as for a plain file on disk. */
	public static final long DEFAULT_MAX_ENTRY_BYTES = 64L * 1024 * 1024;

	/**
	 * Default ratio: HTML and text compress 3 to 10 times, rarely 30; a run of zeros in a bomb
	 * about 1000 times.
	 */
	public static final int DEFAULT_MAX_RATIO = 100;

	/** Default size from which the ratio counts. */
	public static final long DEFAULT_RATIO_AFTER_BYTES = 1024L * 1024;

	public ArchiveLimits {
		if (maxEntries < 0 || maxTotalBytes < 0 || maxEntryBytes < 0 || maxRatio < 1 || ratioAfterBytes < 0) {
			throw new IllegalArgumentException("limits must be positive");
		}
	}

	/** 100,000 entries, 1 GiB in total, 64 MiB per file, ratio 100 beyond 1 MiB. */
	public static ArchiveLimits defaults() {
		return new ArchiveLimits(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_TOTAL_BYTES, DEFAULT_MAX_ENTRY_BYTES,
				DEFAULT_MAX_RATIO, DEFAULT_RATIO_AFTER_BYTES);
	}
}
