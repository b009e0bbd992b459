package org.verbatim.store.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.verbatim.core.EventReference;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.Folders;
import org.verbatim.core.NewStatement;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Speaker;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StatementSummary;

/**
 * A benchmark, not a timed test: builds a project of N generated statements (N from the
 * environment, {@code VERBATIM_LISTING_STATEMENTS=100000}; in {@code /dev/shm} when there is one,
 * deleted afterwards) and prints how long listing them takes with {@link Project#summaries()} and
 * the way the explorer and the Timeline read them before (every statement with its text, then its
 * metadata, tags and retrievals one statement at a time), and the heap each result holds. Both must
 * say the same. Run it with
 * {@code VERBATIM_LISTING_STATEMENTS=100000 ./mvnw -B verify -pl tests/org.verbatim.store.tests -am}.
 */
@EnabledIfEnvironmentVariable(named = StatementSummariesScaleTest.SIZE_VARIABLE, matches = "\\d+")
class StatementSummariesScaleTest {

	static final String SIZE_VARIABLE = "VERBATIM_LISTING_STATEMENTS";

	private static final String[] PUBLISHERS = { "ISESCO", "News.Az", "Ministry of Foreign Affairs", "Azertac",
			"Embassy of Azerbaijan in Pakistan", "OIC", "Trend", "Report.az", "APA", "Daily Sabah" };
	private static final String[] PEOPLE = { "Hikmet Hajiyev", "Leyla Abdullayeva", "Elmar Mammadyarov",
			"Hissein Brahim Taha", "Abdulaziz Othman Altwaijri", "Bilal Hayee", "Aykhan Hajizada", "Salim AlMalik" };
	private static final String[] ROLES = { "spokesperson", "Director General", "Secretary-General", "Ambassador",
			"Minister" };
	private static final String[] EVENTS = { "Khojaly massacre", "Black January", "Second Karabakh war",
			"Victory Day", "Independence Day" };
	private static final String[] WORDS = ("ministry embassy statement commemoration anniversary tragedy people "
			+ "government republic nation memory victims solidarity international community peace region the of and "
			+ "to in for on with by was were is are said called upon remembered").split(" ");

	@Test
	void listingIsPrintedAgainstTheOldWayOnAGeneratedProject() throws Exception {
		int statements = Integer.parseInt(System.getenv(SIZE_VARIABLE));
		Path shm = Path.of("/dev/shm");
		Path work = Files.createTempDirectory(Files.isDirectory(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir")),
				"verbatim-listing-");
		try {
			long started = System.nanoTime();
			try (Project project = new SqliteProjectStore().create(work.resolve("project"))) {
				Random random = new Random(20261206L);
				for (int i = 1; i <= statements; i++) {
					project.add(generated(i, random));
					if (i % 10 == 0) {
						project.tag("S" + i, "tag-" + (i % 7));
					}
				}
			}
			long built = System.nanoTime() - started;
			try (Project project = new SqliteProjectStore().openReadOnly(work.resolve("project"))) {
				// once each untimed, so that both find the file in the page cache
				project.summaries();
				oldWay(project);

				long before = usedHeap();
				long t0 = System.nanoTime();
				List<StatementSummary> listed = project.summaries();
				long listing = System.nanoTime() - t0;
				long listedHeap = usedHeap() - before;

				before = usedHeap();
				t0 = System.nanoTime();
				OldWay old = oldWay(project);
				long oldTime = System.nanoTime() - t0;
				long oldHeap = usedHeap() - before;

				assertEquals(statements, listed.size());
				assertEquals(old.summaries(), listed);
				System.out.println(String.format(Locale.ROOT, "%nListing %,d statements (project of %.0f MB built in %.0f s):"
						+ "%n  summaries():               %8.2f s  %7.0f MB held%n"
						+ "  texts + 3 queries each:    %8.2f s  %7.0f MB held (texts %.0f MB)%n  speed-up: %.0fx",
						statements, Folders.bytes(work) / 1e6, built / 1e9, listing / 1e9, listedHeap / 1e6, oldTime / 1e9,
						oldHeap / 1e6, old.textChars() * 2 / 1e6, (double) oldTime / Math.max(listing, 1)));
			}
		} finally {
			Folders.deleteTree(work);
		}
	}

	/** What the explorer and the Timeline did before: every statement, then three queries each. */
	private record OldWay(List<StatementSummary> summaries, List<Statement> statements, long textChars) {
	}

	private static OldWay oldWay(Project project) throws Exception {
		List<Statement> all = project.statements();
		List<StatementSummary> summaries = new ArrayList<>(all.size());
		long chars = 0;
		for (Statement statement : all) {
			summaries.add(StatementSummary.of(statement, project.metadata(statement.id()),
					project.tags(statement.id().toString()), project.retrievals(statement.original())));
			chars += statement.text().length();
		}
		return new OldWay(summaries, all, chars);
	}

	private static long usedHeap() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/** A press release of about 3,000 characters with a publisher, speakers with roles, events and a date. */
	private static NewStatement generated(int n, Random random) {
		StringBuilder text = new StringBuilder();
		String title = "Statement " + n + " on the " + pick(random, EVENTS);
		text.append(title).append("\n\n");
		while (text.length() < 3000) {
			for (int w = 0; w < 12; w++) {
				text.append(pick(random, WORDS)).append(' ');
			}
			text.append(".\n");
		}
		Evidence evidence = new Evidence("generated", title, Optional.of(new OffsetMap.Span(0, title.length())));
		List<Speaker> speakers = new ArrayList<>();
		for (int s = random.nextInt(3); s >= 0; s--) {
			speakers.add(new Speaker(pick(random, PEOPLE) + " " + s, Optional.of(pick(random, ROLES)),
					Optional.of(pick(random, PUBLISHERS)), evidence));
		}
		List<EventReference> events = new ArrayList<>();
		for (int e = random.nextInt(3); e > 0; e--) {
			events.add(new EventReference(pick(random, EVENTS) + " " + e, Optional.empty(), Optional.empty(), evidence));
		}
		StatementMetadata metadata = new StatementMetadata(Optional.of(new Evidenced<>(title, evidence)),
				Optional.of(new Evidenced<>(LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000)), evidence)),
				Optional.empty(), Optional.of(new Evidenced<>("Baku", evidence)), speakers,
				Optional.of(new Evidenced<>(pick(random, PUBLISHERS), evidence)),
				Optional.of(new Evidenced<>("en", evidence)), events, Optional.empty());
		String clean = text.toString();
		return new NewStatement("/generated/" + n + ".txt", clean.getBytes(UTF_8), Optional.of(title), clean, "UTF-8",
				"valid-utf8", OffsetMap.identity(clean.length()), List.of(), metadata, Optional.empty());
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}
}
