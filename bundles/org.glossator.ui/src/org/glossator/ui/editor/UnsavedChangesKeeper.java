package org.glossator.ui.editor;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.glossator.core.edit.CountingCommandStack;
import org.glossator.core.store.UnsavedChanges;
import org.glossator.model.Document;

/**
 * Keeps an editor's unsaved changes on disk ({@link UnsavedChanges}) a moment after the last change, so that a crash
 * loses at most that moment of work, and removes them once they are saved or dismissed. The writing runs on a thread
 * of its own, as a large document takes a while to write (0.4 to 0.8 s for 200,000 annotations), and holds nothing
 * up: a change meanwhile supersedes it ({@link CountingCommandStack}), and asks for the next.
 */
final class UnsavedChangesKeeper {

	/** How long after the last change the changes are written: a burst of keys is written once. */
	static final int DELAY_MS = 1000;
	/** Changes that keep coming are written at least this often all the same. */
	static final int MAX_DELAY_MS = 10_000;

	private final UnsavedChanges unsaved;
	private final Document document;
	private final CountingCommandStack stack;
	private final Display display;
	private final Consumer<String> failed;
	private final Runnable keepSoon = this::keepNow;
	private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Glossator: keeping unsaved changes");
		thread.setDaemon(true);
		return thread;
	});
	/** When the first change not written yet came (UI thread, in milliseconds of System.nanoTime), or 0. */
	private long waitingSince;
	/** One more as each save starts: a write under way then is not put in place, as the save supersedes it. */
	private volatile int saves;
	/** Set once the editor closes; guarded by this keeper, which a write holds until its file is in place. */
	private boolean closed;
	private boolean failing;

	/** @param failed tells the user (on the UI thread) why the changes cannot be kept */
	UnsavedChangesKeeper(UnsavedChanges unsaved, Document document, CountingCommandStack stack, Display display, Consumer<String> failed) {
		this.unsaved = unsaved;
		this.document = document;
		this.stack = stack;
		this.display = display;
		this.failed = failed;
	}

	/** After a change, an undo or a redo, or a save: keeps the changes soon if there are any, or removes those kept. */
	void changed(boolean unsavedChanges) {
		if (writer.isShutdown()) {
			return;
		}
		if (unsavedChanges) {
			long now = System.nanoTime() / 1_000_000;
			if (waitingSince == 0) {
				waitingSince = now;
			}
			// Put off by each change, up to a point.
			if (now - waitingSince < MAX_DELAY_MS - DELAY_MS) {
				display.timerExec(DELAY_MS, keepSoon);
			}
		} else {
			waitingSince = 0;
			display.timerExec(-1, keepSoon);
			writer.execute(this::discard);
		}
	}

	/** As a save starts: a write under way is not to put an older version in place after it. */
	void saving() {
		saves++;
	}

	/**
	 * Writes the document as it is now. A change meanwhile supersedes the write, and has asked for the next one
	 * ({@link #changed}); so does a save, after which nothing is to be kept.
	 */
	private void keepNow() {
		waitingSince = 0;
		int save = saves;
		writer.execute(() -> {
			long mark = stack.mark();
			BooleanSupplier holds = () -> stack.unchangedSince(mark) && saves == save;
			try {
				boolean kept;
				synchronized (this) {
					kept = !closed && unsaved.keep(document, holds);
				}
				if (kept) {
					failing = false;
				}
			} catch (IOException | RuntimeException e) {
				// A write that met a change half-way may fail for that alone.
				if (holds.getAsBoolean()) {
					failed(e);
				}
			}
		});
	}

	/** Said once, until a write succeeds again; the document itself is as it was. */
	private void failed(Exception e) {
		if (!failing) {
			failing = true;
			ILog.of(getClass()).error("Cannot keep the unsaved changes of " + document.getTextPath() + " in " + unsaved.file(), e);
			display.asyncExec(() -> failed.accept("The unsaved changes cannot be kept for after a crash: " + e));
		}
	}

	private synchronized void discard() {
		try {
			unsaved.discard();
		} catch (IOException e) {
			ILog.of(getClass()).error("Cannot remove the unsaved changes kept in " + unsaved.file(), e);
		}
	}

	/**
	 * As the editor closes, its changes saved or dismissed: removes those kept, after a write under way (so that none is
	 * left behind to be restored), and stops.
	 */
	void close() {
		display.timerExec(-1, keepSoon);
		synchronized (this) {
			closed = true;
			discard();
		}
		writer.shutdown();
	}
}
