package org.glossator.uima.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Works a modal dialog as a person would: a modal dialog runs its own event loop inside the command that opened it,
 * so the steps are queued on the display beforehand and run in that loop once the dialog's shell is open.
 */
public final class ModalDialogs {

	/** Steps taken in an open dialog. */
	public interface Steps {
		void in(Shell dialog) throws Exception;
	}

	/** What opens the dialog and waits for it to close. */
	public interface Opener {
		void open() throws Exception;
	}

	private static final long TIMEOUT_MILLIS = 30_000;

	private ModalDialogs() {
	}

	/**
	 * Opens a dialog and takes the steps in it once it shows; the steps must close it (OK or Cancel). A failure in
	 * the steps closes the dialog and fails the test.
	 */
	public static void answer(String title, Opener opener, Steps steps) throws Exception {
		Display display = Display.getCurrent();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		Runnable[] attempt = new Runnable[1];
		attempt[0] = () -> {
			Shell dialog = Arrays.stream(display.getShells()).filter(shell -> !shell.isDisposed() && shell.isVisible() && title.equals(shell.getText()))
					.findFirst().orElse(null);
			if (dialog == null) {
				if (System.currentTimeMillis() < deadline) {
					display.timerExec(50, attempt[0]);
				}
				return;
			}
			try {
				steps.in(dialog);
			} catch (Throwable e) {
				failure.set(e);
				if (!dialog.isDisposed()) {
					dialog.close();
				}
			}
		};
		display.timerExec(50, attempt[0]);
		opener.open();
		if (failure.get() instanceof Exception e) {
			throw e;
		}
		if (failure.get() instanceof Error e) {
			throw e;
		}
	}

	/** Presses a button as a click would. */
	public static void press(Button button) {
		Display display = button.getDisplay();
		button.notifyListeners(SWT.Selection, new Event());
		while (display.readAndDispatch()) {
			// let what the click queued happen
		}
	}

	/** The button with this text (mnemonics left out) in the dialog. */
	public static Button button(Shell dialog, String text) {
		return (Button) all(dialog, control -> control instanceof Button button && button.getText().replace("&", "").equals(text))
				.stream().findFirst().orElseThrow(() -> new AssertionError("no button " + text + " in " + dialog.getText()));
	}

	/** The controls of a kind in the dialog, in the order they were made. */
	public static <T extends Control> List<T> all(Shell dialog, Class<T> kind) {
		return all(dialog, kind::isInstance).stream().map(kind::cast).toList();
	}

	private static List<Control> all(Control control, Predicate<Control> wanted) {
		List<Control> found = new ArrayList<>();
		if (wanted.test(control)) {
			found.add(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(all(child, wanted));
			}
		}
		return found;
	}
}
