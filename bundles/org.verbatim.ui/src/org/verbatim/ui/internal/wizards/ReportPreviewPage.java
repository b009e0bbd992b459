package org.verbatim.ui.internal.wizards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationAdapter;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;
import org.verbatim.report.Report;
import org.verbatim.report.ReportAssembler;
import org.verbatim.report.ReportExporter;
import org.verbatim.report.ReportService;
import org.verbatim.ui.internal.UiThread;

/**
 * The last page of the Report wizard: the report as it will read. It is assembled in a job; the
 * HTML export is shown in a Browser with JavaScript off and every navigation refused, or, where
 * this system has no browser engine, the Markdown export as text.
 */
public final class ReportPreviewPage extends WizardPage {

	private final IWorkbench workbench;
	private final ReportService reports;
	private final Supplier<ReportRequest> request;
	private Browser browser;
	private Text text;
	private Label status;
	private Path htmlFile;
	private Job previewing;
	private boolean previewed;

	ReportPreviewPage(IWorkbench workbench, ReportService reports, Supplier<ReportRequest> request) {
		super("reportPreview");
		this.workbench = workbench;
		this.reports = reports;
		this.request = request;
		setTitle("Report: Preview");
		setDescription("The report as it will read, with every quote's citation.");
	}

	@Override
	public void createControl(Composite container) {
		Composite page = new Composite(container, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(5, 5).applyTo(page);
		status = new Label(page, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		try {
			browser = new Browser(page, SWT.NONE);
			browser.setJavascriptEnabled(false);
			browser.addLocationListener(new LocationAdapter() {
				@Override
				public void changing(LocationEvent event) {
					// the preview shows our own file and nothing else: no links followed, nothing fetched
					event.doit = htmlFile != null && event.location.equals(htmlFile.toUri().toString());
				}
			});
			GridDataFactory.fillDefaults().grab(true, true).hint(600, 360).applyTo(browser);
		} catch (SWTError e) {
			// no browser engine here (e.g. no WebKitGTK): the Markdown text says the same
			browser = null;
			text = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
			GridDataFactory.fillDefaults().grab(true, true).hint(600, 360).applyTo(text);
		}
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			preview(request.get());
		}
	}

	private void preview(ReportRequest wanted) {
		previewed = false;
		status.setText("Assembling the report\u2026");
		if (previewing != null) {
			previewing.cancel();
		}
		ProjectStore store = workbench.getService(ProjectStore.class);
		String format = browser != null ? "html" : "md";
		Display display = getShell().getDisplay();
		previewing = new Job("Previewing the report") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				String shown;
				boolean ok = false;
				try (Project project = store.open(wanted.project())) {
					Report report = ReportAssembler.assemble(project, wanted.excerpts(), wanted.template(), wanted.title(),
							wanted.intro(), Clock.systemUTC());
					ReportExporter exporter = reports.exporter(format)
							.orElseThrow(() -> new IOException("the " + format + " exporter is not installed"));
					ByteArrayOutputStream bytes = new ByteArrayOutputStream();
					exporter.write(report, bytes);
					if (browser != null) {
						Path file = Files.createTempFile("verbatim-preview-", ".html");
						file.toFile().deleteOnExit();
						try (OutputStream out = Files.newOutputStream(file)) {
							bytes.writeTo(out);
						}
						shown = file.toString();
					} else {
						shown = bytes.toString(StandardCharsets.UTF_8);
					}
					ok = true;
				} catch (StoreException | IOException | RuntimeException e) {
					shown = "The report could not be previewed: " + e.getMessage();
				}
				if (!monitor.isCanceled()) {
					String result = shown;
					boolean done = ok;
					UiThread.later(display, () -> show(result, done, wanted));
				}
				return Status.OK_STATUS;
			}
		};
		previewing.setSystem(true);
		previewing.schedule();
	}

	private void show(String result, boolean ok, ReportRequest wanted) {
		if (status.isDisposed()) {
			return;
		}
		if (!ok) {
			status.setText(result);
			return;
		}
		int quotes = wanted.excerpts().size();
		status.setText(wanted.title() + ": " + quotes + (quotes == 1 ? " quote" : " quotes") + ", "
				+ wanted.template().id() + (browser != null ? "" : " (shown as Markdown text: no browser engine here)"));
		if (browser != null) {
			deletePreviewFile();
			htmlFile = Path.of(result);
			// previewed once the engine has loaded the page: until then the browser has no text to give
			Browser shownIn = browser;
			shownIn.addProgressListener(new ProgressAdapter() {
				@Override
				public void completed(ProgressEvent event) {
					shownIn.removeProgressListener(this);
					previewed = true;
				}
			});
			browser.setUrl(htmlFile.toUri().toString());
		} else {
			text.setText(result);
			previewed = true;
		}
	}

	/** Whether the preview of the current choices is shown. */
	public boolean isPreviewed() {
		return previewed;
	}

	/** The preview as text (the Markdown shown without a browser, or the Browser's page text). */
	public String previewText() {
		return browser != null ? browser.getText() : text.getText();
	}

	@Override
	public void dispose() {
		deletePreviewFile();
		super.dispose();
	}

	private void deletePreviewFile() {
		if (htmlFile != null) {
			try {
				Files.deleteIfExists(htmlFile);
			} catch (IOException e) {
				// a temporary file, removed on exit anyway
			}
		}
	}
}
