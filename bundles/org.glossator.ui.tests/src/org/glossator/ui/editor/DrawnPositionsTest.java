package org.glossator.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * The places the editor remembers and finds faster than StyledText are StyledText's own, at every offset of wrapped
 * paragraphs in left-to-right, right-to-left and mixed text, with characters above U+FFFF, combining marks and CRLF.
 */
class DrawnPositionsTest {

	private static final String TEXT = "Rebels met officials in Homs and Damasco; ".repeat(12) + "\r\n"
			+ "Los rebeldes —dijo— tomaron “Alepo” y «Hama»… el 1.º de diciembre: 5 € ‰ ¿qué? ¡ya! ".repeat(8) + "\n"
			+ "قالت الحكومة السورية إن المتمردين دخلوا حلب. ".repeat(8) + "\r\n"
			+ "El 27 de noviembre, HTS (هيئة تحرير الشام) lanzó una ofensiva sobre Alepo 𝔸𝕝𝕖𝕡𝕡𝕠 y café́ «Idlib». ".repeat(6) + "\n"
			+ "\n"
			+ "𝒜𝓁𝑒𝓅𝓅𝑜 😀 naïve 東京 Alep\u0301o ".repeat(20);

	@Test
	void everyOffsetIsWhereStyledTextDrawsIt() {
		Display display = Display.getCurrent();
		Shell shell = new Shell(display);
		try {
			shell.setLayout(new FillLayout());
			StyledText text = new StyledText(shell, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
			text.setMargins(8, AnnotatedText.LABEL_SPACE + 6, 8, 8);
			text.setLineSpacing(AnnotatedText.LABEL_SPACE);
			text.setText(TEXT);
			shell.open();
			// The caret is asked about directly: away from every offset checked but the last.
			text.setCaretOffset(TEXT.length());
			DrawnPositions positions = new DrawnPositions(text);
			List<String> wrong = new ArrayList<>();
			// Two widths, for other wrapping: what was remembered at the first is forgotten at the second.
			for (int width : new int[] { 700, 431 }) {
				shell.setSize(width, 3000);
				shell.layout();
				positions.beginPaint();
				compare(text, positions, wrong);
			}
			assertEquals(List.of(), wrong);
		} finally {
			shell.dispose();
		}
	}

	private static void compare(StyledText text, DrawnPositions positions, List<String> wrong) {
		for (int offset = 0; offset < TEXT.length(); offset++) {
			Point expected = text.getLocationAtOffset(offset);
			// Twice: the second comes from what the first remembered.
			for (Point found : new Point[] { positions.location(offset), positions.location(offset) }) {
				if (!expected.equals(found)) {
					wrong.add(text.getSize().x + " px wide, " + offset + " (" + TEXT.charAt(offset) + "): " + found + " instead of " + expected);
				}
			}
		}
	}
}
