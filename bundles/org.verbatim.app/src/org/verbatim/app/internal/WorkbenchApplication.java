package org.verbatim.app.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The application {@code org.verbatim.app.workbench}: opens the Verbatim workbench. Without a
 * display it says how to get one (or to use the command line) on stderr and exits with 1.
 */
public final class WorkbenchApplication implements IApplication {

	/** The exit code when no display can be opened. */
	static final Integer EXIT_NO_DISPLAY = 1;

	@Override
	public Object start(IApplicationContext context) {
		Display.setAppName("Verbatim");
		Display display;
		try {
			display = PlatformUI.createDisplay();
		} catch (SWTError | UnsatisfiedLinkError e) {
			System.err.println("Verbatim cannot open a window here (" + e.getMessage() + "): run it in a desktop"
					+ " session or under Xvfb (xvfb-run ./verbatim); the command line works without a display"
					+ " (./verbatim --help).");
			return EXIT_NO_DISPLAY;
		}
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new VerbatimWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
