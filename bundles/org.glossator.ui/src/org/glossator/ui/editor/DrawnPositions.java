package org.glossator.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;

/**
 * Where a StyledText draws offsets, remembered relative to the top of their paragraph for as long as the paragraphs
 * keep their layout: each StyledText lookup measures the visual lines of the offset's whole paragraph anew (a tenth of
 * a millisecond or more on paragraphs of thousands of characters), and every paint asks for the same labels' places.
 * <p>
 * The editor's text is set once (a change of it forgets all) and its styles only colour and frame the text (no font, rise or glyph metrics,
 * which are all Pango lays out), so a paragraph's layout changes only with the wrapping width or the font: then all
 * is forgotten.
 */
final class DrawnPositions {

	/** Forgets all beyond this many offsets, so that scrolling through a whole document does not pile them up. */
	private static final int MOST = 100_000;

	private final StyledText text;
	/** Offset to x (without horizontal scrolling) and y below the top of its paragraph. */
	private final Map<Integer, Point> inParagraph = new HashMap<>();
	/** Where each paragraph's top is drawn, for one paint. */
	private final Map<Integer, Integer> paragraphTops = new HashMap<>();
	private int width = -1;
	private Font font;

	DrawnPositions(StyledText text) {
		this.text = text;
		text.addModifyListener(event -> inParagraph.clear());
	}

	/** Starts a paint: what was laid out at another width or in another font is forgotten. */
	void beginPaint() {
		paragraphTops.clear();
		int wrapWidth = text.getClientArea().width - text.getLeftMargin() - text.getRightMargin();
		if (wrapWidth != width || text.getFont() != font || inParagraph.size() > MOST) {
			inParagraph.clear();
			width = wrapWidth;
			font = text.getFont();
		}
	}

	/** Where an offset is drawn, as {@link StyledText#getLocationAtOffset} tells it. */
	Point location(int offset) {
		int paragraph = text.getLineAtOffset(offset);
		int top = paragraphTops.computeIfAbsent(paragraph, text::getLinePixel);
		int scrolled = text.getHorizontalPixel();
		// At the caret StyledText may place an offset at the end of the visual line above instead of the start of the
		// next one, depending on how the caret got there: asked each time.
		if (offset == text.getCaretOffset()) {
			return text.getLocationAtOffset(offset);
		}
		Point at = inParagraph.get(offset);
		if (at == null) {
			Point drawn = text.getLocationAtOffset(offset);
			at = new Point(drawn.x + scrolled, drawn.y - top);
			inParagraph.put(offset, at);
		}
		return new Point(at.x - scrolled, at.y + top);
	}
}
