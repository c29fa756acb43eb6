package org.glossator.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;

/** The workbench's Undo or Redo, for one editor's command stack, labelled with the step it would take back or redo. */
final class CommandStackAction extends Action {

	private final CommandStack stack;
	private final boolean undo;

	CommandStackAction(CommandStack stack, boolean undo) {
		this.stack = stack;
		this.undo = undo;
		update();
	}

	void update() {
		Command next = undo ? stack.getUndoCommand() : stack.getRedoCommand();
		setEnabled(undo ? stack.canUndo() : stack.canRedo());
		String verb = undo ? "&Undo" : "&Redo";
		setText(next == null || next.getLabel() == null ? verb : verb + " " + next.getLabel());
	}

	@Override
	public void run() {
		if (undo) {
			stack.undo();
		} else {
			stack.redo();
		}
	}
}
