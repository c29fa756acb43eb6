package org.glossator.core.edit;

import java.lang.invoke.VarHandle;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * A command stack that counts its commands, undos and redos as they start and as they end, so that another thread can
 * read the model without holding them up and then tell whether what it read holds: as a large document is written out
 * (its unsaved changes, kept for after a crash), which takes a second, while its editor goes on.
 */
public final class CountingCommandStack extends BasicCommandStack {

	/** Odd while a change runs: one more as it starts, one more as it ends. Changed by the one thread that runs commands. */
	private volatile long changes;
	/** How deep in changes that thread is: a listener may run a command while the stack tells it of one. */
	private int depth;

	@Override
	public void execute(Command command) {
		if (command == null || !command.canExecute()) {
			// Refused: nothing changes (BasicCommandStack disposes of it).
			super.execute(command);
			return;
		}
		starting();
		try {
			super.execute(command);
		} finally {
			ended();
		}
	}

	@Override
	public void undo() {
		starting();
		try {
			super.undo();
		} finally {
			ended();
		}
	}

	@Override
	public void redo() {
		starting();
		try {
			super.redo();
		} finally {
			ended();
		}
	}

	private void starting() {
		if (depth++ == 0) {
			changes++;
			// The count is odd before any change to the model can be seen (a volatile write alone does not order the
			// writes after it).
			VarHandle.storeStoreFence();
		}
	}

	private void ended() {
		if (--depth == 0) {
			changes++;
		}
	}

	/**
	 * A mark to read the model from: another thread that reads it afterwards sees it as the last change left it, or
	 * as a change under way has made it so far.
	 */
	public long mark() {
		return changes;
	}

	/**
	 * Whether nothing changed the model since the mark was taken (nor was changing it then): only then does what another
	 * thread read since hold. A read that failed may have met a change half-way; if this says so, it was no fault of the
	 * model's.
	 */
	public boolean unchangedSince(long mark) {
		// The reads since the mark are done before the count is read again.
		VarHandle.acquireFence();
		return (mark & 1) == 0 && changes == mark;
	}
}
