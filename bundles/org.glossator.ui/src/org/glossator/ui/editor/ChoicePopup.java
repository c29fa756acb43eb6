package org.glossator.ui.editor;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;

/** A small list beside the caret to pick one of a few choices with arrows and Enter (Esc cancels), or the mouse. */
final class ChoicePopup {

	private ChoicePopup() {
	}

	/** Asks for one of the choices; a single choice is taken without asking. */
	static void choose(StyledText owner, String title, List<String> choices, Consumer<String> onChoice) {
		if (choices.size() == 1) {
			onChoice.accept(choices.get(0));
			return;
		}
		Shell shell = new Shell(owner.getShell(), SWT.ON_TOP | SWT.TOOL | SWT.RESIZE);
		shell.setText(title);
		shell.setLayout(new FillLayout());
		org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(shell, SWT.SINGLE | SWT.V_SCROLL);
		list.setItems(choices.toArray(String[]::new));
		list.select(0);
		list.addListener(SWT.DefaultSelection, event -> {
			String choice = list.getItem(Math.max(0, list.getSelectionIndex()));
			shell.dispose();
			owner.setFocus();
			onChoice.accept(choice);
		});
		list.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ESC) {
				shell.dispose();
				owner.setFocus();
			}
		});
		Point caret = owner.toDisplay(owner.getLocationAtOffset(owner.getCaretOffset()));
		shell.pack();
		shell.setLocation(caret.x, caret.y + owner.getLineHeight());
		shell.open();
		list.setFocus();
	}
}
