package org.glossator.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledTextContent;
import org.eclipse.swt.custom.TextChangeListener;
import org.eclipse.swt.custom.TextChangedEvent;

/**
 * The editor's text for its StyledText, kept line by line: StyledText asks for lines far more often than SWT's own
 * content copies them out of its buffer. Until it has measured every line of a new text (seconds for a large one), each
 * restyle of a few lines makes it estimate the height of every unmeasured line from that line's text, which cost a
 * copy of the whole text (27 MB for the editor benchmark's document, 15 ms and with it the collector's pauses) per
 * annotation made. Here a line is handed out as it is kept.
 * <p>
 * Lines end as in SWT's own content (CR LF, CR or LF; the delimiter belongs to the line it ends), and the annotation
 * editor's text never changes but as a whole: a replacement of a range is taken as a new text.
 */
final class LineTextContent implements StyledTextContent {

	private final List<TextChangeListener> listeners = new ArrayList<>();
	private String text = "";
	private String[] lines = { "" };
	private int[] lineStarts = { 0 };

	@Override
	public void setText(String newText) {
		index(newText);
		TextChangedEvent event = new TextChangedEvent(this);
		for (TextChangeListener listener : List.copyOf(listeners)) {
			listener.textSet(event);
		}
	}

	@Override
	public void replaceTextRange(int start, int replaceLength, String newText) {
		setText(text.substring(0, start) + newText + text.substring(start + replaceLength));
	}

	private void index(String newText) {
		List<String> lineList = new ArrayList<>();
		IntStream.Builder starts = IntStream.builder();
		int start = 0;
		int length = newText.length();
		for (int i = 0; i < length; i++) {
			char c = newText.charAt(i);
			if (c == SWT.CR || c == SWT.LF) {
				lineList.add(newText.substring(start, i));
				starts.add(start);
				if (c == SWT.CR && i + 1 < length && newText.charAt(i + 1) == SWT.LF) {
					i++;
				}
				start = i + 1;
			}
		}
		lineList.add(newText.substring(start));
		starts.add(start);
		text = newText;
		lines = lineList.toArray(String[]::new);
		lineStarts = starts.build().toArray();
	}

	@Override
	public int getCharCount() {
		return text.length();
	}

	@Override
	public String getLine(int lineIndex) {
		checkLine(lineIndex);
		return lines[lineIndex];
	}

	@Override
	public int getLineAtOffset(int offset) {
		if (offset < 0 || offset > text.length()) {
			SWT.error(SWT.ERROR_INVALID_ARGUMENT, null, ". offset=" + offset + " charCount=" + text.length());
		}
		// The last line starting at or before the offset: a line's delimiter belongs to it.
		int low = 0;
		int high = lineStarts.length - 1;
		while (low < high) {
			int middle = (low + high + 1) >>> 1;
			if (lineStarts[middle] <= offset) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return low;
	}

	@Override
	public int getLineCount() {
		return lines.length;
	}

	@Override
	public String getLineDelimiter() {
		return System.lineSeparator();
	}

	@Override
	public int getOffsetAtLine(int lineIndex) {
		checkLine(lineIndex);
		return lineStarts[lineIndex];
	}

	@Override
	public String getTextRange(int start, int length) {
		return length == 0 ? "" : text.substring(start, start + length);
	}

	private void checkLine(int lineIndex) {
		if (lineIndex < 0 || lineIndex >= lines.length) {
			SWT.error(SWT.ERROR_INVALID_ARGUMENT, null, ". lineIndex=" + lineIndex + " lineCount=" + lines.length);
		}
	}

	@Override
	public void addTextChangeListener(TextChangeListener listener) {
		if (listener == null) {
			SWT.error(SWT.ERROR_NULL_ARGUMENT);
		}
		listeners.add(listener);
	}

	@Override
	public void removeTextChangeListener(TextChangeListener listener) {
		if (listener == null) {
			SWT.error(SWT.ERROR_NULL_ARGUMENT);
		}
		listeners.remove(listener);
	}
}
