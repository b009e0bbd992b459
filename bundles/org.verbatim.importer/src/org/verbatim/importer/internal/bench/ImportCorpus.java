package org.verbatim.importer.internal.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Any number of distinct, real-sized HTML pages made deterministically from the real pages of the
 * article-extraction benchmark ({@code html/*.html.gz}, UTF-8). Page {@code i} is base page
 * {@code i mod bases} with one sentence naming {@code i} put into its first paragraph, so that every
 * page has its own bytes (an import stores each as a new statement, none as a duplicate) while
 * keeping the size and structure of a real page.
 */
public final class ImportCorpus {

	/**
	 * A real page the pages are made from.
	 *
	 * @param name its file name in the benchmark (without {@code .gz})
	 * @param html its text
	 */
	public record Base(String name, String html) {
	}

	private final List<Base> bases;

	private ImportCorpus(List<Base> bases) {
		if (bases.isEmpty()) {
			throw new IllegalArgumentException("no base pages");
		}
		this.bases = List.copyOf(bases);
	}

	/**
	 * Reads the base pages of the benchmark in {@code benchmarkDir}, in file name order.
	 *
	 * @throws IOException when the folder has no {@code html/*.html.gz} or one cannot be read
	 */
	public static ImportCorpus read(Path benchmarkDir) throws IOException {
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(benchmarkDir.resolve("html"), "*.html.gz")) {
			stream.forEach(files::add);
		}
		if (files.isEmpty()) {
			throw new IOException("no html/*.html.gz pages in " + benchmarkDir);
		}
		files.sort(Comparator.comparing(p -> p.getFileName().toString()));
		List<Base> bases = new ArrayList<>();
		for (Path file : files) {
			try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
				String name = file.getFileName().toString();
				bases.add(new Base(name.substring(0, name.length() - ".gz".length()), new String(in.readAllBytes(), UTF_8)));
			}
		}
		return new ImportCorpus(bases);
	}

	/**
	 * The corpus made only from the base pages {@code usable} accepts.
	 *
	 * @throws IllegalArgumentException when it accepts none
	 */
	public ImportCorpus keeping(Predicate<Base> usable) {
		return new ImportCorpus(bases.stream().filter(usable).toList());
	}

	/** The real pages the pages are made from, in order. */
	public List<Base> bases() {
		return bases;
	}

	/** The file name of page {@code i}; names sort in page order. */
	public static String fileName(int i) {
		return String.format(Locale.ROOT, "page-%06d.html", i);
	}

	/** The UTF-8 bytes of page {@code i} (from 0). */
	public byte[] page(int i) {
		String base = bases.get(i % bases.size()).html();
		String sentence = String.format(Locale.ROOT,
				"Page %d of the import benchmark, copy %d of real page %d. ", i, i / bases.size() + 1, i % bases.size());
		int at = insertionPoint(base);
		return (base.substring(0, at) + sentence + base.substring(at)).getBytes(UTF_8);
	}

	/**
	 * Writes pages {@code 0} to {@code count - 1} into {@code folder}, one file each.
	 *
	 * @return the number of bytes written
	 */
	public long write(Path folder, int count) throws IOException {
		long bytes = 0;
		for (int i = 0; i < count; i++) {
			byte[] page = page(i);
			Files.write(folder.resolve(fileName(i)), page);
			bytes += page.length;
		}
		return bytes;
	}

	/** Just inside the first paragraph, else just inside the body, else at the start. */
	private static int insertionPoint(String html) {
		int start = tag(html, "p");
		if (start < 0) {
			start = tag(html, "body");
		}
		int end = start < 0 ? -1 : html.indexOf('>', start);
		return end < 0 ? 0 : end + 1;
	}

	/** Where the first start tag {@code name} begins, in any case (no lower-casing: it can move offsets). */
	private static int tag(String html, String name) {
		for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
			int after = at + 1 + name.length();
			if (html.regionMatches(true, at + 1, name, 0, name.length()) && after < html.length()
					&& (html.charAt(after) == '>' || Character.isWhitespace(html.charAt(after)))) {
				return at;
			}
		}
		return -1;
	}
}
