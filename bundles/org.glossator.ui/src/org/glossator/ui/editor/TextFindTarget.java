package org.glossator.ui.editor;

import java.util.Locale;

import org.eclipse.jface.text.IFindReplaceTarget;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;

/** Lets the workbench's Find dialog search the source text; the text is never replaced. */
final class TextFindTarget implements IFindReplaceTarget {

	private final StyledText text;

	TextFindTarget(StyledText text) {
		this.text = text;
	}

	@Override
	public boolean canPerformFind() {
		return text.getCharCount() > 0;
	}

	@Override
	public int findAndSelect(int widgetOffset, String findString, boolean searchForward, boolean caseSensitive, boolean wholeWord) {
		String content = caseSensitive ? text.getText() : text.getText().toLowerCase(Locale.ROOT);
		String wanted = caseSensitive ? findString : findString.toLowerCase(Locale.ROOT);
		int from = widgetOffset < 0 ? (searchForward ? 0 : content.length()) : widgetOffset;
		int found = searchForward ? content.indexOf(wanted, from) : content.lastIndexOf(wanted, from);
		while (found >= 0 && wholeWord && !isWholeWord(content, found, wanted.length())) {
			found = searchForward ? content.indexOf(wanted, found + 1) : content.lastIndexOf(wanted, found - 1);
		}
		if (found >= 0) {
			text.setSelection(found, found + findString.length());
			text.showSelection();
		}
		return found;
	}

	private static boolean isWholeWord(String content, int at, int length) {
		boolean startsWord = at == 0 || !Character.isLetterOrDigit(content.charAt(at - 1));
		boolean endsWord = at + length >= content.length() || !Character.isLetterOrDigit(content.charAt(at + length));
		return startsWord && endsWord;
	}

	@Override
	public Point getSelection() {
		Point selection = text.getSelectionRange();
		return new Point(selection.x, selection.y);
	}

	@Override
	public String getSelectionText() {
		return text.getSelectionText();
	}

	@Override
	public boolean isEditable() {
		return false;
	}

	@Override
	public void replaceSelection(String replacement) {
		throw new UnsupportedOperationException("Source texts are never changed");
	}
}
