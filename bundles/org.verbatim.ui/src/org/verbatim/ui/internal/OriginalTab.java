package org.verbatim.ui.internal;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.browser.LocationListener;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.verbatim.core.OffsetMap;

/**
 * The Statement editor's "Original" page: the archived original as it was decoded, either rendered
 * (an HTML page, in a {@link Browser} where nothing is loaded from anywhere and none of the page's
 * scripts run, see {@link OriginalHtml}) or as its source text. A passage given by a span of the
 * decoded original is selected in the source, and marked and scrolled to in the rendered page; what
 * the analyst selects in either is read back as a span of the decoded original. Nothing is drawn
 * until the page is first shown: the browser (whose engine takes a while to start) is created then,
 * and only for an HTML original. Where the system has no browser engine, or the system property
 * {@value #PLAIN_PROPERTY} is {@code true}, HTML is shown as source only.
 */
final class OriginalTab {

	/** The tab's title. */
	static final String TITLE = "Original";

	/** Set to {@code true} to show every original as text even where a browser engine exists. */
	static final String PLAIN_PROPERTY = "verbatim.original.plainText";

	private final Composite page;
	private final Label summary;
	private final Button rendered;
	private final Composite stack;
	private final StackLayout layout = new StackLayout();
	private final StyledText source;
	private Optional<Browser> browser = Optional.empty();
	/** Whether a browser could not be created (no engine) or may not be (the plain-text property). */
	private boolean noBrowser = Boolean.getBoolean(PLAIN_PROPERTY);
	private boolean shown;
	/** Whether the source and the rendered page show {@link #document} and {@link #passage}. */
	private boolean drawn = true;
	private Optional<OriginalDocument> document = Optional.empty();
	/** The document whose text the source view holds. */
	private Optional<OriginalDocument> sourceOf = Optional.empty();
	private Optional<OffsetMap.Span> passage = Optional.empty();
	private String shownHtml = "";
	private boolean pageLoaded;
	private boolean scrolled;
	/** How many pages were given to the browser: a load finishing tells its own from a replaced one. */
	private int loads;

	/** Builds the page in {@code parent} (a tab folder); no browser yet. */
	OriginalTab(Composite parent) {
		page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 6).applyTo(page);
		summary = new Label(page, SWT.WRAP);
		summary.setText("Reading\u2026");
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER)
				.applyTo(summary);
		rendered = new Button(page, SWT.CHECK);
		rendered.setText("&Rendered");
		rendered.setToolTipText("Show the page as a browser draws it (none of its scripts, nothing loaded from the"
				+ " network), or its source text");
		rendered.setVisible(false);
		rendered.addListener(SWT.Selection, event -> draw());

		stack = new Composite(page, SWT.NONE);
		stack.setLayout(layout);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(100, 100).applyTo(stack);
		source = new StyledText(stack, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		source.setMargins(4, 4, 4, 4);
		source.setFont(JFaceResources.getTextFont());
		layout.topControl = source;
	}

	/** The browser, created the first time a page is rendered; empty where there is no engine. */
	private Optional<Browser> browser() {
		if (browser.isEmpty() && !noBrowser) {
			browser = createBrowser(stack);
			noBrowser = browser.isEmpty();
		}
		return browser;
	}

	private static Optional<Browser> createBrowser(Composite parent) {
		try {
			Browser widget = new Browser(parent, SWT.NONE);
			// the engine runs the editor's own scripts (scroll to the mark, read the selection), given
			// through the widget's API; the page's own scripts are refused by the policy OriginalHtml
			// puts before anything of the page's, so none of them runs
			widget.setJavascriptEnabled(true);
			// the page is given as text (about:blank); following a link or a refresh to anywhere is refused
			widget.addLocationListener(new LocationListener() {

				@Override
				public void changing(LocationEvent event) {
					event.doit = event.location == null || event.location.isEmpty()
							|| event.location.startsWith("about:");
				}

				@Override
				public void changed(LocationEvent event) {
					// nothing: only refused navigations matter
				}
			});
			return Optional.of(widget);
		} catch (SWTError e) {
			// no WebKitGTK on this system: HTML originals are shown as their source
			ILog.of(OriginalTab.class).info("Originals are shown as text: no browser engine (" + e.getMessage() + ").");
			return Optional.empty();
		}
	}

	/** The page, for the tab folder. */
	Control control() {
		return page;
	}

	/**
	 * Takes {@code original} to show, rendered when it is an HTML page and a browser engine is there;
	 * it is drawn when the page is shown.
	 */
	void show(OriginalDocument original) {
		document = Optional.of(original);
		passage = Optional.empty();
		rendered.setVisible(original.html());
		rendered.setEnabled(original.html() && !noBrowser);
		rendered.setSelection(original.html() && !noBrowser);
		summary.setText(summaryText());
		drawn = false;
		if (shown) {
			draw();
		}
		summary.requestLayout();
	}

	private String summaryText() {
		if (document.isEmpty() || !document.get().html()) {
			return "The archived original as text, decoded as the import decoded it.";
		}
		return noBrowser ? "The archived HTML page's source (no browser engine is available to draw it)."
				: "The archived HTML page as a browser draws it, without running its scripts and without loading"
						+ " anything from the network; untick Rendered for its source.";
	}

	/** Says in one sentence why the original cannot be shown. */
	void showProblem(String sentence) {
		document = Optional.empty();
		passage = Optional.empty();
		summary.setText(sentence);
		source.setText("");
		sourceOf = Optional.empty();
		rendered.setVisible(false);
		layout.topControl = source;
		drawn = true;
		page.layout(true, true);
	}

	/** The page is shown ({@code true}: its tab was chosen) or hidden; it is drawn when first shown. */
	void setShown(boolean visible) {
		shown = visible;
		if (shown && !drawn) {
			draw();
		}
	}

	/**
	 * Shows the passage {@code span} of the decoded original: selected in the source, marked and
	 * scrolled to when rendered (once the page is shown).
	 */
	void reveal(OffsetMap.Span span) {
		if (document.isEmpty()) {
			return;
		}
		int length = document.get().text().length();
		passage = Optional.of(new OffsetMap.Span(Math.min(span.start(), length), Math.min(span.end(), length)));
		drawn = false;
		if (shown) {
			draw();
		}
	}

	/** Puts the document (source and, when rendered, the page) and the passage on the screen. */
	private void draw() {
		drawn = true;
		if (document.isEmpty()) {
			return;
		}
		if (!sourceOf.equals(document)) {
			source.setText(document.get().text());
			sourceOf = document;
		}
		passage.ifPresent(span -> {
			source.setSelection(span.start(), span.end());
			source.showSelection();
		});
		boolean render = wantsRendered() && browser().isPresent();
		if (noBrowser && document.get().html()) {
			rendered.setSelection(false);
			rendered.setEnabled(false);
			summary.setText(summaryText());
		}
		if (render) {
			render(browser.get());
			layout.topControl = browser.get();
		} else {
			layout.topControl = source;
		}
		stack.layout(true, true);
	}

	private void render(Browser widget) {
		shownHtml = OriginalHtml.safe(document.get().text(), passage);
		pageLoaded = false;
		scrolled = false;
		int load = ++loads;
		boolean mark = passage.isPresent();
		widget.addProgressListener(new ProgressListener() {

			@Override
			public void changed(ProgressEvent event) {
				// only the end matters
			}

			@Override
			public void completed(ProgressEvent event) {
				widget.removeProgressListener(this);
				if (load != loads) {
					// a page given earlier, replaced before it finished
					return;
				}
				pageLoaded = true;
				// the editor's own script (the page's scripts are refused by its policy)
				scrolled = mark && widget.execute(OriginalHtml.SCROLL_SCRIPT);
			}
		});
		widget.setText(shownHtml, false);
	}

	/** Whether the original is an HTML page the analyst wants drawn (Rendered ticked) and may be. */
	private boolean wantsRendered() {
		return !noBrowser && document.isPresent() && document.get().html() && rendered.getSelection();
	}

	/**
	 * The span of the decoded original the analyst selected: in the rendered page when it is shown
	 * (read by the editor's own script from the runs {@link OriginalHtml} tagged), else in the source.
	 * Empty when nothing, or nothing of the original's text, is selected.
	 */
	Optional<OffsetMap.Span> selected() {
		if (rendered()) {
			try {
				if (browser.get().evaluate(OriginalHtml.SELECTION_SCRIPT) instanceof Object[] span && span.length == 2
						&& span[0] instanceof Number start && span[1] instanceof Number end) {
					return Optional.of(new OffsetMap.Span(start.intValue(), end.intValue()));
				}
			} catch (SWTException e) {
				ILog.of(OriginalTab.class).warn("The selection in the rendered original could not be read.", e);
			}
			return Optional.empty();
		}
		Point selection = source.getSelection();
		return selection.y > selection.x ? Optional.of(new OffsetMap.Span(selection.x, selection.y)) : Optional.empty();
	}

	/** The source view, to select text in as an analyst would (for tests). */
	StyledText sourceWidget() {
		return source;
	}

	/** Whether the page is shown rendered in a browser widget now. */
	boolean rendered() {
		return browser.isPresent() && layout.topControl == browser.get() && wantsRendered();
	}

	/** Shows the page rendered ({@code true}) or as source, as the Rendered box does. */
	void setRendered(boolean render) {
		rendered.setSelection(render && rendered.getEnabled());
		draw();
	}

	/** Runs {@code script} in the rendered page, as the editor's own scripts run, and returns its value (for tests). */
	Object evaluate(String script) {
		if (!rendered()) {
			throw new IllegalStateException("the original is not shown rendered");
		}
		return browser.get().evaluate(script);
	}

	/** The HTML given to the browser last, with its policy, runs and marks (for tests). */
	String shownHtml() {
		return shownHtml;
	}

	/** Whether the browser finished loading the page given last (for tests). */
	boolean pageLoaded() {
		return pageLoaded;
	}

	/** Whether the browser scrolled the marked passage into view after loading the page (for tests). */
	boolean scrolled() {
		return scrolled;
	}

	/** Whether a browser engine is there to render pages, as far as is known: until creating one fails. */
	boolean canRender() {
		return !noBrowser;
	}

	/** The sentence above the original. */
	String summary() {
		return summary.getText();
	}
}
