package org.verbatim.report.internal.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.Folders;
import org.verbatim.core.NewStatement;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.report.CitedOriginals;
import org.verbatim.report.QuoteCheck;
import org.verbatim.report.Report;
import org.verbatim.report.ReportAssembler;
import org.verbatim.report.ReportException;
import org.verbatim.report.ReportService;
import org.verbatim.report.ReportTemplate;
import org.verbatim.report.ReportVerifier;

/**
 * Makes a temporary project of statements with excerpts, then times a report of all the excerpts:
 * assembling it, exporting it in every installed format, and verifying the HTML, PDF, Markdown and DOCX exports
 * against the project. Made deterministically; the temporary folder is deleted afterwards.
 */
public final class ReportBenchmark {

	/** The default number of quotes. */
	public static final int DEFAULT_QUOTES = 1_000;

	/** Excerpts cut from each statement. */
	private static final int QUOTES_PER_STATEMENT = 5;

	private static final String[] WORDS = { "ministry", "statement", "anniversary", "commemoration", "embassy",
			"victims", "tragedy", "international", "community", "condemned", "Khojaly", "Baku", "Xocalı", "people",
			"memory", "peace", "justice", "government", "declared", "civilians", "conference", "ambassador" };

	/** The formats that carry their quotes' selectors, so that their exports can be verified. */
	private static final Set<String> VERIFIABLE = Set.of("html", "pdf", "md", "docx");

	private ReportBenchmark() {
	}

	/**
	 * What was measured, in nanoseconds.
	 *
	 * @param quotes   quotes in the report
	 * @param assemble reading the excerpts, their statements and records into the report
	 * @param exports  writing the report, by format
	 * @param bytes    the size of each export, by format
	 * @param verifies verifying the exports that carry selectors, by format
	 * @param verified quotes verified in each of those
	 */
	public record Result(int quotes, long assemble, Map<String, Long> exports, Map<String, Long> bytes,
			Map<String, Long> verifies, Map<String, Integer> verified) {
	}

	/** Runs with {@code quotes} quotes in a project {@code store} makes under {@code workParent}. */
	public static Result run(ProjectStore store, ReportService reports, int quotes, Path workParent)
			throws IOException, StoreException, ReportException {
		if (quotes < 1) {
			throw new IllegalArgumentException("quotes must be at least 1: " + quotes);
		}
		Path root = Files.createTempDirectory(workParent, "verbatim-bench-report-");
		try {
			return measure(store, reports, quotes, root);
		} finally {
			Folders.deleteTree(root);
		}
	}

	private static Result measure(ProjectStore store, ReportService reports, int quotes, Path root)
			throws StoreException, ReportException, IOException {
		try (Project project = store.create(root.resolve("project"))) {
			List<ExcerptId> excerpts = fill(project, quotes);
			long start = System.nanoTime();
			Report report = ReportAssembler.assemble(project, excerpts, ReportTemplate.DOSSIER, "Benchmark report",
					Optional.of("A report of generated statements."), Clock.systemUTC());
			long assemble = System.nanoTime() - start;
			Map<String, Long> exports = new LinkedHashMap<>();
			Map<String, Long> sizes = new LinkedHashMap<>();
			Map<String, Long> verifies = new LinkedHashMap<>();
			Map<String, Integer> verified = new LinkedHashMap<>();
			for (String format : reports.formats()) {
				Path file = root.resolve("report." + format);
				start = System.nanoTime();
				reports.export(report, format, file, false);
				exports.put(format, System.nanoTime() - start);
				sizes.put(format, Files.size(file));
				if (VERIFIABLE.contains(format)) {
					start = System.nanoTime();
					List<QuoteCheck> checks = ReportVerifier.verify(file, CitedOriginals.of(project));
					verifies.put(format, System.nanoTime() - start);
					verified.put(format, (int) checks.stream().filter(QuoteCheck::verified).count());
				}
			}
			return new Result(report.quotes().size(), assemble, exports, sizes, verifies, verified);
		}
	}

	/** Adds statements of generated sentences and cuts {@code quotes} excerpts, one sentence each. */
	private static List<ExcerptId> fill(Project project, int quotes) throws StoreException {
		List<ExcerptId> excerpts = new ArrayList<>();
		int statements = (quotes + QUOTES_PER_STATEMENT - 1) / QUOTES_PER_STATEMENT;
		for (int s = 0; s < statements; s++) {
			List<int[]> sentences = new ArrayList<>();
			StringBuilder text = new StringBuilder();
			for (int k = 0; k < 12; k++) {
				int from = text.length();
				text.append(sentence(s, k));
				sentences.add(new int[] { from, text.length() });
				text.append(k % 4 == 3 ? "\n" : " ");
			}
			String clean = text.toString();
			Speaker speaker = new Speaker("Speaker " + (s % 40), Optional.of("Ambassador"),
					Optional.of("Embassy " + (s % 7)), new Evidence("bench", "Speaker " + (s % 40), Optional.empty()));
			StatementMetadata metadata = new StatementMetadata(
					Optional.of(new Evidenced<>("Statement " + s, new Evidence("bench", "Statement " + s, Optional.empty()))),
					Optional.of(new Evidenced<>(LocalDate.of(2015 + s % 10, 1 + s % 12, 1 + s % 28),
							new Evidence("bench", "date", Optional.empty()))),
					Optional.empty(), Optional.empty(), List.of(speaker), Optional.empty(), Optional.empty(), List.of(),
					Optional.empty());
			StatementId id = project.add(new NewStatement("https://bench.example/statement/" + s, clean.getBytes(UTF_8),
					Optional.of("Statement " + s), clean, "UTF-8", "valid-utf8", OffsetMap.identity(clean.length()),
					List.of(), metadata, Optional.empty())).statement().id();
			for (int q = 0; q < QUOTES_PER_STATEMENT && excerpts.size() < quotes; q++) {
				int[] span = sentences.get(q * 2);
				excerpts.add(project.addExcerpt(id, span[0], span[1], Optional.empty()).id());
			}
		}
		return excerpts;
	}

	private static String sentence(int statement, int k) {
		StringBuilder out = new StringBuilder();
		long x = statement * 7919L + k * 104729L + 17;
		for (int w = 0; w < 14; w++) {
			x = x * 6364136223846793005L + 1442695040888963407L;
			String word = WORDS[(int) ((x >>> 33) % WORDS.length)];
			out.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
		}
		return out.append("of ").append(statement).append('.').toString();
	}
}
