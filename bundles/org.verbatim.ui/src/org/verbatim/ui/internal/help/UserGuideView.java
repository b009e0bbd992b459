package org.verbatim.ui.internal.help;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;

/**
 * Help &gt; User Guide: the guide in a web browser widget with JavaScript off and nothing loaded from
 * elsewhere, or as plain text where the system has no browser engine the widget can use.
 */
public final class UserGuideView extends ViewPart {

	/** The view id, as registered in plugin.xml. */
	public static final String ID = "org.verbatim.ui.userGuide";

	private Control shown;
	private String text = "";
	private boolean browser;

	@Override
	public void createPartControl(Composite parent) {
		String html;
		try {
			html = UserGuide.html();
		} catch (IOException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
			html = "<p>" + e.getMessage() + "</p>";
		}
		text = UserGuide.text(html);
		try {
			Browser widget = new Browser(parent, SWT.NONE);
			widget.setJavascriptEnabled(false);
			widget.setText(html, false);
			shown = widget;
			browser = true;
		} catch (SWTError e) {
			// no WebKitGTK on this system: the same guide as text
			ILog.of(getClass()).info("The user guide is shown as text: no browser engine (" + e.getMessage() + ").");
			StyledText plain = new StyledText(parent, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
			plain.setMargins(12, 12, 12, 12);
			plain.setText(text);
			shown = plain;
		}
	}

	/** The guide's text as shown, or as the browser shows it (for tests). */
	public String shownText() {
		return text;
	}

	/** Whether the guide is shown in a web browser widget rather than as text. */
	public boolean inBrowser() {
		return browser;
	}

	@Override
	public void setFocus() {
		shown.setFocus();
	}
}
