package org.verbatim.importer.internal.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.verbatim.core.Folders;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.Extraction;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.ImportReport;
import org.verbatim.importer.internal.StatementImportPipeline;
import org.verbatim.importer.internal.decode.DecodeHints;
import org.verbatim.importer.internal.decode.DecodeProblem;
import org.verbatim.importer.internal.decode.DocumentDecoder;
import org.verbatim.importer.internal.html.HtmlExtractor;
import org.verbatim.importer.internal.metadata.TextMetadataReader;

/**
 * Measures import speed on {@link ImportCorpus} pages, made from the real pages the import takes
 * (one it refuses, for having no statement text once furniture is removed, would only measure the
 * refusal, and is left out and named). First extraction alone (decode, clean the HTML, read the
 * text's metadata; the page bytes already in memory), then the whole import of the pages written to
 * a folder into a new project (read, decode, extract, archive the original and add the statement,
 * one transaction per file, as {@code verbatim import} does), with the time spent storing told
 * apart. Writing the pages is not timed. The used heap is sampled after a collection at a quarter, half, three quarters and all
 * of the import, to show whether memory grows with the number of pages. Everything is made in a new
 * temporary folder that is deleted afterwards, also on failure; it needs about twice the pages'
 * size.
 */
public final class ImportBenchmark {

	/** The default number of pages. */
	public static final int DEFAULT_DOCS = 10_000;

	/**
	 * The used heap at one point of the import.
	 *
	 * @param percent how far the import was (25, 50, 75, 100)
	 * @param pages   the pages done by then
	 * @param bytes   used heap after a collection
	 */
	public record HeapSample(int percent, int pages, long bytes) {
	}

	/**
	 * What was measured.
	 *
	 * @param docs            pages made and imported
	 * @param bases           the real pages they were made from
	 * @param leftOut         real pages left out, as the import finds no statement text in them
	 * @param bytes           their size together
	 * @param extractNanos    time of extraction alone over all pages
	 * @param cleanChars      characters of clean text extraction kept, over all pages
	 * @param endToEndNanos   time of the whole import (heap sampling excluded)
	 * @param storeNanos      the part of it spent storing on the importing thread: adding the
	 *                        statement in its transaction ({@link Project#add}) and grouping it (the
	 *                        original is archived ahead, on the read-ahead threads)
	 * @param heap            used heap during the import
	 * @param maxHeapBytes    the most heap the JVM may use
	 * @param imported        pages the import added as new statements
	 * @param notImported     pages it did not (duplicates, skipped or failed: should be none)
	 * @param problems        the first few of their outcomes, one line each
	 * @param statements      statements in the project afterwards
	 * @param projectBytes    the project folder's size on disk afterwards
	 * @param fileSystem      the type of file system the project was on (fsync costs differ)
	 * @param indexBytes      the size of the project's search index afterwards: 0 when no index
	 *                        service followed the import
	 * @param endToEndNanosWithoutLog the time of the same import into a project that keeps no
	 *                        provenance log (the better of two runs, as {@code endToEndNanos} is),
	 *                        or 0 when that was not measured
	 */
	public record Result(int docs, int bases, List<String> leftOut, long bytes, long extractNanos, long cleanChars,
			long endToEndNanos, long storeNanos, List<HeapSample> heap, long maxHeapBytes, int imported, int notImported,
			List<String> problems, int statements, long projectBytes, String fileSystem, long indexBytes,
			long endToEndNanosWithoutLog) {

		/**
		 * How much longer the import takes with the provenance log than without, as a fraction
		 * (0.05 = 5 % longer), or empty when the import without it was not measured.
		 */
		public java.util.OptionalDouble provenanceOverhead() {
			return endToEndNanosWithoutLog == 0 ? java.util.OptionalDouble.empty()
					: java.util.OptionalDouble.of((double) endToEndNanos / endToEndNanosWithoutLog - 1);
		}

		/** The pages' size in megabytes (10^6 bytes). */
		public double megabytes() {
			return bytes / 1e6;
		}

		/** Pages per second of extraction alone. */
		public double extractPagesPerSecond() {
			return perSecond(docs, extractNanos);
		}

		/** Megabytes of HTML per second of extraction alone. */
		public double extractMegabytesPerSecond() {
			return perSecond(megabytes(), extractNanos);
		}

		/** Pages per second of the whole import. */
		public double endToEndPagesPerSecond() {
			return perSecond(docs, endToEndNanos);
		}

		/** Megabytes of HTML per second of the whole import. */
		public double endToEndMegabytesPerSecond() {
			return perSecond(megabytes(), endToEndNanos);
		}

		/** Milliseconds per page spent storing. */
		public double storeMillisPerPage() {
			return storeNanos / 1e6 / docs;
		}

		/** Milliseconds per page of the import spent on anything but storing: reading, decoding, extracting. */
		public double restMillisPerPage() {
			return (endToEndNanos - storeNanos) / 1e6 / docs;
		}

		private static double perSecond(double amount, long nanos) {
			return nanos == 0 ? 0 : amount * 1e9 / nanos;
		}
	}

	private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

	private static final TextMetadataReader METADATA = new TextMetadataReader();

	/** How many problem lines a result keeps. */
	private static final int PROBLEMS_KEPT = 3;

	private ImportBenchmark() {
	}

	/**
	 * Makes {@code docs} pages from the extraction benchmark in {@code benchmarkDir} and measures
	 * their extraction and their import into a project that {@code store} creates.
	 *
	 * @param workParent where the temporary folder for the pages and the project is made
	 *
	 * @throws IOException    when the pages cannot be read or written
	 * @throws StoreException when the project cannot be created or read
	 */
	public static Result run(Path benchmarkDir, int docs, ProjectStore store, Path workParent)
			throws IOException, StoreException {
		return run(benchmarkDir, docs, store, Optional.empty(), workParent);
	}

	/**
	 * As {@link #run(Path, int, ProjectStore, Path)}, and when {@code withoutLog} is given, also
	 * imports the same pages into a project of that store, which keeps no provenance log, to show
	 * what the log costs. Then each import runs twice, alternating (without, with, without, with),
	 * and the better time of each is reported, so that neither gains from running second.
	 */
	public static Result run(Path benchmarkDir, int docs, ProjectStore store, Optional<ProjectStore> withoutLog,
			Path workParent) throws IOException, StoreException {
		if (docs < 1) {
			throw new IllegalArgumentException("docs must be at least 1: " + docs);
		}
		Path root = Files.createTempDirectory(workParent, "verbatim-bench-import-");
		Result result;
		try {
			Path pages = Files.createDirectory(root.resolve("pages"));
			Extracted extracted = writeAndExtract(benchmarkDir, pages, docs);
			if (withoutLog.isEmpty()) {
				result = importAll(root, pages, docs, extracted, store, 0);
			} else {
				long bestWithout = Long.MAX_VALUE;
				Result best = null;
				for (int round = 0; round < 2; round++) {
					bestWithout = Math.min(bestWithout,
							importAll(root, pages, docs, extracted, withoutLog.get(), 0).endToEndNanos());
					Result with = importAll(root, pages, docs, extracted, store, 0);
					best = best == null || with.endToEndNanos() < best.endToEndNanos() ? with : best;
				}
				result = withoutLogTime(best, bestWithout);
			}
		} catch (Throwable e) {
			try {
				Folders.deleteTree(root);
			} catch (IOException notDeleted) {
				e.addSuppressed(notDeleted);
			}
			throw e;
		}
		Folders.deleteTree(root);
		return result;
	}

	/** The pages written (not timed) and extracted: what they were made from, size, extraction time, text. */
	private record Extracted(int bases, List<String> leftOut, long bytes, long nanos, long cleanChars) {
	}

	/** Writes the pages and extracts them; the base pages are no longer held when this returns. */
	private static Extracted writeAndExtract(Path benchmarkDir, Path pages, int docs) throws IOException {
		ImportCorpus all = ImportCorpus.read(benchmarkDir);
		ImportCorpus corpus = all.keeping(ImportBenchmark::hasStatementText);
		List<String> leftOut = all.bases().stream().filter(base -> !corpus.bases().contains(base))
				.map(ImportCorpus.Base::name).toList();
		long bytes = corpus.write(pages, docs);
		long nanos = 0;
		long cleanChars = 0;
		for (int i = 0; i < docs; i++) {
			byte[] page = corpus.page(i);
			long start = System.nanoTime();
			Extraction extraction;
			try {
				extraction = extract(page, ImportCorpus.fileName(i));
			} catch (DecodeProblem e) {
				throw new IOException("page " + ImportCorpus.fileName(i) + " cannot be decoded: " + e.getMessage(), e);
			}
			nanos += System.nanoTime() - start;
			cleanChars += extraction.cleanText().length();
		}
		return new Extracted(corpus.bases().size(), leftOut, bytes, nanos, cleanChars);
	}

	/** What the import does before it stores: decode, extract, read the clean text's metadata. */
	private static Extraction extract(byte[] page, String fileName) throws DecodeProblem {
		DecodedDocument document = DocumentDecoder.decode(page, DecodeHints.forFile(Path.of(fileName), Optional.empty()));
		Extraction extraction = EXTRACTOR.extract(document);
		METADATA.read(extraction.cleanText(), extraction.removals());
		return extraction;
	}

	/** Whether the import would take the page: it decodes and keeps some text (as the pipeline checks it). */
	private static boolean hasStatementText(ImportCorpus.Base base) {
		try {
			return !extract(base.html().getBytes(UTF_8), base.name()).cleanText().codePoints()
					.allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
		} catch (DecodeProblem e) {
			return false;
		}
	}

	private static Result withoutLogTime(Result r, long nanos) {
		return new Result(r.docs(), r.bases(), r.leftOut(), r.bytes(), r.extractNanos(), r.cleanChars(),
				r.endToEndNanos(), r.storeNanos(), r.heap(), r.maxHeapBytes(), r.imported(), r.notImported(), r.problems(),
				r.statements(), r.projectBytes(), r.fileSystem(), r.indexBytes(), nanos);
	}

	/** Imports the pages into a new project, measures, and deletes the project again. */
	private static Result importAll(Path root, Path pages, int docs, Extracted extracted, ProjectStore store,
			long withoutLogNanos) throws IOException, StoreException {
		Path projectDir = root.resolve("project");
		if (Files.exists(projectDir)) {
			Folders.deleteTree(projectDir);
		}
		HeapSampler sampler = new HeapSampler(docs);
		long nanos;
		ImportReport report;
		int statements;
		long storeNanos;
		Path indexDir;
		try (Project project = store.create(projectDir)) {
			indexDir = project.indexDirectory();
			TimedProject timed = new TimedProject(project);
			long start = System.nanoTime();
			report = StatementImportPipeline.withBuiltInExtractors().importSources(timed, List.of(pages.toString()),
					ImportOptions.defaults(), sampler);
			nanos = System.nanoTime() - start - sampler.samplingNanos;
			storeNanos = timed.addNanos();
			statements = (int) project.statementCount();
		}
		int imported = report.count(FileOutcome.Kind.IMPORTED);
		List<String> problems = report.problems().stream().limit(PROBLEMS_KEPT).map(FileOutcome::problemLine).toList();
		return new Result(docs, extracted.bases(), extracted.leftOut(), extracted.bytes(), extracted.nanos(),
				extracted.cleanChars(), nanos, storeNanos, List.copyOf(sampler.samples), Runtime.getRuntime().maxMemory(), imported,
				report.total() - imported, problems, statements, Folders.bytes(projectDir),
				Files.getFileStore(projectDir).type(), Folders.bytes(indexDir), withoutLogNanos);
	}

	/** Samples the used heap when a quarter, half, three quarters and all of the pages are done. */
	private static final class HeapSampler implements ImportListener {

		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		private final int docs;
		private final List<HeapSample> samples = new ArrayList<>();
		private int done;
		private long samplingNanos;

		HeapSampler(int docs) {
			this.docs = docs;
		}

		@Override
		public void fileDone(FileOutcome outcome) {
			done++;
			int percent = 25 * (samples.size() + 1);
			// the first page at or past the mark: with few pages one page may pass several marks
			while (percent <= 100 && done * 100L >= (long) percent * docs) {
				long start = System.nanoTime();
				System.gc();
				samples.add(new HeapSample(percent, done, memory.getHeapMemoryUsage().getUsed()));
				samplingNanos += System.nanoTime() - start;
				percent += 25;
			}
		}
	}

}
