package org.verbatim.provenance.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

import org.verbatim.core.Folders;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.provenance.ProjectVerifier;
import org.verbatim.provenance.VerificationReport;

/**
 * {@code bench verify}: builds a project of generated statements in a temporary folder, then times
 * verifying it, opened read-only in a fresh {@link Project} as {@code verbatim verify} does. The
 * folder is deleted afterwards.
 */
public final class VerifyBenchmark {

	/** Statements by default. */
	public static final int DEFAULT_STATEMENTS = 100_000;

	/** The seed of the generated statements. */
	static final long SEED = 20261205L;

	/**
	 * The figures.
	 *
	 * @param statements   statements in the project
	 * @param buildNanos   how long adding them took
	 * @param report       what verification found, with its time
	 * @param projectBytes the project's size on disk
	 */
	public record Result(int statements, long buildNanos, VerificationReport report, long projectBytes) {
	}

	private VerifyBenchmark() {
	}

	/**
	 * Runs the benchmark in a new temporary folder under {@code workParent}.
	 *
	 * @param progress told of every 1,000 statements added
	 */
	public static Result run(ProjectStore store, int statements, Path workParent, LongConsumer progress)
			throws IOException, StoreException {
		Path work = Files.createTempDirectory(workParent, "verbatim-bench-verify-");
		try {
			Path dir = work.resolve("project");
			long started = System.nanoTime();
			try (Project project = store.create(dir)) {
				GeneratedStatements generated = new GeneratedStatements(SEED);
				for (int i = 1; i <= statements; i++) {
					project.add(generated.next(i));
					if (i % 1000 == 0) {
						progress.accept(i);
					}
				}
			}
			long built = System.nanoTime() - started;
			VerificationReport report;
			try (Project project = store.openReadOnly(dir)) {
				report = ProjectVerifier.standard().verify(project);
			}
			return new Result(statements, built, report, Folders.bytes(dir));
		} finally {
			Folders.deleteTree(work);
		}
	}
}
