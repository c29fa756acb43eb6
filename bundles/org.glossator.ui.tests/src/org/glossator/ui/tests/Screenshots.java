package org.glossator.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Writes what a shell shows on screen to a PNG in target/screenshots, so a person can look at a test's result. */
public final class Screenshots {

	private Screenshots() {
	}

	public static Path take(Shell shell, String name) throws IOException {
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// let every pending paint happen first
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path folder = Path.of(System.getProperty("glossator.screenshots", "target/screenshots"));
			Files.createDirectories(folder);
			Path file = folder.resolve(name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
