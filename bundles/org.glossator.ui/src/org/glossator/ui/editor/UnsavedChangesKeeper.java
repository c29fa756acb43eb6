package org.glossator.ui.editor;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.glossator.core.edit.CountingCommandStack;
import org.glossator.core.store.UnsavedChanges;
import org.glossator.model.Document;

/**
 * Keeps an editor's unsaved changes on disk ({@link UnsavedChanges}) a moment after the last change, so that a crash
 * loses at most that moment of work, and removes them once they are saved or dismissed. The writing runs on a thread
 * of its own, as a large document takes a second to write, and holds nothing up: a change meanwhile supersedes it
 * ({@link CountingCommandStack}), and asks for the next.
 */
final class UnsavedChangesKeeper {

	/** How long after the last change the changes are written: a burst of keys is written once. */
	static final int DELAY_MS = 1000;

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
			// Rescheduled by each change.
			display.timerExec(DELAY_MS, keepSoon);
		} else {
			display.timerExec(-1, keepSoon);
			writer.execute(this::discard);
		}
	}

	private void keepNow() {
		writer.execute(() -> {
			long mark = stack.mark();
			try {
				synchronized (this) {
					// Superseded by a change meanwhile (not kept), the change has asked for the next write.
					if (!closed) {
						unsaved.keep(document, () -> stack.unchangedSince(mark));
					}
				}
				failing = false;
			} catch (IOException | RuntimeException e) {
				if (stack.unchangedSince(mark)) {
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
			display.asyncExec(() -> failed.accept("The unsaved changes cannot be kept for after a crash: " + e.getMessage()));
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
	 * As the editor closes, its changes saved or dismissed: removes those kept, after a write under way, so that none
	 * is left behind to be restored, and stops.
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
