package org.glossator.io.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.glossator.io.ui.internal.IoJobs;

/** What a person does with the user interface, done with SWT events on the real widgets. */
public final class Ui {

	private static final long TIMEOUT_MILLIS = 60_000;

	/** What went wrong in a step on a modal dialog, which runs outside the test method's own calls. */
	private static Throwable dialogFailure;

	private Ui() {
	}

	public static void settle() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run what the last step queued
		}
		if (dialogFailure != null) {
			Throwable failure = dialogFailure;
			dialogFailure = null;
			throw new AssertionError("a step on a dialog failed: " + failure.getMessage(), failure);
		}
	}

	/** Lets the import and export jobs finish, and what they leave for the user interface thread happen. */
	public static void waitForJobs() {
		waitUntil("the import and export jobs", () -> Job.getJobManager().find(IoJobs.FAMILY).length == 0);
	}

	/** Runs the user interface until the condition holds, then what that left for the user interface thread. */
	public static void waitUntil(String what, BooleanSupplier done) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!done.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError(what + " took more than " + TIMEOUT_MILLIS + " ms");
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		settle();
	}

	/**
	 * Acts on the window {@code title} once it is open: for modal dialogs, which run an event loop of their own
	 * until closed, so the step that opens one must be done after this. When the action fails, the window is closed
	 * (so that the test goes on) and the next {@link #settle()} reports the failure.
	 */
	public static void whenOpen(String title, Consumer<Shell> action) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
					try {
						action.accept(shell);
					} catch (RuntimeException | AssertionError e) {
						dialogFailure = e;
						shell.close();
					}
					return;
				}
			}
			if (System.currentTimeMillis() < end) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
	}

	public static <T extends Control> List<T> all(Composite root, Class<T> type, Predicate<T> wanted) {
		List<T> found = new ArrayList<>();
		collect(root, type, wanted, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> wanted, List<T> found) {
		if (type.isInstance(control) && wanted.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, wanted, found);
			}
		}
	}

	public static <T extends Control> T find(Composite root, Class<T> type) {
		List<T> found = all(root, type, any -> true);
		if (found.isEmpty()) {
			throw new AssertionError("no " + type.getSimpleName() + " in " + root);
		}
		return found.get(0);
	}

	public static Button button(Composite root, String text) {
		List<Button> found = all(root, Button.class, button -> text.equals(button.getText().replace("&", "")));
		if (found.isEmpty()) {
			throw new AssertionError("no button " + text + " in " + root);
		}
		return found.get(0);
	}

	/** The control right after the label {@code text} (mnemonic left out), as a person reads a form. */
	public static <T extends Control> T field(Composite root, String text, Class<T> type) {
		for (Label label : all(root, Label.class, label -> text.equals(label.getText().replace("&", "")))) {
			Control[] siblings = label.getParent().getChildren();
			int index = Arrays.asList(siblings).indexOf(label);
			if (index + 1 < siblings.length && type.isInstance(siblings[index + 1])) {
				return type.cast(siblings[index + 1]);
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " after the label " + text);
	}

	public static void click(Button button) {
		if ((button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
		settle();
	}

	/** Chooses a radio button as a click does: the others of its group are no longer chosen. */
	public static void choose(Button radio) {
		for (Control sibling : radio.getParent().getChildren()) {
			if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0) {
				other.setSelection(other == radio);
			}
		}
		radio.notifyListeners(SWT.Selection, new Event());
		settle();
	}

	public static void check(Button checkBox, boolean checked) {
		if (checkBox.getSelection() != checked) {
			click(checkBox);
		}
	}

	/** Ticks exactly the rows of a check box table whose text contains one of {@code wanted}. */
	public static void checkRows(Table table, List<String> wanted) {
		for (TableItem item : table.getItems()) {
			boolean checked = wanted.stream().anyMatch(item.getText()::contains);
			if (item.getChecked() != checked) {
				item.setChecked(checked);
				Event event = new Event();
				event.item = item;
				event.detail = SWT.CHECK;
				table.notifyListeners(SWT.Selection, event);
			}
		}
		settle();
	}

	/** The item of {@code items} whose first column is {@code text}. */
	public static TreeItem item(TreeItem[] items, String text) {
		return Arrays.stream(items).filter(item -> item.getText(0).equals(text)).findFirst().orElseThrow(() -> new AssertionError(
				"no row " + text + " among " + Arrays.stream(items).map(item -> item.getText(0)).toList()));
	}

	/** Renders {@code shell} as it is drawn, off screen, into target/screenshots/{@code name}.png. */
	public static Path screenshot(Shell shell, String name) throws IOException {
		settle();
		Point size = shell.getSize();
		Image image = new Image(shell.getDisplay(), size.x, size.y);
		GC gc = new GC(image);
		try {
			shell.print(gc);
			ImageLoader png = new ImageLoader();
			png.data = new ImageData[] { image.getImageData() };
			Path file = Files.createDirectories(Path.of(System.getProperty("glossator.screenshots", "target/screenshots"))).resolve(name + ".png");
			png.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
