package org.verbatim.importer.internal.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import org.verbatim.core.Evidenced;
import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.DocumentExtractor;
import org.verbatim.importer.Extraction;

/**
 * Scores a {@link DocumentExtractor} on the article-extraction benchmark (a folder with
 * {@code ground-truth.json} and {@code html/<id>.html.gz}) with the benchmark's own measure. Pages
 * whose id starts with {@code 0}-{@code b} are the development part, {@code c}-{@code f} the
 * held-out part that rules are never tuned on; both are reported, and all pages together. Pages
 * with a gold headline and date of our own ({@link TitleDateGold}) are also scored on the title and
 * issued date in the extraction's metadata ({@link TitleDateScore}).
 */
public final class ExtractionBenchmark {

	/**
	 * The scores of one page.
	 *
	 * @param id     the page id
	 * @param score  how the extracted text compares with the gold text
	 * @param nanos  extraction time
	 * @param title  the extracted title
	 * @param issued the extracted issued date
	 * @param titleDate how title and date compare with the gold, empty for a page without gold
	 */
	public record PageResult(String id, ShingleScore score, long nanos, Optional<String> title,
			Optional<LocalDate> issued, Optional<TitleDateScore> titleDate) {

		/** Whether the page belongs to the held-out part. */
		public boolean heldOut() {
			return isHeldOut(id);
		}
	}

	/**
	 * The benchmark's result.
	 *
	 * @param development the development pages
	 * @param heldOut     the held-out pages
	 * @param all         all pages
	 * @param developmentTitleDate title and date accuracy of the annotated development pages
	 * @param heldOutTitleDate     title and date accuracy of the annotated held-out pages
	 * @param allTitleDate         title and date accuracy of all annotated pages
	 * @param pages       each page
	 * @param extractionMillisPerPage mean extraction time per page (decompression excluded)
	 */
	public record Result(BenchmarkSummary development, BenchmarkSummary heldOut, BenchmarkSummary all,
			TitleDateScore.Summary developmentTitleDate, TitleDateScore.Summary heldOutTitleDate,
			TitleDateScore.Summary allTitleDate, List<PageResult> pages, double extractionMillisPerPage) {
	}

	private ExtractionBenchmark() {
	}

	/** Whether the page {@code id} is held out from development. */
	public static boolean isHeldOut(String id) {
		return !id.isEmpty() && "cdef".indexOf(Character.toLowerCase(id.charAt(0))) >= 0;
	}

	/** Whether {@code dir} looks like the benchmark folder. */
	public static boolean isBenchmarkFolder(Path dir) {
		return Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html"));
	}

	/**
	 * Runs {@code extractor} over every page of the benchmark in {@code dir}, with the bundled gold
	 * titles and dates.
	 */
	public static Result run(Path dir, DocumentExtractor extractor) throws IOException {
		return run(dir, extractor, TitleDateGold.bundled());
	}

	/**
	 * Runs {@code extractor} over every page of the benchmark in {@code dir}; pages in
	 * {@code titleDates} are also scored on title and date.
	 */
	public static Result run(Path dir, DocumentExtractor extractor, Map<String, TitleDateGold.Page> titleDates)
			throws IOException {
		Map<String, GroundTruth.Page> gold = GroundTruth.read(dir.resolve("ground-truth.json"));
		List<PageResult> pages = new ArrayList<>();
		long totalNanos = 0;
		for (Map.Entry<String, GroundTruth.Page> entry : gold.entrySet()) {
			String id = entry.getKey();
			DecodedDocument document = page(dir, id, entry.getValue().url());
			long start = System.nanoTime();
			Extraction extraction = extractor.extract(document);
			long nanos = System.nanoTime() - start;
			totalNanos += nanos;
			Optional<String> title = extraction.metadata().title().map(Evidenced::value);
			Optional<LocalDate> issued = extraction.metadata().issued().map(Evidenced::value);
			pages.add(new PageResult(id, ShingleScore.of(extraction.cleanText(), entry.getValue().articleBody()), nanos,
					title, issued, Optional.ofNullable(titleDates.get(id)).map(g -> TitleDateScore.of(title, issued, g))));
		}
		return new Result(summary(pages, false), summary(pages, true),
				BenchmarkSummary.of(pages.stream().map(PageResult::score).toList()), titleDateSummary(pages, p -> !p.heldOut()),
				titleDateSummary(pages, PageResult::heldOut), titleDateSummary(pages, p -> true), pages,
				totalNanos / 1e6 / Math.max(1, pages.size()));
	}

	/** The page {@code id} of the benchmark in {@code dir}, decoded as the UTF-8 it is. */
	public static DecodedDocument page(Path dir, String id, String url) throws IOException {
		Path file = dir.resolve("html").resolve(id + ".html.gz");
		String html;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			html = new String(in.readAllBytes(), UTF_8);
		}
		return new DecodedDocument(html, "UTF-8", "option", "text/html", location(url));
	}

	/** The ids of the benchmark's pages, sorted. */
	public static List<String> ids(Path dir) throws IOException {
		return List.copyOf(GroundTruth.read(dir.resolve("ground-truth.json")).keySet());
	}

	/** The gold URL of each page, by id. */
	public static Map<String, String> urls(Path dir) throws IOException {
		Map<String, String> urls = new TreeMap<>();
		GroundTruth.read(dir.resolve("ground-truth.json")).forEach((id, page) -> urls.put(id, page.url()));
		return urls;
	}

	private static Optional<URI> location(String url) {
		try {
			return url.isEmpty() ? Optional.empty() : Optional.of(URI.create(url));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static TitleDateScore.Summary titleDateSummary(List<PageResult> pages, Predicate<PageResult> part) {
		return TitleDateScore.Summary.of(pages.stream().filter(part).flatMap(p -> p.titleDate().stream()).toList());
	}

	private static BenchmarkSummary summary(List<PageResult> pages, boolean heldOut) {
		return BenchmarkSummary.of(pages.stream().filter(p -> p.heldOut() == heldOut).map(PageResult::score).toList());
	}
}
