package org.verbatim.ui.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.ui.internal.ShowInOriginalHandler;
import org.verbatim.ui.internal.StatementEditor;

import com.sun.net.httpserver.HttpServer;

/**
 * The Statement editor's Original page: S1 of the sample project (a text original, the ISESCO
 * statement of {@code shared/seeds}) with selections carried both ways through the offset map and
 * its removals shown in the original; and an HTML original made here, rendered by the browser
 * engine without fetching its remote image and style sheet (a server on 127.0.0.1 counts the
 * requests), or shown as source when the engine is switched off.
 */
class StatementOriginalTest {

	/** A passage of S1 that the cleaning kept as it was. */
	private static final String PHRASE = "tragedy of Black January perpetrated by the Soviet troops";
	/** The figure gold.json reads from S1, selected in the original. */
	private static final String FIGURE = "hundreds of innocent civilians";
	private static final String KEPT = "The ministry commemorates the victims of the Khojaly tragedy";
	private static final String PLAIN = "verbatim.original.plainText";
	/** A sentence of the HTML page with a character reference, as the clean text has it. */
	private static final String AMPERSAND = "Peace & justice for the families";
	/** Whether any of the test page's own scripts ran. */
	private static final String SCRIPTS_RAN = "return document.documentElement.hasAttribute('data-ran');";

	@RegisterExtension
	final SampleProjectInExplorer sample = SampleProjectInExplorer.perTest();

	@AfterEach
	void clearPlainText() {
		System.clearProperty(PLAIN);
	}

	@Test
	void aSelectionInTheTextIsSelectedInTheOriginalAndBack() throws Exception {
		StatementEditor editor = sample.open(0);
		assertEquals(List.of("Text", "Original", "Metadata"), editor.pageTitles().subList(0, 3));
		assertTrue(editor.pageTitles().get(3).startsWith("Removed by cleaning"), editor.pageTitles().toString());
		String original = editor.originalDocument().orElseThrow().text();
		assertTrue(original.contains("User Feedback"), "the original still has the feedback widget");

		SampleProjectInExplorer.selectPhrase(editor, PHRASE);
		// Ctrl+Alt+O (and the text's context menu) run Show in Original
		Binding binding = PlatformUI.getWorkbench().getService(IBindingService.class)
				.getPerfectMatch(KeySequence.getInstance("M1+M3+O"));
		assertNotNull(binding, "Ctrl+Alt+O is bound (a conflicting binding would leave it unbound)");
		assertEquals(ShowInOriginalHandler.COMMAND_ID, binding.getParameterizedCommand().getId());
		sample.page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(ShowInOriginalHandler.COMMAND_ID,
				null);

		StyledText source = editor.originalSourceWidget();
		assertFalse(editor.originalRendered(), "a text original is shown as text");
		assertEquals(original, source.getText());
		assertEquals(PHRASE, source.getSelectionText());
		// the same characters of the original, not merely the same words somewhere else
		assertEquals(original.indexOf(PHRASE), source.getSelection().x);

		// back: the analyst selects the figure in the original and returns to the text
		int start = original.indexOf(FIGURE);
		source.setSelection(start, start + FIGURE.length());
		source.notifyListeners(SWT.Selection, new Event());
		editor.showPage("Text");
		assertEquals(FIGURE, editor.selectedText());
		assertEquals("", editor.syncMessage());

		// page furniture selected in the original is not in the text, and the editor says so
		editor.showPage("Original");
		int widget = original.indexOf("User Feedback");
		source.setSelection(widget, widget + "User Feedback".length());
		editor.showPage("Text");
		assertEquals(FIGURE, editor.selectedText(), "the text selection stays where it was");
		assertTrue(editor.syncMessage().contains("removed by cleaning"), editor.syncMessage());
	}

	@Test
	void aRemovalOpenedFromTheRemovedPageIsSelectedInTheOriginal() {
		StatementEditor editor = sample.open(0);
		List<String> rows = editor.shownRemovals();
		int row = rows.indexOf(rows.stream().filter(r -> r.endsWith(": User Feedback")).findFirst().orElseThrow());

		editor.showPage("Removed by cleaning");
		maximized(editor, "editor-removed");
		editor.openRemoval(row);

		assertEquals("Original", editor.pageTitles().get(1));
		assertEquals("User Feedback", editor.originalSourceWidget().getSelectionText().strip());
	}

	@Test
	void anHtmlOriginalIsRenderedWithThePassageMarkedAndNothingFetched(@TempDir Path folder) throws Exception {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			byte[] body = "x".getBytes(UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		try {
			String page = htmlPage("http://127.0.0.1:" + server.getAddress().getPort());
			StatementEditor editor = openImported(folder, page);
			String original = editor.originalDocument().orElseThrow().text();
			assertTrue(editor.originalDocument().orElseThrow().html());
			int start = editor.shownText().indexOf(KEPT);
			assertTrue(start >= 0, editor.shownText());
			SampleProjectInExplorer.select(editor, start, start + KEPT.length());

			editor.showPage("Original");
			assertTrue(editor.originalCanRender(), "WebKitGTK (libwebkit2gtk-4.1) is installed, so the browser works");
			assertTrue(editor.originalRendered(), editor.originalSummary());
			String shown = editor.originalShownHtml();
			assertTrue(shown.contains("<mark class=\"verbatim-sync\" id=\"verbatim-sync\"><v-run data-at=\""
					+ original.indexOf(KEPT) + "\">" + KEPT + "</v-run></mark>"), shown);
			// the policy comes before the page's first script, which stands before its head
			assertTrue(shown.indexOf("Content-Security-Policy") < shown.indexOf("<script>"), shown);
			awaitLoaded(editor);
			maximized(editor, "editor-original");
			assertEquals(0, requests.get(), "the rendered original fetched its remote image or style sheet");

			// the page is long: the browser scrolled down to the mark, which is in view
			assertTrue(editor.originalScrolled(), "the editor's scroll script ran");
			Object[] view = (Object[]) editor.evaluateInOriginal("var r = document.getElementById('verbatim-sync')"
					+ ".getBoundingClientRect(); return [window.scrollY, r.top, r.bottom, window.innerHeight];");
			double scrollY = (Double) view[0];
			double top = (Double) view[1];
			double bottom = (Double) view[2];
			double height = (Double) view[3];
			assertTrue(scrollY > height, "scrolled by more than a screen: " + List.of(view));
			assertTrue(top >= 0 && bottom <= height, "the mark is in view: " + List.of(view));
			// none of the page's scripts ran: not before its head, not inline, not as an event handler
			assertEquals(Boolean.FALSE, editor.evaluateInOriginal(SCRIPTS_RAN));

			// the source beside it: the same passage selected
			editor.setOriginalRendered(false);
			assertEquals(KEPT, editor.originalSourceWidget().getSelectionText());

			// and a browser that is not held back does fetch the remote parts and run the scripts: the
			// checks above can fail
			Unguarded plain = withoutPolicy(page);
			assertTrue(plain.requests() > 0, "a plain browser widget fetches the page's remote parts");
			assertTrue(plain.scriptsRan(), "a plain browser widget runs the page's scripts");
		} finally {
			server.stop(0);
		}
	}

	@Test
	void aSelectionInTheRenderedPageIsSelectedInTheText(@TempDir Path folder) throws Exception {
		StatementEditor editor = openImported(folder, htmlPage("http://127.0.0.1:9"));
		editor.showPage("Original");
		assertTrue(editor.originalRendered(), editor.originalSummary());
		awaitLoaded(editor);

		// the analyst selects across a character reference (&amp;) in the page the browser draws
		assertEquals(Boolean.TRUE, editor.evaluateInOriginal(selectInPage("Peace", "justice for the families")));
		editor.showPage("Text");
		assertEquals(AMPERSAND, editor.selectedText());
		assertEquals("", editor.syncMessage());

		// a word of the page's navigation is not in the text, and the editor says so
		editor.showPage("Original");
		awaitLoaded(editor);
		assertEquals(Boolean.TRUE, editor.evaluateInOriginal(selectInPage("News", "News")));
		editor.showPage("Text");
		assertEquals(AMPERSAND, editor.selectedText(), "the text selection stays where it was");
		assertTrue(editor.syncMessage().contains("removed by cleaning"), editor.syncMessage());
	}

	@Test
	void withoutABrowserEngineAnHtmlOriginalIsShownAsSourceWithThePassageSelected(@TempDir Path folder)
			throws Exception {
		System.setProperty(PLAIN, "true");
		StatementEditor editor = openImported(folder, htmlPage("http://127.0.0.1:9"));
		assertFalse(editor.originalCanRender());
		int start = editor.shownText().indexOf(KEPT);
		SampleProjectInExplorer.select(editor, start, start + KEPT.length());

		editor.showPage("Original");

		assertFalse(editor.originalRendered());
		assertTrue(editor.originalSummary().contains("source"), editor.originalSummary());
		assertTrue(editor.originalSourceWidget().getText().startsWith("<!DOCTYPE html>"));
		assertEquals(KEPT, editor.originalSourceWidget().getSelectionText());
	}

	/** A script selecting, in the rendered page, from the first {@code from} to the end of the first {@code to} after it. */
	private static String selectInPage(String from, String to) {
		return """
				var w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), n, a = null, i;
				while ((n = w.nextNode())) {
					if (a === null) { i = n.data.indexOf('%1$s'); if (i >= 0) { a = [n, i]; } }
					if (a !== null) {
						var j = n.data.indexOf('%2$s', n === a[0] ? a[1] : 0);
						if (j >= 0) { window.getSelection().setBaseAndExtent(a[0], a[1], n, j + %3$d); return true; }
					}
				}
				return false;
				""".formatted(from, to, to.length());
	}

	private static void awaitLoaded(StatementEditor editor) {
		UiWait.until("the browser to load the page", SampleProjectInExplorer.TIMEOUT,
				() -> editor.originalPageLoaded() ? Boolean.TRUE : null, () -> "loading");
		settle(Duration.ofMillis(500));
	}

	private static String htmlPage(String server) {
		// scripts where a page may have them: before its head, in its body, in an event handler; each
		// would leave a mark on the root element (SCRIPTS_RAN)
		return """
				<!DOCTYPE html>
				<script>document.documentElement.setAttribute('data-ran', 'first');</script>
				<html><head><title>Statement on the Khojaly tragedy</title>
				<link rel="stylesheet" href="%1$s/style.css">
				</head><body onload="document.documentElement.setAttribute('data-ran', 'onload')">
				<script>document.documentElement.setAttribute('data-ran', 'inline');</script>
				<nav><a href="%1$s/">Home</a> | <a href="%1$s/news">News</a></nav>
				<h1>Statement of the Ministry on the Khojaly tragedy</h1>
				<p>26 February 2020</p>
				%2$s
				<p>The ministry commemorates the victims of the Khojaly tragedy and calls for justice.</p>
				<p>Peace &amp; justice for the families of the victims, the minister said.</p>
				<img src="%1$s/pixel.png" alt="">
				<footer>Copyright 2020 The Ministry</footer>
				</body></html>
				""".formatted(server, earlierParagraphs());
	}

	/** Enough text before the passage that the rendered page has to be scrolled to it. */
	private static String earlierParagraphs() {
		StringBuilder paragraphs = new StringBuilder();
		for (int i = 1; i <= 60; i++) {
			paragraphs.append("<p>Paragraph ").append(i)
					.append(" of the statement recalls the events of February 1992 in the town.</p>\n");
		}
		return paragraphs.toString();
	}

	/** Imports {@code html} as a page file into a new project in {@code folder} and opens its statement. */
	private StatementEditor openImported(Path folder, String html) throws Exception {
		Path file = folder.resolve("khojaly-statement.html");
		Files.writeString(file, html, UTF_8);
		return sample.importAndOpen(folder.resolve("project"), file);
	}

	/** What a browser widget without the editor's policy did with a page: requests sent, scripts run. */
	private record Unguarded(int requests, boolean scriptsRan) {
	}

	/** What a browser widget with scripts on but without the editor's policy does with {@code page}. */
	private static Unguarded withoutPolicy(String page) throws IOException {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		Shell shell = new Shell(PlatformUI.getWorkbench().getDisplay());
		try {
			shell.setLayout(new FillLayout());
			Browser browser = new Browser(shell, SWT.NONE);
			browser.setJavascriptEnabled(true);
			boolean[] loaded = { false };
			browser.addProgressListener(new ProgressAdapter() {

				@Override
				public void completed(ProgressEvent event) {
					loaded[0] = true;
				}
			});
			shell.setSize(600, 400);
			shell.open();
			browser.setText(page.replaceAll("http://127\\.0\\.0\\.1:\\d+", "http://127.0.0.1:" + server.getAddress().getPort()),
					false);
			UiWait.until("the plain browser to load the page", SampleProjectInExplorer.TIMEOUT,
					() -> loaded[0] && requests.get() > 0 ? Boolean.TRUE : null, () -> requests.get() + " requests");
			return new Unguarded(requests.get(), Boolean.TRUE.equals(browser.evaluate(SCRIPTS_RAN)));
		} finally {
			shell.dispose();
			server.stop(0);
		}
	}

	/** Takes a screenshot named {@code name} with the editor maximized, then restores it. */
	static void maximized(StatementEditor editor, String name) {
		if (!Screenshots.enabled()) {
			return;
		}
		IWorkbenchPage page = editor.getSite().getPage();
		IWorkbenchPartReference reference = page.getReference(editor);
		page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		try {
			Screenshots.take(page.getWorkbenchWindow().getShell(), name);
		} finally {
			page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		}
	}

	private static void settle(Duration time) {
		long end = System.nanoTime() + time.toNanos();
		UiWait.until("time to pass", time.plusSeconds(5), () -> System.nanoTime() > end ? Boolean.TRUE : null,
				() -> "waiting");
	}
}
