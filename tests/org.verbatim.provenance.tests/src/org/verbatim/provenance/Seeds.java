package org.verbatim.provenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.ImportReport;
import org.verbatim.importer.internal.StatementImportPipeline;
import org.verbatim.store.internal.SqliteProjectStore;

/** A project made from the sample statements in {@code shared/seeds} beside the checkout. */
final class Seeds {

	private Seeds() {
	}

	static Path directory() {
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path seeds = dir.resolve("shared/seeds");
			if (Files.isRegularFile(seeds.resolve("gold.json"))) {
				return seeds;
			}
		}
		throw new IllegalStateException("no shared/seeds beside the checkout (above " + Paths.get("").toAbsolutePath() + ")");
	}

	/** The seed files, in name order. */
	static List<String> files() throws IOException {
		try (Stream<Path> files = Files.list(directory())) {
			return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().map(Path::toString).toList();
		}
	}

	/** Creates a project in {@code dir} and imports every seed into it; the caller closes it. */
	static Project importedInto(Path dir) throws IOException, StoreException {
		Project project = new SqliteProjectStore().create(dir);
		ImportReport report = StatementImportPipeline.withBuiltInExtractors().importSources(project, files(),
				ImportOptions.defaults(), ImportListener.NONE);
		if (project.statementCount() != files().size()) {
			throw new IllegalStateException("seed import left " + project.statementCount() + " statements: " + report);
		}
		return project;
	}
}
