package org.verbatim.app.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, first-start size, no tool bar, a status line. */
final class VerbatimWindowAdvisor extends WorkbenchWindowAdvisor {

	VerbatimWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new VerbatimActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setTitle("Verbatim");
		// the size of the first start; later starts restore the size the analyst left
		configurer.setInitialSize(firstSize());
		configurer.setShowCoolBar(false);
		configurer.setShowPerspectiveBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
	}

	/**
	 * The window's size at the first start: most of the screen, so that the statement's text has room
	 * under its metadata beside the views below, but not more than {@value #LARGEST_WIDTH} ×
	 * {@value #LARGEST_HEIGHT} (a wide monitor's full width only makes lines hard to read), and 1200 × 800 where the
	 * screen cannot be asked.
	 */
	private static Point firstSize() {
		Display display = Display.getCurrent();
		if (display == null) {
			return new Point(1200, 800);
		}
		Rectangle area = display.getPrimaryMonitor().getClientArea();
		return new Point(Math.min(LARGEST_WIDTH, area.width * 9 / 10), Math.min(LARGEST_HEIGHT, area.height * 9 / 10));
	}

	private static final int LARGEST_WIDTH = 1600;

	private static final int LARGEST_HEIGHT = 1100;
}
