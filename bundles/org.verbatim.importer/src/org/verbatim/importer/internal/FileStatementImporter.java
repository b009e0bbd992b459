package org.verbatim.importer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.verbatim.core.IoFailures;
import org.verbatim.core.NewStatement;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.Project.AddResult;
import org.verbatim.core.store.StoreException;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.FileOutcome.Kind;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.ImportReport;
import org.verbatim.importer.StatementImporter;
import org.verbatim.importer.internal.PlainTextDecoder.DecodedText;

/**
 * Imports plain-text statements from files and folders. Each file is read whole, checked (size,
 * binary content, encoding, emptiness), decoded, given a provisional headline and added to the
 * project in its own transaction. A file that fails is reported in one sentence and the others go
 * on.
 */
@Component(service = StatementImporter.class)
public class FileStatementImporter implements StatementImporter {

	/** Files larger than this are refused: no plain-text statement is that long. */
	static final int DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

	/** Extensions taken when walking folders; files named explicitly are always tried. */
	static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text");

	private static final System.Logger LOG = System.getLogger(FileStatementImporter.class.getName());

	private final int maxBytes;

	/** The importer with the default size limit; used by Declarative Services. */
	public FileStatementImporter() {
		this(DEFAULT_MAX_BYTES);
	}

	/** An importer with another size limit, for tests. */
	FileStatementImporter(int maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	public ImportReport importPaths(Project project, List<Path> paths, ImportOptions options,
			ImportListener listener) {
		Objects.requireNonNull(project, "project");
		Objects.requireNonNull(options, "options");
		Objects.requireNonNull(listener, "listener");
		Run run = new Run(project, options, listener);
		// walk first, so that progress can be told against the whole number of files
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				run.walk(path);
			} else {
				run.plan.add(new Step(path, Optional.empty()));
			}
		}
		listener.planned(run.plan.size());
		for (Step step : run.plan) {
			if (listener.cancelRequested()) {
				return new ImportReport(run.outcomes, true);
			}
			step.skipped().ifPresentOrElse(run::report, () -> run.importFile(step.file()));
		}
		return new ImportReport(run.outcomes, false);
	}

	/** One file to go through: to import, or already known to be skipped (or an unreadable folder). */
	private record Step(Path file, Optional<FileOutcome> skipped) {
	}

	/** One call of {@link #importPaths}: its project, options and the outcomes so far. */
	private final class Run {

		private final Project project;

		private final ImportOptions options;

		private final ImportListener listener;

		private final List<Step> plan = new ArrayList<>();

		private final List<FileOutcome> outcomes = new ArrayList<>();

		Run(Project project, ImportOptions options, ImportListener listener) {
			this.project = project;
			this.options = options;
			this.listener = listener;
		}

		/** Plans the supported files of a folder and its subfolders, in name order. */
		void walk(Path folder) {
			List<Path> entries = new ArrayList<>();
			try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
				stream.forEach(entries::add);
			} catch (IOException e) {
				plan.add(new Step(folder, Optional.of(new FileOutcome(folder, Kind.FAILED, Optional.empty(),
						"is a folder that cannot be read (" + IoFailures.reason(e) + ")"))));
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
				} else if (!TEXT_EXTENSIONS.contains(extension(entry).toLowerCase(Locale.ROOT))) {
					String type = extension(entry).isEmpty() ? "no extension" : "." + extension(entry);
					skip(entry, "not a supported file type (" + type + "); name it explicitly to import it anyway");
				} else {
					plan.add(new Step(entry, Optional.empty()));
				}
			}
		}

		void importFile(Path file) {
			FileOutcome outcome;
			try {
				outcome = add(file, read(file));
			} catch (ImportProblem e) {
				outcome = new FileOutcome(file, Kind.FAILED, Optional.empty(), e.getMessage());
			} catch (StoreException e) {
				LOG.log(Level.WARNING, "could not add " + file, e);
				outcome = new FileOutcome(file, Kind.FAILED, Optional.empty(), "was not added (" + e.getMessage() + ")");
			} catch (RuntimeException e) {
				LOG.log(Level.ERROR, "unexpected failure importing " + file, e);
				outcome = new FileOutcome(file, Kind.FAILED, Optional.empty(),
						"could not be imported (unexpected " + e.getClass().getSimpleName() + "; see the log)");
			}
			report(outcome);
		}

		private FileOutcome add(Path file, byte[] content) throws ImportProblem, StoreException {
			if (content.length == 0) {
				throw new ImportProblem("is empty");
			}
			Optional<String> kind = FileSignature.knownBinaryKind(content);
			if (kind.isPresent()) {
				throw new ImportProblem("is a binary file (" + kind.get() + "), not a plain-text statement");
			}
			DecodedText decoded = PlainTextDecoder.decode(content, options.charset());
			if (decoded.text().codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
				throw new ImportProblem(decoded.text().isEmpty() ? "is empty" : "is empty (only white space)");
			}
			String source = file.toAbsolutePath().normalize().toString();
			AddResult result = project.add(new NewStatement(source, content, HeadlineGuess.of(decoded.text()),
					decoded.text(), decoded.charset().name(), decoded.rule()));
			if (result.duplicate()) {
				return new FileOutcome(file, Kind.DUPLICATE, Optional.of(result.statement()),
						"has the same bytes as " + result.statement().id() + " (" + result.statement().source()
								+ "), imported before; nothing was added");
			}
			return new FileOutcome(file, Kind.IMPORTED, Optional.of(result.statement()), "");
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
			return new ImportProblem("is too large (" + mebibytes(size) + "); plain-text statements of up to "
					+ mebibytes(maxBytes) + " are imported");
		}

		private void skip(Path file, String why) {
			plan.add(new Step(file, Optional.of(new FileOutcome(file, Kind.SKIPPED, Optional.empty(), why))));
		}

		private void report(FileOutcome outcome) {
			outcomes.add(outcome);
			listener.fileDone(outcome);
		}
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
		return dot <= 0 ? "" : name.substring(dot + 1);
	}

	private static String mebibytes(long bytes) {
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%d bytes", bytes);
		}
		return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0)).replace(".0 MiB", " MiB");
	}
}
