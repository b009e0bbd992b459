package org.verbatim.importer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.verbatim.core.Evidenced;
import org.verbatim.core.IoFailures;
import org.verbatim.core.NearDuplicateGroup;
import org.verbatim.core.NewStatement;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Retrieval;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.prov.CleanerStep;
import org.verbatim.core.prov.ImportTools;
import org.verbatim.core.prov.MetadataStep;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.Project.AddResult;
import org.verbatim.core.store.StoreException;
import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.DocumentExtractor;
import org.verbatim.importer.ExtractedDocument;
import org.verbatim.importer.Extraction;
import org.verbatim.importer.FetchedSource;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.FileOutcome.Kind;
import org.verbatim.importer.ImportFailure;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.ImportReport;
import org.verbatim.importer.MetadataExtractor;
import org.verbatim.importer.SourceImporter;
import org.verbatim.importer.SourceItem;
import org.verbatim.importer.StatementImporter;
import org.verbatim.importer.TextCleaner;
import org.verbatim.importer.internal.archive.ArchiveItem;
import org.verbatim.importer.internal.archive.ArchiveLimits;
import org.verbatim.importer.internal.archive.ArchiveProblem;
import org.verbatim.importer.internal.archive.ZipReader;
import org.verbatim.importer.internal.decode.DecodeHints;
import org.verbatim.importer.internal.decode.DecodeProblem;
import org.verbatim.importer.internal.decode.DocumentDecoder;
import org.verbatim.importer.internal.html.HtmlExtractor;
import org.verbatim.importer.internal.metadata.TextMetadataReader;
import org.verbatim.importer.internal.text.ScrapeCleaner;
import org.verbatim.importer.internal.web.FetchProblem;
import org.verbatim.importer.internal.web.FetchSettings;
import org.verbatim.importer.internal.web.WebFetcher;

/**
 * The import pipeline: files, folders, ZIP archives and web pages in; for each original, read (or
 * fetch) the bytes and archive them in the project at once, then decode them recording how the
 * encoding was chosen, clean them with the {@link DocumentExtractor} for their media type and
 * then with every {@link TextCleaner}, read the metadata, and add the statement with its offsets,
 * removals and retrieval in one transaction. A failure is one sentence for that original only,
 * recorded in the project with the original it kept (when bytes were read), so that no original
 * is lost.
 */
@Component(service = StatementImporter.class)
public class StatementImportPipeline implements StatementImporter {

	/** Files larger than this are refused: no statement page is that long. */
	static final int DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

	/** Extensions taken when walking folders; files named explicitly are always tried. */
	static final Set<String> FOLDER_EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml", "shtml", "zip");

	/** How many files are read and cleaned ahead of the one being stored. */
	private static final int READ_AHEAD = 8;

	/** Threads that read and clean ahead: extraction is most of an import's work. */
	private static final int READ_AHEAD_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

	private static final System.Logger LOG = System.getLogger(StatementImportPipeline.class.getName());

	private final int maxBytes;
	private final FetchSettings fetchSettings;
	/** The importer itself, as the software agent of fetching, reading and decoding. */
	private static final ProvAgent IMPORTER = ProvAgent.softwareOf(StatementImportPipeline.class);

	private final ExtractorRegistry extractors = new ExtractorRegistry();
	/** Readers of fetched sources that list pages to import (feeds), from plugins. */
	private final RankedServices<SourceImporter> sourceImporters = new RankedServices<>();
	/** Cleaners that remove more from the clean text, from plugins: all run, highest-ranked first. */
	private final TextCleaners textCleaners = new TextCleaners();
	/** Extractors of more metadata, from plugins: all run, highest-ranked first. */
	private final RankedServices<MetadataExtractor> metadataExtractors = new RankedServices<>();
	private final TextMetadataReader textMetadata = new TextMetadataReader();

	/** The pipeline Declarative Services creates; extractors arrive as services. */
	public StatementImportPipeline() {
		this(DEFAULT_MAX_BYTES, FetchSettings.defaults());
	}

	/** A pipeline with other limits, for tests. */
	StatementImportPipeline(int maxBytes, FetchSettings fetchSettings) {
		this.maxBytes = maxBytes;
		this.fetchSettings = fetchSettings;
	}

	/** A pipeline with the extractors that ship with Verbatim, for use outside OSGi (tests, tools). */
	public static StatementImportPipeline withBuiltInExtractors() {
		return new StatementImportPipeline().withBuiltIns();
	}

	StatementImportPipeline withBuiltIns() {
		addExtractor(new HtmlExtractor(), Map.of());
		addExtractor(new ScrapeCleaner(), Map.of());
		return this;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeExtractor")
	void addExtractor(DocumentExtractor extractor, Map<String, Object> properties) {
		extractors.add(extractor, properties);
	}

	void removeExtractor(DocumentExtractor extractor) {
		extractors.remove(extractor);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeSourceImporter")
	void addSourceImporter(SourceImporter importer, Map<String, Object> properties) {
		sourceImporters.add(importer, properties);
	}

	void removeSourceImporter(SourceImporter importer) {
		sourceImporters.remove(importer);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeTextCleaner")
	void addTextCleaner(TextCleaner cleaner, Map<String, Object> properties) {
		textCleaners.add(cleaner, properties);
	}

	void removeTextCleaner(TextCleaner cleaner) {
		textCleaners.remove(cleaner);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeMetadataExtractor")
	void addMetadataExtractor(MetadataExtractor extractor, Map<String, Object> properties) {
		metadataExtractors.add(extractor, properties);
	}

	void removeMetadataExtractor(MetadataExtractor extractor) {
		metadataExtractors.remove(extractor);
	}

	/**
	 * This pipeline with {@code extractor} as a document extractor of {@code service.ranking}
	 * {@code ranking}, for use outside OSGi (tests, tools).
	 */
	public StatementImportPipeline withExtractor(DocumentExtractor extractor, int ranking) {
		addExtractor(extractor, Map.of("service.ranking", ranking));
		return this;
	}

	/**
	 * This pipeline with {@code extractor} as a metadata extractor of {@code service.ranking}
	 * {@code ranking}, for use outside OSGi (tests, tools).
	 */
	public StatementImportPipeline withMetadataExtractor(MetadataExtractor extractor, int ranking) {
		addMetadataExtractor(extractor, Map.of("service.ranking", ranking));
		return this;
	}

	/**
	 * This pipeline with {@code cleaner} as a text cleaner of {@code service.ranking} {@code ranking},
	 * for use outside OSGi (tests, tools).
	 */
	public StatementImportPipeline withTextCleaner(TextCleaner cleaner, int ranking) {
		addTextCleaner(cleaner, Map.of("service.ranking", ranking));
		return this;
	}

	/** This pipeline with {@code importer} as a source importer of ranking 0, for use outside OSGi (tests, tools). */
	public StatementImportPipeline withSourceImporter(SourceImporter importer) {
		addSourceImporter(importer, Map.of());
		return this;
	}

	@Override
	public ImportReport importSources(Project project, List<String> sources, ImportOptions options,
			ImportListener listener) {
		Objects.requireNonNull(project, "project");
		Objects.requireNonNull(options, "options");
		Objects.requireNonNull(listener, "listener");
		Run run = new Run(project, options, listener);
		// plan first, so that progress can be told against the whole number of files
		for (String source : sources) {
			run.plan(source);
		}
		listener.planned(run.plan.size());
		// Files are read, decoded and cleaned ahead on worker threads; they are stored one by one,
		// in plan order, on this thread, each in its own transaction, so a killed or cancelled
		// import still leaves exactly the files before it complete.
		ExecutorService workers = Executors.newFixedThreadPool(READ_AHEAD_THREADS, runnable -> {
			Thread thread = new Thread(runnable, "verbatim-import-read-ahead");
			thread.setDaemon(true);
			return thread;
		});
		Map<Integer, Future<Loaded>> ahead = new HashMap<>();
		try {
			for (int i = 0; i < run.plan.size(); i++) {
				for (int j = i; j < Math.min(run.plan.size(), i + READ_AHEAD); j++) {
					if (run.plan.get(j) instanceof Step.File file && !ahead.containsKey(j)) {
						ahead.put(j, workers.submit(() -> load(file.file(), options, project)));
					}
				}
				if (listener.cancelRequested()) {
					return run.report(true);
				}
				run.take(run.plan.get(i), Optional.ofNullable(ahead.remove(i)));
			}
			return run.report(false);
		} finally {
			workers.shutdownNow();
			run.close();
		}
	}

	/** A file read, archived and cleaned, ready to be stored. */
	private record Loaded(byte[] content, OriginalRef original, Prepared prepared) {
	}

	/** Reads a file and archives its bytes before anything else, then decodes and cleans them. */
	private Loaded load(Path file, ImportOptions options, Project project) throws ImportProblem, StoreException {
		byte[] content = read(file);
		OriginalRef original = project.archive(content);
		return new Loaded(content, original, prepareKept(file.toString(), original, content,
				DecodeHints.forFile(file, options.charset())));
	}

	/**
	 * Decodes and cleans an archived original; any failure, expected or not, names the original so
	 * that the recorded failure keeps it.
	 */
	private Prepared prepareKept(String shown, OriginalRef original, byte[] content, DecodeHints hints)
			throws ImportProblem {
		try {
			return prepare(shown, content, hints);
		} catch (ImportProblem e) {
			throw e.keeping(original);
		} catch (RuntimeException | StackOverflowError e) {
			LOG.log(Level.ERROR, "unexpected failure importing " + shown, e);
			throw new ImportProblem(unexpected(e)).keeping(original);
		}
	}

	/** One original to go through, or an outcome already known while planning. */
	private sealed interface Step {
		record File(Path file) implements Step {
		}

		record Archive(Path file) implements Step {
		}

		record Web(String address) implements Step {
		}

		record Known(FileOutcome outcome) implements Step {
		}
	}

	/** One call of {@link #importSources}: its project, options, plan and outcomes. */
	private final class Run implements AutoCloseable {

		private final Project project;
		private final ImportOptions options;
		private final ImportListener listener;
		private final List<Step> plan = new ArrayList<>();
		private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
		private final List<FileOutcome> problems = new ArrayList<>();
		private final NearDuplicateRecorder nearDuplicates;
		/** One HTTP client for all the pages of the run (its connections are reused); made when needed. */
		private WebFetcher fetcher;
		/** While the pages of a source's items are imported: who led to them, for their provenance. */
		private Optional<Via> via = Optional.empty();

		Run(Project project, ImportOptions options, ImportListener listener) {
			this.project = project;
			this.options = options;
			this.listener = listener;
			this.nearDuplicates = new NearDuplicateRecorder(project);
		}

		void plan(String source) {
			String lower = source.toLowerCase(Locale.ROOT);
			if (lower.startsWith("http://") || lower.startsWith("https://")) {
				plan.add(new Step.Web(source));
				return;
			}
			Path path;
			try {
				path = Path.of(source).toAbsolutePath().normalize();
			} catch (InvalidPathException e) {
				plan.add(failed(source, "is not a valid path or http(s) URL"));
				return;
			}
			if (Files.isDirectory(path)) {
				walk(path);
			} else {
				plan.add(isZip(path) ? new Step.Archive(path) : new Step.File(path));
			}
		}

		/** Plans the supported files of a folder and its subfolders, in name order. */
		private void walk(Path folder) {
			List<Path> entries = new ArrayList<>();
			try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
				stream.forEach(entries::add);
			} catch (IOException e) {
				plan.add(failed(folder.toString(), "is a folder that cannot be read (" + IoFailures.reason(e) + ")"));
				return;
			}
			entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
			for (Path entry : entries) {
				if (isHidden(entry)) {
					continue;
				}
				if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
					walk(entry);
				} else if (Files.isDirectory(entry)) {
					skip(entry, "is a link to a folder, which is not followed; name it explicitly to import it");
				} else if (!Files.isRegularFile(entry)) {
					skip(entry, "is not a regular file");
				} else if (!FOLDER_EXTENSIONS.contains(extension(entry)) && !extractors.fileTypes().contains(extension(entry))) {
					String type = extension(entry).isEmpty() ? "no extension" : "." + extension(entry);
					skip(entry, "not a supported file type (" + type + "); name it explicitly to import it anyway");
				} else {
					plan.add(isZip(entry) ? new Step.Archive(entry) : new Step.File(entry));
				}
			}
		}

		private void skip(Path file, String why) {
			plan.add(new Step.Known(new FileOutcome(file.toString(), Kind.SKIPPED, Optional.empty(), why)));
		}

		@Override
		public void close() {
			if (fetcher != null) {
				fetcher.close();
			}
		}

		void take(Step step, Optional<Future<Loaded>> loaded) {
			switch (step) {
			case Step.Known known -> report(known.outcome());
			case Step.File file -> importFile(file.file(), loaded.orElseThrow());
			case Step.Archive archive -> importArchive(archive.file());
			case Step.Web web -> importPage(web.address());
			}
		}

		private void importFile(Path file, Future<Loaded> loading) {
			String source = file.toString();
			guarded(source, () -> {
				Loaded loaded = await(loading);
				return store(source, source, loaded.content(), loaded.original(), loaded.prepared(), Optional.empty());
			});
		}

		/** The file read ahead; its failure as if it had happened here. */
		private Loaded await(Future<Loaded> loading) throws ImportProblem, StoreException {
			try {
				return loading.get();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new ImportProblem("was not imported: the import was interrupted");
			} catch (ExecutionException e) {
				switch (e.getCause()) {
				case ImportProblem problem -> throw problem;
				case StoreException failure -> throw failure;
				case RuntimeException failure -> throw failure;
				case Error failure -> throw failure;
				default -> throw new IllegalStateException(e.getCause());
				}
			}
		}


		private void importArchive(Path zip) {
			try (ZipReader reader = ZipReader.open(zip, ArchiveLimits.defaults())) {
				for (Optional<ArchiveItem> item = reader.next(); item.isPresent(); item = reader.next()) {
					String source = zip + "!/" + item.get().name();
					switch (item.get()) {
					case ArchiveItem.Entry entry -> guarded(source, () -> importOriginal(source, source, entry.bytes(),
							DecodeHints.forFile(Path.of(entry.name()).getFileName(), options.charset()), Optional.empty()));
					case ArchiveItem.Skipped skipped -> report(new FileOutcome(source, Kind.SKIPPED, Optional.empty(),
							skipped.reason()));
					case ArchiveItem.Refused refused -> report(new FileOutcome(source, Kind.FAILED, Optional.empty(),
							refused.reason()));
					}
				}
			} catch (ArchiveProblem e) {
				report(new FileOutcome(zip.toString(), Kind.FAILED, Optional.empty(), e.getMessage()), keepWhole(zip));
			} catch (InvalidPathException e) {
				report(new FileOutcome(zip.toString(), Kind.FAILED, Optional.empty(),
						"has an entry whose name is not a valid path (" + e.getInput() + ")"), keepWhole(zip));
			}
		}

		/**
		 * Archives a whole ZIP file that could not be read through, so that the entries it could not
		 * give are not lost; nothing when it cannot be read either (the failure says why already).
		 */
		private Optional<OriginalRef> keepWhole(Path zip) {
			try {
				return Optional.of(project.archive(read(zip)));
			} catch (ImportProblem | StoreException e) {
				LOG.log(Level.WARNING, "could not keep the original of " + zip + ": " + e.getMessage());
				return Optional.empty();
			}
		}

		private void importPage(String address) {
			guardedSource(address, () -> {
				Fetched fetched = fetchKept(address);
				FetchedSource source = fetched.asSource(address);
				Optional<SourceImporter> lister = via.isEmpty() ? sourceImporters.best(i -> takes(i, source))
						: Optional.empty();
				if (lister.isPresent()) {
					importItems(source, lister.get());
					return Optional.empty();
				}
				return Optional.of(importOriginal(address, fetched.requested(), fetched.body(), fetched.hints(),
						Optional.of(fetched.retrieval())));
			});
		}

		/**
		 * Imports the page of each item a source importer lists (those the options select), each on
		 * its own like a URL the analyst named. The source's own bytes are archived, so the items'
		 * provenance can name exactly what listed them. An item whose page cannot be fetched is
		 * reported and the others go on: its text is not taken from the source instead, since a
		 * feed's summary is often cut short and is not the page the statement must be traced to.
		 */
		private void importItems(FetchedSource source, SourceImporter lister) throws ImportProblem, StoreException {
			OriginalRef kept = project.archive(source.body());
			List<SourceItem> items;
			try {
				items = lister.items(source);
			} catch (ImportFailure e) {
				throw new ImportProblem(e.getMessage()).keeping(kept);
			}
			ProvAgent agent = ProvAgent.softwareOf(lister.getClass());
			for (SourceItem item : items) {
				if (!options.items().test(item)) {
					continue;
				}
				if (item.link().isEmpty()) {
					report(new FileOutcome(source.address() + "#" + item.id(), Kind.FAILED, Optional.empty(),
							"is an item of the " + lister.kind() + " with no link to a page"));
					continue;
				}
				via = Optional.of(new Via(agent, Map.of("via", source.address(), "via-kind", lister.kind(),
						"via-item", item.id(), "via-sha256", kept.sha256())));
				try {
					importPage(item.link().get());
				} finally {
					via = Optional.empty();
				}
				if (listener.cancelRequested()) {
					return;
				}
			}
		}

		/**
		 * Fetches a page with the run's client. An error status that came with a body (a 404 or 410
		 * page, a block page) keeps that body: it is what the server said at that moment, evidence
		 * that a statement was withdrawn or refused, and it costs one bounded file.
		 */
		private Fetched fetchKept(String address) throws ImportProblem, StoreException {
			if (fetcher == null) {
				fetcher = new WebFetcher(fetchSettings);
			}
			try {
				return fetch(fetcher, address, options.charset());
			} catch (FetchProblem e) {
				ImportProblem problem = new ImportProblem(e.reason());
				if (e.body().isPresent()) {
					throw problem.keeping(project.archive(e.body().get()));
				}
				throw problem;
			}
		}

		/** What most steps do: work that yields one outcome, its failures turned into one sentence. */
		private void guarded(String source, Work work) {
			guardedSource(source, () -> Optional.of(work.run()));
		}

		/**
		 * As {@link #guarded}, for work that may report its own outcomes instead (a source whose
		 * items were imported one by one) and then yields none.
		 */
		private void guardedSource(String source, SourceWork work) {
			Optional<FileOutcome> outcome;
			Optional<OriginalRef> kept = Optional.empty();
			try {
				outcome = work.run();
			} catch (ImportProblem e) {
				outcome = Optional.of(new FileOutcome(source, Kind.FAILED, Optional.empty(), e.getMessage()));
				kept = e.original();
			} catch (StoreException e) {
				LOG.log(Level.WARNING, "could not add " + source, e);
				outcome = Optional.of(
						new FileOutcome(source, Kind.FAILED, Optional.empty(), "was not added (" + e.getMessage() + ")"));
			} catch (RuntimeException | StackOverflowError e) {
				LOG.log(Level.ERROR, "unexpected failure importing " + source, e);
				outcome = Optional.of(new FileOutcome(source, Kind.FAILED, Optional.empty(), unexpected(e)));
			}
			Optional<OriginalRef> keptOriginal = kept;
			outcome.ifPresent(o -> report(o, keptOriginal));
		}

		/**
		 * Archives one original, then decodes, cleans and reads it and adds it.
		 *
		 * @param shown     how the outcome names it
		 * @param source    how the statement records where it came from
		 * @param retrieval the HTTP exchange, for a fetched page
		 */
		private FileOutcome importOriginal(String shown, String source, byte[] content, DecodeHints hints,
				Optional<Retrieval> retrieval) throws ImportProblem, StoreException {
			OriginalRef original = project.archive(content);
			return store(shown, source, content, original, prepareKept(shown, original, content, hints), retrieval);
		}

		/** Adds a prepared original, archived already, and groups it with its near-duplicates. */
		private FileOutcome store(String shown, String source, byte[] content, OriginalRef original,
				Prepared prepared, Optional<Retrieval> retrieval) throws ImportProblem, StoreException {
			DecodedDocument document = prepared.document();
			Extraction extraction = prepared.extraction();
			AddResult result;
			try {
				result = project.add(new NewStatement(source, content, extraction.metadata().title().map(Evidenced::value),
						extraction.cleanText(), document.charset(), document.charsetRule(), extraction.offsets(),
						extraction.removals(), extraction.metadata(), retrieval,
						via.map(v -> prepared.tools().ledBy(v.agent(), v.attributes())).orElse(prepared.tools())),
						prepared.cleaners());
			} catch (StoreException e) {
				LOG.log(Level.WARNING, "could not add " + shown, e);
				throw new ImportProblem("was not added (" + e.getMessage() + ")").keeping(original);
			}
			if (result.duplicate()) {
				return new FileOutcome(shown, Kind.DUPLICATE, Optional.of(result.statement()), "has the same bytes as "
						+ result.statement().id() + " (" + result.statement().source() + "); recorded as another retrieval");
			}
			Optional<NearDuplicateGroup> group = nearDuplicates.add(result.statement());
			List<String> notes = new ArrayList<>();
			group.filter(g -> !g.canonical().equals(result.statement().id())).ifPresent(
					g -> notes.add("near-duplicate of " + g.canonical() + " (the same text republished)"));
			prepared.cleaners().forEach(step -> step.problem().ifPresent(notes::add));
			prepared.tools().metadataSteps().forEach(step -> step.problem().ifPresent(notes::add));
			return new FileOutcome(shown, Kind.IMPORTED, Optional.of(result.statement()), String.join("; ", notes));
		}

		private Step failed(String source, String why) {
			return new Step.Known(new FileOutcome(source, Kind.FAILED, Optional.empty(), why));
		}

		private void report(FileOutcome outcome) {
			report(outcome, Optional.empty());
		}

		/** Counts and passes on an outcome; a failure is also recorded in the project, with its kept original. */
		private void report(FileOutcome outcome, Optional<OriginalRef> kept) {
			if (outcome.kind() == Kind.FAILED) {
				try {
					project.recordFailure(outcome.source(), kept, outcome.message());
				} catch (StoreException e) {
					// the analyst still sees the failure; only the project's history misses it
					LOG.log(Level.WARNING, "could not record the failure of " + outcome.source(), e);
				}
			}
			counts.merge(outcome.kind(), 1, Integer::sum);
			if (outcome.kind() == Kind.FAILED || outcome.kind() == Kind.SKIPPED) {
				problems.add(outcome);
			}
			listener.fileDone(outcome);
		}

		ImportReport report(boolean cancelled) {
			return new ImportReport(counts, problems, cancelled);
		}
	}

	@Override
	public ExtractedDocument extract(String source, ImportOptions options) throws ImportFailure {
		try {
			String lower = source.toLowerCase(Locale.ROOT);
			if (lower.startsWith("http://") || lower.startsWith("https://")) {
				Fetched fetched;
				try (WebFetcher fetcher = new WebFetcher(fetchSettings)) {
					fetched = fetch(fetcher, source, options.charset());
				} catch (FetchProblem e) {
					throw new ImportProblem(e.reason());
				}
				Prepared prepared = prepare(source, fetched.body(), fetched.hints());
				return new ExtractedDocument(source, fetched.body(), prepared.document(), prepared.extraction(),
						Optional.of(fetched.retrieval()));
			}
			Path file = Path.of(source).toAbsolutePath().normalize();
			if (Files.isDirectory(file)) {
				throw new ImportProblem("is a folder; name one file or URL to extract");
			}
			if (isZip(file)) {
				throw new ImportProblem("is a ZIP archive; unpack it and name one of its files to extract");
			}
			byte[] content = read(file);
			Prepared prepared = prepare(source, content, DecodeHints.forFile(file, options.charset()));
			return new ExtractedDocument(source, content, prepared.document(), prepared.extraction(), Optional.empty());
		} catch (ImportProblem e) {
			throw new ImportFailure(source + ": " + e.getMessage());
		} catch (InvalidPathException e) {
			throw new ImportFailure(source + ": is not a valid path or http(s) URL");
		}
	}

	/**
	 * A decoded original, what its extractor read out of it, which software did that, and what the
	 * text cleaners did after it.
	 */
	private record Prepared(DecodedDocument document, Extraction extraction, ImportTools tools,
			List<CleanerStep> cleaners) {

		Prepared(DecodedDocument document, Extraction extraction, ImportTools tools) {
			this(document, extraction, tools, List.of());
		}
	}

	/** Decodes and cleans one original; nothing is stored. */
	private Prepared prepare(String source, byte[] content, DecodeHints hints) throws ImportProblem {
		DecodedDocument document;
		try {
			document = DocumentDecoder.decode(content, hints);
		} catch (DecodeProblem e) {
			throw new ImportProblem(e.getMessage());
		}
		if (isBlank(document.text())) {
			throw new ImportProblem("is empty (only white space)");
		}
		Prepared prepared = extract(source, statedType(document, hints), hints.fileType());
		Extraction extraction = prepared.extraction();
		if (isBlank(extraction.cleanText())) {
			throw new ImportProblem("has no statement text once page furniture is removed (" + extraction.removals().size()
					+ " parts removed); check that it is an article or statement page");
		}
		return prepared;
	}

	/** A fetched page: its body, how to decode it, and the exchange to record. */
	private record Fetched(String requested, byte[] body, DecodeHints hints, Retrieval retrieval) {

		/** The page as a {@link SourceImporter} sees it. */
		FetchedSource asSource(String address) {
			Optional<String> mediaType = hints.contentType().map(type -> {
				int semicolon = type.indexOf(';');
				return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
			}).filter(type -> !type.isEmpty());
			return new FetchedSource(address, URI.create(retrieval.finalLocation().orElse(requested)), mediaType, body);
		}
	}

	/** The software that led to pages imported from a source's items, and what to record about it. */
	private record Via(ProvAgent agent, Map<String, String> attributes) {
	}

	/** Asks a plugin's source importer; one that fails is logged and taken not to read the source. */
	private static boolean takes(SourceImporter importer, FetchedSource source) {
		try {
			return importer.takes(source);
		} catch (RuntimeException e) {
			LOG.log(Level.ERROR, importer.getClass().getName() + " failed to tell whether it reads " + source.address(), e);
			return false;
		}
	}

	private static Fetched fetch(WebFetcher fetcher, String address, Optional<Charset> charset) throws FetchProblem {
		org.verbatim.importer.internal.web.Retrieval fetched = fetcher.fetch(WebFetcher.address(address));
		List<String> lines = new ArrayList<>();
		fetched.redirects().forEach(hop -> lines.add("Redirect: " + hop.status() + " " + hop.uri() + " -> " + hop.location()));
		fetched.headers().forEach((name, values) -> values.forEach(value -> lines.add(name + ": " + value)));
		Retrieval retrieval = new Retrieval(address, fetched.retrievedAt(), Optional.of(fetched.finalUri().toString()),
				OptionalInt.of(fetched.status()), lines);
		return new Fetched(fetched.requested().toString(), fetched.body(),
				DecodeHints.forWeb(fetched.contentType(), fetched.finalUri(), charset), retrieval);
	}

	/**
	 * The document with the media type its server stated, when an extractor (a plugin's) reads that
	 * type: the decoder itself only tells HTML from plain text, so a page served as, say,
	 * {@code text/markdown} would otherwise reach the plain-text extractor.
	 */
	private DecodedDocument statedType(DecodedDocument document, DecodeHints hints) {
		Optional<String> stated = hints.contentType().map(type -> {
			int semicolon = type.indexOf(';');
			return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
		}).filter(type -> !type.isEmpty() && !type.equals(document.mediaType()));
		if (stated.isEmpty() || extractors.forMediaType(stated.get()).isEmpty()) {
			return document;
		}
		return new DecodedDocument(document.text(), document.charset(), document.charsetRule(), stated.get(),
				document.location());
	}

	private Prepared extract(String source, DecodedDocument document, Optional<String> fileType)
			throws ImportProblem {
		Prepared extracted = extractCleaned(document, fileType);
		return amendMetadata(cleanFurther(source, extracted));
	}

	/**
	 * Runs the text cleaners on an extracted document, before the metadata extractors (so that they
	 * read the cleaned text). A text that is already blank is left to {@link #prepare}'s check.
	 */
	private Prepared cleanFurther(String source, Prepared extracted) throws ImportProblem {
		if (isBlank(extracted.extraction().cleanText())) {
			return extracted;
		}
		TextCleaners.Cleaned cleaned = textCleaners.run(source, extracted.document(), extracted.extraction());
		if (cleaned.steps().isEmpty()) {
			return extracted;
		}
		return new Prepared(extracted.document(), cleaned.extraction(), extracted.tools(), cleaned.steps());
	}

	/**
	 * Runs the metadata extractors on a cleaned document, highest-ranked first. One that throws, or
	 * returns nothing, is skipped: the import goes on with the metadata before it, and the problem is
	 * recorded in one sentence in the provenance and the import's outcome.
	 */
	private Prepared amendMetadata(Prepared extracted) {
		List<MetadataExtractor> amenders = metadataExtractors.ordered();
		if (amenders.isEmpty()) {
			return extracted;
		}
		Extraction extraction = extracted.extraction();
		List<MetadataStep> steps = new ArrayList<>();
		for (MetadataExtractor amender : amenders) {
			ProvAgent agent = ProvAgent.softwareOf(amender.getClass());
			String name = amender.getClass().getName();
			StatementMetadata before = extraction.metadata();
			try {
				StatementMetadata after = Objects.requireNonNull(amender.amend(extracted.document(), extraction),
						"returned no metadata");
				extraction = new Extraction(extraction.cleanText(), extraction.offsets(), extraction.removals(), after);
				steps.add(new MetadataStep(agent, name, MetadataChanges.fields(before, after), Optional.empty()));
			} catch (RuntimeException | LinkageError e) {
				LOG.log(Level.ERROR, "metadata extractor " + name + " failed", e);
				String problem = "metadata extractor " + name + " (" + agent.name() + " "
						+ agent.version().orElse("unknown") + ") failed and was skipped: "
						+ e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
				steps.add(new MetadataStep(agent, name, List.of(), Optional.of(problem)));
			}
		}
		return new Prepared(extracted.document(), extraction, extracted.tools().withMetadataSteps(steps),
				extracted.cleaners());
	}

	/** Cleans a document with the extractor its file type or media type calls for. */
	private Prepared extractCleaned(DecodedDocument document, Optional<String> fileType) {
		Optional<DocumentExtractor> extractor = fileType.flatMap(extractors::forFileType)
				.or(() -> extractors.forMediaType(document.mediaType()));
		if (extractor.isEmpty()) {
			// no cleaner for this type: the whole text is the statement
			String text = document.text();
			return new Prepared(document,
					new Extraction(text, OffsetMap.identity(text.length()), List.of(), textMetadata.read(text, List.of())),
					new ImportTools(IMPORTER, IMPORTER, "none (whole text) + " + TextMetadataReader.class.getSimpleName()));
		}
		Extraction extraction = extractor.get().extract(document);
		ImportTools tools = new ImportTools(IMPORTER, ProvAgent.softwareOf(extractor.get().getClass()),
				extractor.get().getClass().getName());
		if (!DocumentDecoder.TEXT_HTML.equals(document.mediaType())) {
			return new Prepared(document, extraction, tools);
		}
		StatementMetadata fromText = textMetadata.read(extraction.cleanText(), extraction.removals());
		return new Prepared(document, new Extraction(extraction.cleanText(), extraction.offsets(),
				extraction.removals(), MetadataMerge.markupOverText(extraction.metadata(), fromText)), tools);
	}

	private byte[] read(Path file) throws ImportProblem {
		if (!Files.exists(file)) {
			throw new ImportProblem("does not exist");
		}
		if (!Files.isRegularFile(file)) {
			throw new ImportProblem("is not a regular file");
		}
		try (InputStream in = Files.newInputStream(file)) {
			if (Files.size(file) > maxBytes) {
				throw tooLarge(Files.size(file));
			}
			byte[] content = in.readNBytes(maxBytes + 1);
			if (content.length > maxBytes) {
				throw tooLarge(content.length);
			}
			return content;
		} catch (IOException e) {
			throw new ImportProblem("cannot be read (" + IoFailures.reason(e) + ")");
		}
	}

	private ImportProblem tooLarge(long size) {
		return new ImportProblem("is too large (" + mebibytes(size) + "); originals of up to " + mebibytes(maxBytes)
				+ " are imported");
	}

	private static String unexpected(Throwable failure) {
		return "could not be imported (unexpected " + failure.getClass().getSimpleName() + "; see the log)";
	}

	/** Work on one original that ends in an outcome. */
	@FunctionalInterface
	private interface Work {
		FileOutcome run() throws ImportProblem, StoreException;
	}

	/** Work on one source that ends in an outcome, or in none when it reported its items' outcomes itself. */
	@FunctionalInterface
	private interface SourceWork {
		Optional<FileOutcome> run() throws ImportProblem, StoreException;
	}

	/** Blank also when the only characters are no-break and other Unicode spaces. */
	static boolean isBlank(String text) {
		return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
	}

	private static boolean isZip(Path file) {
		return extension(file).equals("zip");
	}

	private static boolean isHidden(Path path) {
		if (path.getFileName().toString().startsWith(".")) {
			return true;
		}
		try {
			return Files.isHidden(path);
		} catch (IOException e) {
			return false;
		}
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String mebibytes(long bytes) {
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%d bytes", bytes);
		}
		return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0)).replace(".0 MiB", " MiB");
	}
}
