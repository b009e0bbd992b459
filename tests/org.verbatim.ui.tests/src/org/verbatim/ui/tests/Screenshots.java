package org.verbatim.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves what a shell shows as a PNG when the environment variable {@code VERBATIM_SCREENSHOTS} names
 * a folder (how the screenshots under {@code docs/} are taken); otherwise does nothing.
 */
final class Screenshots {

	private static final String FOLDER = "VERBATIM_SCREENSHOTS";

	private Screenshots() {
	}

	/** Whether screenshots are taken in this run. */
	static boolean enabled() {
		String folder = System.getenv(FOLDER);
		return folder != null && !folder.isBlank();
	}

	/** Writes {@code <folder>/<name>.png} with the shell's contents, if a folder is set. */
	static void take(Shell shell, String name) {
		if (!enabled()) {
			return;
		}
		String folder = System.getenv(FOLDER);
		// paint everything that is pending before copying the screen; a dialog that just grew needs a moment
		long settled = System.nanoTime() + 300_000_000L;
		while (System.nanoTime() < settled) {
			if (!shell.getDisplay().readAndDispatch()) {
				shell.update();
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		shell.update();
		// the client area on the screen: without a window manager the bounds count a title bar nobody draws
		Rectangle client = shell.getClientArea();
		Point origin = shell.toDisplay(client.x, client.y);
		Image image = new Image(shell.getDisplay(), client.width, client.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, origin.x, origin.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path target = Path.of(folder).resolve(name + ".png");
			Files.createDirectories(target.getParent());
			loader.save(target.toString(), SWT.IMAGE_PNG);
		} catch (IOException e) {
			throw new IllegalStateException("cannot write the screenshot " + name + " to " + folder, e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
