package org.verbatim.provenance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.verbatim.core.OffsetMap;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Removal;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.prov.ChangeRecords;
import org.verbatim.core.prov.ProvChain;
import org.verbatim.core.prov.ProvEntity;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.prov.ProvIds;
import org.verbatim.core.prov.ProvRecord;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.provenance.internal.ExcerptCheck;
import org.verbatim.provenance.internal.ImportRecordCheck;
import org.verbatim.provenance.internal.OriginalText;
import org.verbatim.provenance.internal.TextDerivation;

/**
 * Verifies a project against its provenance log: the log's hash chain (every record's hash, each
 * record chained to the one before, numbers without gaps, every record readable), every archived
 * original a statement or record names (present, and its bytes have its hash), and every statement
 * (its text derives from its original through its offset map, and its text, offsets, removals and
 * metadata are what its records say). It only reads the project.
 * <p>
 * Reading is paged and runs one page ahead of the checking, which uses every processor.
 */
public final class ProjectVerifier {

	/** Records or statements read at a time. */
	static final int PAGE = 512;

	/** Pages read ahead of the checking at most. */
	static final int AHEAD = 4;

	private final List<Supplier<? extends StatementCheck>> checks;

	private final int threads;

	private ProjectVerifier(List<Supplier<? extends StatementCheck>> checks, int threads) {
		this.checks = List.copyOf(checks);
		this.threads = threads;
	}

	/** The verifier with Verbatim's checks, using every processor. */
	public static ProjectVerifier standard() {
		return new ProjectVerifier(List.of(ImportRecordCheck::new, ExcerptCheck::new),
				Runtime.getRuntime().availableProcessors());
	}

	/** This verifier with one more check, made afresh for each verification. */
	public ProjectVerifier withCheck(Supplier<? extends StatementCheck> check) {
		List<Supplier<? extends StatementCheck>> more = new ArrayList<>(checks);
		more.add(check);
		return new ProjectVerifier(more, threads);
	}

	/** This verifier checking on {@code count} threads (at least one). */
	public ProjectVerifier withThreads(int count) {
		return new ProjectVerifier(checks, Math.max(1, count));
	}

	/**
	 * Verifies {@code project}; open it read-only ({@code ProjectStore.openReadOnly}) so that it is
	 * certainly left as it is.
	 *
	 * @throws StoreException when the project cannot be read at all (a problem of one record,
	 *                        original or statement is a finding instead)
	 */
	public VerificationReport verify(Project project) throws StoreException {
		long started = System.nanoTime();
		List<StatementCheck> active = checks.stream().<StatementCheck>map(Supplier::get).toList();
		ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "verify-reader");
			t.setDaemon(true);
			return t;
		});
		ForkJoinPool workers = new ForkJoinPool(threads);
		try {
			Run run = new Run(project, active, reader, workers);
			run.records();
			run.statements();
			run.recordOnlyOriginals();
			for (StatementCheck check : active) {
				check.finish(project, run.findings::add);
			}
			return new VerificationReport(run.records, run.checkedOriginals.size(), run.statements,
					Optional.ofNullable(run.head), run.findings, Duration.ofNanos(System.nanoTime() - started));
		} finally {
			reader.shutdownNow();
			workers.shutdownNow();
		}
	}

	/** One verification: its state and findings. */
	private static final class Run {

		private final Project project;
		private final List<StatementCheck> checks;
		private final ExecutorService reader;
		private final ForkJoinPool workers;

		final List<Finding> findings = new ArrayList<>();

		/** Originals named by records, with their sizes, by SHA-256. */
		private final Map<String, Long> recordedOriginals = new HashMap<>();

		final Set<String> checkedOriginals = Collections.synchronizedSet(new HashSet<>());

		long records;
		long statements;
		String head;

		/** The number and previous hash the next record must have. */
		private long expected = 1;
		private String previousHash = ProvChain.GENESIS;

		Run(Project project, List<StatementCheck> checks, ExecutorService reader, ForkJoinPool workers) {
			this.project = project;
			this.checks = checks;
			this.reader = reader;
			this.workers = workers;
		}

		/** A record as read and checked on its own: whether its hash matches, and its content. */
		private record ReadRecord(ProvEntry entry, boolean hashMatches, ProvRecord record, String unreadable) {
		}

		void records() throws StoreException {
			this.<ProvEntry, List<ReadRecord>>pipeline(previous -> project.provenance(previous.isEmpty() ? 0 : previous.get(previous.size() - 1).seq(), PAGE),
					page -> page.stream().parallel().map(Run::read).toList(), this::chain);
		}

		/** Checks the links of a page of records, in order, and hands the readable ones to the checks. */
		private void chain(List<ReadRecord> page) {
			for (ReadRecord r : page) {
				long seq = r.entry().seq();
				String subject = "record " + seq;
				if (seq > expected) {
					findings.add(new Finding(expected == seq - 1 ? "record " + expected
							: "records " + expected + "-" + (seq - 1), Finding.CHAIN,
							"missing: the log goes from record " + (expected - 1) + " to record " + seq
									+ " (records were removed)"));
				} else if (!r.entry().previousHash().equals(previousHash)) {
					findings.add(new Finding(subject, Finding.CHAIN, seq == 1
							? "its previous hash is not the chain's start (64 zeros): records before it were removed"
							: "its previous hash is not the hash of record " + (seq - 1) + ": one of the two was changed"));
				}
				if (!r.hashMatches()) {
					findings.add(new Finding(subject, Finding.CHAIN,
							"its hash is not the hash of its content: the record was changed after it was written"));
				}
				if (r.record() == null) {
					findings.add(new Finding(subject, Finding.RECORD, "cannot be read: " + r.unreadable()));
				} else {
					recorded(r.record());
				}
				previousHash = r.entry().hash();
				head = r.entry().hash();
				expected = seq + 1;
				records++;
			}
		}

		private static ReadRecord read(ProvEntry entry) {
			boolean matches = entry.hashMatches();
			try {
				return new ReadRecord(entry, matches, entry.record(), null);
			} catch (IllegalArgumentException e) {
				return new ReadRecord(entry, matches, null, e.getMessage());
			}
		}

		private void recorded(ProvRecord record) {
			for (ProvEntity entity : record.content().entities()) {
				if (entity.type().equals(ProvIds.ORIGINAL) || entity.type().equals(ProvIds.RETRIEVAL)) {
					Optional<String> sha = entity.attribute(ChangeRecords.SHA256);
					Optional<Long> size = entity.attribute("size").flatMap(Run::number);
					if (sha.isPresent() && size.isPresent()) {
						recordedOriginals.putIfAbsent(sha.get(), size.get());
					} else {
						findings.add(new Finding("record " + record.seq(), Finding.RECORD,
								"names an original (" + entity.id() + ") without its sha256 and size"));
					}
				}
			}
			for (StatementCheck check : checks) {
				check.recorded(record, findings::add);
			}
		}

		private static Optional<Long> number(String text) {
			try {
				return Optional.of(Long.parseLong(text));
			} catch (NumberFormatException e) {
				return Optional.empty();
			}
		}

		/** A statement with what the store holds for it, or the reason it could not be read. */
		private record StoredStatement(Statement statement, OffsetMap offsets, List<Removal> removals,
				StatementMetadata metadata, String unreadable) {
		}

		void statements() throws StoreException {
			this.<StoredStatement, List<List<Finding>>>pipeline(previous -> readStatements(previous.isEmpty() ? Optional.empty()
					: Optional.of(previous.get(previous.size() - 1).statement().id())),
					page -> page.stream().parallel().map(this::check).toList(), found -> {
						found.forEach(findings::addAll);
						statements += found.size();
					});
		}

		/** Reads the page after {@code previous} (empty for the first page). */
		@FunctionalInterface
		private interface PageReader<T> {
			List<T> read(List<T> previous) throws StoreException;
		}

		/**
		 * Reads pages on the reader thread, processes each on the workers as soon as it is read, and
		 * hands the results to {@code consume} on this thread in page order; the reader stays at most
		 * {@link ProjectVerifier#AHEAD} pages ahead.
		 */
		private <T, R> void pipeline(PageReader<T> pages, Function<List<T>, R> process, Consumer<R> consume)
				throws StoreException {
			BlockingQueue<CompletableFuture<Optional<R>>> queue = new ArrayBlockingQueue<>(AHEAD);
			reader.submit((Callable<Void>) () -> {
				try {
					List<T> previous = List.of();
					while (true) {
						List<T> page = pages.read(previous);
						if (page.isEmpty()) {
							queue.put(CompletableFuture.completedFuture(Optional.empty()));
							return null;
						}
						queue.put(CompletableFuture.supplyAsync(() -> Optional.of(process.apply(page)), workers));
						previous = page;
					}
				} catch (StoreException | RuntimeException e) {
					queue.put(CompletableFuture.failedFuture(e));
					return null;
				}
			});
			while (true) {
				CompletableFuture<Optional<R>> next;
				try {
					next = queue.take();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("verification was interrupted", e);
				}
				Optional<R> result = await(next);
				if (result.isEmpty()) {
					return;
				}
				consume.accept(result.get());
			}
		}

		private List<StoredStatement> readStatements(Optional<StatementId> after) throws StoreException {
			List<Statement> page = project.statementsAfter(after, PAGE);
			List<StoredStatement> out = new ArrayList<>(page.size());
			for (Statement s : page) {
				try {
					out.add(new StoredStatement(s, project.offsets(s.id()), project.removals(s.id()),
							project.metadata(s.id()), null));
				} catch (StoreException e) {
					out.add(new StoredStatement(s, null, null, null, e.getMessage()));
				}
			}
			return out;
		}

		private List<Finding> check(StoredStatement stored) {
			List<Finding> found = new ArrayList<>();
			Statement s = stored.statement();
			String subject = s.id().toString();
			Optional<String> decoded = original(s.original(), "the original of " + subject, found).flatMap(bytes -> {
				try {
					return Optional.of(OriginalText.decode(bytes, s.charset()));
				} catch (IllegalArgumentException e) {
					found.add(new Finding(subject, Finding.TEXT,
							"its original cannot be decoded again: this Java does not know the charset " + s.charset()));
					return Optional.empty();
				}
			});
			if (stored.unreadable() != null) {
				found.add(new Finding(subject, Finding.TEXT, "cannot be read: " + stored.unreadable()));
				return found;
			}
			decoded.ifPresent(text -> {
				TextDerivation.offsetProblems(s.text(), stored.offsets(), text)
						.forEach(p -> found.add(new Finding(subject, Finding.OFFSETS, p)));
				TextDerivation.removalProblems(stored.removals(), text)
						.forEach(p -> found.add(new Finding(subject, Finding.REMOVALS, p)));
			});
			CheckedStatement checked = new CheckedStatement(s, stored.offsets(), stored.removals(), stored.metadata(),
					decoded);
			for (StatementCheck check : checks) {
				try {
					check.check(project, checked, found::add);
				} catch (StoreException e) {
					found.add(new Finding(subject, Finding.RECORD, "its records cannot be read: " + e.getMessage()));
				}
			}
			return found;
		}

		/** Reads an original once, checking its hash; a problem is added to {@code found}. */
		private Optional<byte[]> original(OriginalRef ref, String whose, List<Finding> found) {
			checkedOriginals.add(ref.sha256());
			try {
				return Optional.of(project.readOriginal(ref));
			} catch (StoreException e) {
				found.add(new Finding("original " + ref.sha256(), Finding.ORIGINAL, "(" + whose + ") " + e.getMessage()));
				return Optional.empty();
			}
		}

		/** The originals only records name (failed imports, for one), which no statement led to. */
		void recordOnlyOriginals() {
			List<OriginalRef> rest = recordedOriginals.entrySet().stream()
					.filter(e -> !checkedOriginals.contains(e.getKey()))
					.map(e -> new OriginalRef(e.getKey(), e.getValue())).sorted((a, b) -> a.sha256().compareTo(b.sha256()))
					.toList();
			@SuppressWarnings("unchecked")
			List<Finding>[] found = new List[rest.size()];
			inParallel(rest.size(), i -> {
				found[i] = new ArrayList<>();
				original(rest.get(i), "named by the records", found[i]);
			});
			for (List<Finding> each : found) {
				findings.addAll(each);
			}
		}

		/** Runs {@code work} for 0..count-1 on the worker threads and waits for all of it. */
		private void inParallel(int count, java.util.function.IntConsumer work) {
			try {
				workers.submit(() -> IntStream.range(0, count).parallel().forEach(work)).get();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("verification was interrupted", e);
			} catch (ExecutionException e) {
				throw rethrown(e.getCause());
			}
		}

		private static <T> T await(CompletableFuture<T> future) throws StoreException {
			try {
				return future.join();
			} catch (CompletionException e) {
				if (e.getCause() instanceof StoreException store) {
					throw store;
				}
				throw rethrown(e.getCause());
			}
		}

		private static RuntimeException rethrown(Throwable cause) {
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			return new IllegalStateException(cause);
		}
	}
}
