package org.verbatim.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.verbatim.core.Sha256;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.prov.ReportExport;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.report.internal.BibtexExporter;
import org.verbatim.report.internal.CslJsonExporter;
import org.verbatim.report.internal.DocxReportExporter;
import org.verbatim.report.internal.HtmlReportExporter;
import org.verbatim.report.internal.MarkdownReportExporter;
import org.verbatim.report.internal.PdfReportExporter;
import org.verbatim.report.internal.RisExporter;

/**
 * Finds the exporter for a format among the registered {@link ReportExporter} services and writes
 * report files safely: to a temporary file beside the target, moved into place when complete, and
 * never over an existing file unless asked.
 */
@Component(service = ReportService.class)
public final class ReportService {

	private final List<ReportExporter> exporters = new CopyOnWriteArrayList<>();

	/** The service Declarative Services creates; exporters arrive as services. */
	public ReportService() {
	}

	/** A service with the exporters that ship with Verbatim, for use outside OSGi (tests, tools). */
	public static ReportService withBuiltInExporters() {
		ReportService service = new ReportService();
		service.addExporter(new HtmlReportExporter(), Map.of());
		service.addExporter(new MarkdownReportExporter(), Map.of());
		service.addExporter(new PdfReportExporter(), Map.of());
		service.addExporter(new DocxReportExporter(), Map.of());
		service.addExporter(new CslJsonExporter(), Map.of());
		service.addExporter(new BibtexExporter(), Map.of());
		service.addExporter(new RisExporter(), Map.of());
		return service;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeExporter")
	void addExporter(ReportExporter exporter, Map<String, Object> properties) {
		exporters.add(exporter);
	}

	void removeExporter(ReportExporter exporter) {
		exporters.remove(exporter);
	}

	/** The formats that can be written, by name. */
	public List<String> formats() {
		return exporters.stream().map(ReportExporter::format).distinct().sorted().toList();
	}

	/** The exporter for {@code format}, if one is installed. */
	public Optional<ReportExporter> exporter(String format) {
		return exporters.stream().filter(e -> e.format().equalsIgnoreCase(format.strip())).findFirst();
	}

	/**
	 * Writes {@code report} in {@code format} to {@code target}.
	 *
	 * @param overwrite whether an existing file may be replaced
	 * @throws ReportException with a one-line reason naming the file: an unknown format, an existing
	 *                         file, a missing folder, a write error (nothing is left behind then)
	 */
	public void export(Report report, String format, Path target, boolean overwrite) throws ReportException {
		ReportExporter exporter = exporter(format).orElseThrow(() -> new ReportException(
				"unknown report format '" + format + "'; installed formats: " + String.join(", ", formats())));
		write(target, overwrite, out -> exporter.write(report, out));
	}

	/**
	 * Records in {@code project}'s provenance log that {@code report} was exported as {@code format}
	 * to {@code file} (named by the SHA-256 of the file as written), by the exporter's bundle.
	 *
	 * @return the record's number
	 */
	public long recordExport(Project project, Report report, String format, Path file)
			throws ReportException, StoreException {
		ReportExporter exporter = exporter(format)
				.orElseThrow(() -> new ReportException("unknown report format '" + format + "'"));
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new ReportException(file + ": could not be read back to record its export (" + e.getMessage() + ")");
		}
		return project.recordReportExport(new ReportExport(file.toAbsolutePath().normalize().toString(), format,
				report.title(), Sha256.hex(bytes), bytes.length,
				report.quotes().stream().map(ReportQuote::excerpt).toList(), ProvAgent.softwareOf(exporter.getClass())));
	}

	/**
	 * Writes the evidence bundle of {@code report} (see {@link EvidenceBundle}) to {@code target}, as
	 * safely as {@link #export}.
	 */
	public void writeEvidence(Report report, Project project, Path target, boolean overwrite) throws ReportException {
		write(target, overwrite, out -> {
			try {
				EvidenceBundle.write(report, project, out);
			} catch (StoreException e) {
				throw new IOException(e.getMessage(), e);
			}
		});
	}

	/** What writes a file's content. */
	@FunctionalInterface
	private interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private static void write(Path target, boolean overwrite, Content content) throws ReportException {
		Path file = target.toAbsolutePath().normalize();
		Path folder = file.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new ReportException(file + ": the folder does not exist; create it or choose another file");
		}
		if (Files.isDirectory(file)) {
			throw new ReportException(file + ": is a folder; name the file to write");
		}
		if (Files.exists(file) && !overwrite) {
			throw new ReportException(file + ": exists already; choose another file or pass --force to replace it");
		}
		Path temporary = null;
		try {
			// not createTempFile: its owner-only permissions would stay on the report
			temporary = folder.resolve("." + file.getFileName() + "-" + UUID.randomUUID() + ".partial");
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				content.writeTo(out);
			}
			move(temporary, file, overwrite);
			temporary = null;
		} catch (FileAlreadyExistsException e) {
			throw new ReportException(file + ": was created by someone else meanwhile; nothing was written");
		} catch (IOException e) {
			throw new ReportException(file + ": could not be written (" + e.getMessage() + ")");
		} finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException ignored) {
					// the temporary file is named as partial; a failure to remove it is harmless
				}
			}
		}
	}

	private static void move(Path from, Path to, boolean overwrite) throws IOException {
		if (overwrite) {
			try {
				Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
			}
		} else {
			// without REPLACE_EXISTING the move fails when the file appeared meanwhile
			Files.move(from, to);
		}
	}
}
