package org.glossator.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.custom.StyledTextContent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** The editor's line-by-line text answers every question as SWT's own content does, and hands out lines as kept. */
class LineTextContentTest {

	@Test
	void everyLineAndOffsetIsWhereSwtsOwnContentHasIt() {
		List<String> texts = new ArrayList<>(List.of("", "a", "\n", "\r", "\r\n", "\n\n", "\r\r\n\n", "a\r\nb", "a\rb\n\nc\r\n",
				"Reuters: \u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633\r\n\u05e9\u05dc\u05d5\u05dd \ud835\udc00 end.\r\n",
				"tail without delimiter\nlast", "\ud83d\ude00\r\n\ud835\udc00\n"));
		Random random = new Random(5);
		String pieces = "ab \r\n\u00e9\ud835\udc00";
		for (int t = 0; t < 200; t++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(40); i > 0; i--) {
				text.append(pieces.charAt(random.nextInt(pieces.length())));
			}
			texts.add(text.toString());
		}
		Shell shell = new Shell(Display.getCurrent());
		try {
			StyledTextContent swt = new StyledText(shell, SWT.MULTI).getContent();
			for (String text : texts) {
				swt.setText(text);
				LineTextContent ours = new LineTextContent();
				ours.setText(text);
				String shown = text.replace("\r", "\\r").replace("\n", "\\n");
				assertEquals(swt.getCharCount(), ours.getCharCount(), shown);
				assertEquals(swt.getLineCount(), ours.getLineCount(), shown);
				for (int line = 0; line < swt.getLineCount(); line++) {
					assertEquals(swt.getLine(line), ours.getLine(line), shown + " line " + line);
					assertEquals(swt.getOffsetAtLine(line), ours.getOffsetAtLine(line), shown + " line " + line);
				}
				for (int offset = 0; offset <= text.length(); offset++) {
					assertEquals(swt.getLineAtOffset(offset), ours.getLineAtOffset(offset), shown + " offset " + offset);
					for (int end = offset; end <= text.length(); end++) {
						assertEquals(swt.getTextRange(offset, end - offset), ours.getTextRange(offset, end - offset), shown);
					}
				}
				assertEquals(swt.getLineDelimiter(), ours.getLineDelimiter());
				for (StyledTextContent content : List.of(swt, ours)) {
					assertThrows(IllegalArgumentException.class, () -> content.getLine(content.getLineCount()));
					assertThrows(IllegalArgumentException.class, () -> content.getLineAtOffset(text.length() + 1));
				}
			}
		} finally {
			shell.dispose();
		}
	}

	@Test
	void aLineIsHandedOutAsKeptAndTheWidgetShowsTheText() {
		Shell shell = new Shell(Display.getCurrent());
		try {
			StyledText widget = new StyledText(shell, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
			LineTextContent content = new LineTextContent();
			widget.setContent(content);
			String text = "Rebels entered Aleppo.\r\n\u0642\u0627\u0644 \ud835\udc00\nlast";
			widget.setText(text);
			assertSame(content.getLine(1), content.getLine(1), "no copy per request");
			assertEquals(text, widget.getText());
			assertEquals(3, widget.getLineCount());
			assertEquals(1, widget.getLineAtOffset(text.indexOf('\u0642')));
			widget.replaceTextRange(0, 6, "Rebeldes");
			assertEquals("Rebeldes entered Aleppo.", widget.getLine(0), "a replacement is taken as a new text");
		} finally {
			shell.dispose();
		}
	}
}
