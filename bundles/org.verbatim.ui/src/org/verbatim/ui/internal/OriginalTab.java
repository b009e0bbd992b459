package org.verbatim.ui.internal;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
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
 * (an HTML page, in a {@link Browser} with JavaScript off and nothing loaded from anywhere, see
 * {@link OriginalHtml}) or as its source text. A passage given by a span of the decoded original is
 * selected in the source and marked in the rendered page. Where the system has no browser engine,
 * or the system property {@value #PLAIN_PROPERTY} is {@code true}, HTML is shown as source only.
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
	private final Optional<Browser> browser;
	private Optional<OriginalDocument> document = Optional.empty();
	private Optional<OffsetMap.Span> passage = Optional.empty();
	private String shownHtml = "";
	private boolean pageLoaded;
	private boolean scrolled;

	/** Builds the page in {@code parent} (a tab folder). */
	OriginalTab(Composite parent) {
		page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 6).applyTo(page);
		summary = new Label(page, SWT.WRAP);
		summary.setText("Reading\u2026");
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER)
				.applyTo(summary);
		rendered = new Button(page, SWT.CHECK);
		rendered.setText("&Rendered");
		rendered.setToolTipText("Show the page as a browser draws it (no scripts, nothing loaded from the network),"
				+ " or its source text");
		rendered.setVisible(false);
		rendered.addListener(SWT.Selection, event -> showLayer());

		stack = new Composite(page, SWT.NONE);
		stack.setLayout(layout);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(100, 100).applyTo(stack);
		source = new StyledText(stack, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		source.setMargins(4, 4, 4, 4);
		source.setFont(JFaceResources.getTextFont());
		browser = createBrowser(stack);
		layout.topControl = source;
	}

	private static Optional<Browser> createBrowser(Composite parent) {
		if (Boolean.getBoolean(PLAIN_PROPERTY)) {
			return Optional.empty();
		}
		try {
			Browser widget = new Browser(parent, SWT.NONE);
			widget.setJavascriptEnabled(false);
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

	/** Shows {@code original}, rendered when it is an HTML page and a browser engine is there. */
	void show(OriginalDocument original) {
		document = Optional.of(original);
		passage = Optional.empty();
		source.setText(original.text());
		boolean canRender = original.html() && browser.isPresent();
		rendered.setVisible(original.html());
		rendered.setEnabled(canRender);
		rendered.setSelection(canRender);
		summary.setText(original.html()
				? canRender ? "The archived HTML page as a browser draws it, without scripts and without loading"
						+ " anything from the network; untick Rendered for its source."
						: "The archived HTML page's source (no browser engine is available to draw it)."
				: "The archived original as text, decoded as the import decoded it.");
		showLayer();
		page.layout(true, true);
	}

	/** Says in one sentence why the original cannot be shown. */
	void showProblem(String sentence) {
		document = Optional.empty();
		summary.setText(sentence);
		source.setText("");
		rendered.setVisible(false);
		layout.topControl = source;
		page.layout(true, true);
	}

	/** Shows the passage {@code span} of the decoded original: selected in the source, marked when rendered. */
	void reveal(OffsetMap.Span span) {
		if (document.isEmpty()) {
			return;
		}
		int length = source.getCharCount();
		passage = Optional.of(new OffsetMap.Span(Math.min(span.start(), length), Math.min(span.end(), length)));
		source.setSelection(passage.get().start(), passage.get().end());
		source.showSelection();
		if (isRendered()) {
			render();
		}
	}

	private void showLayer() {
		if (isRendered()) {
			render();
			layout.topControl = browser.get();
		} else {
			layout.topControl = source;
		}
		stack.layout(true, true);
	}

	private void render() {
		Browser widget = browser.get();
		shownHtml = OriginalHtml.safe(document.get().text(), passage);
		pageLoaded = false;
		scrolled = false;
		ProgressListener loaded = new ProgressListener() {

			@Override
			public void changed(ProgressEvent event) {
				// only the end matters
			}

			@Override
			public void completed(ProgressEvent event) {
				widget.removeProgressListener(this);
				pageLoaded = true;
				// the page's own scripts are off (and refused by the policy); where the engine still runs
				// the editor's one line, it scrolls the mark into view, else the mark waits to be scrolled to
				scrolled = passage.isPresent() && widget.execute("var m=document.getElementById('"
						+ OriginalHtml.MARK_ID + "');if(m){m.scrollIntoView({block:'center'});}");
			}
		};
		widget.addProgressListener(loaded);
		widget.setText(shownHtml, false);
	}

	private boolean isRendered() {
		return browser.isPresent() && document.isPresent() && document.get().html() && rendered.getSelection();
	}

	/** The span of the decoded original selected in the source view, if any. */
	Optional<OffsetMap.Span> selectedInSource() {
		Point selection = source.getSelection();
		return selection.y > selection.x ? Optional.of(new OffsetMap.Span(selection.x, selection.y)) : Optional.empty();
	}

	/** The source view, to select text in as an analyst would (for tests). */
	StyledText sourceWidget() {
		return source;
	}

	/** Whether the page is shown rendered in a browser widget now. */
	boolean rendered() {
		return isRendered();
	}

	/** Shows the page rendered ({@code true}) or as source, as the Rendered box does. */
	void setRendered(boolean render) {
		rendered.setSelection(render && rendered.getEnabled());
		showLayer();
	}

	/** The HTML given to the browser last, with its policy and marks (for tests). */
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

	/** Whether a browser engine is there to render pages. */
	boolean canRender() {
		return browser.isPresent();
	}

	/** The sentence above the original. */
	String summary() {
		return summary.getText();
	}
}
