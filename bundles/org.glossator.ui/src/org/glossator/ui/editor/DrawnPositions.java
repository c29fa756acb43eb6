package org.glossator.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Where a StyledText draws offsets, remembered relative to the top of their paragraph for as long as the paragraphs
 * keep their layout: each StyledText lookup measures the visual lines of the offset's whole paragraph anew (a tenth of
 * a millisecond or more on paragraphs of thousands of characters), and every paint asks for the same labels' places.
 * <p>
 * The editor's text is set once (a change of it forgets all) and its styles only colour, underline and frame the
 * text (no font, rise or glyph metrics, which are all Pango lays out), so a paragraph's layout changes only with the
 * wrapping width or the font: then all is forgotten.
 */
final class DrawnPositions {

	/** Forgets all beyond this many offsets, so that scrolling through a whole document does not pile them up. */
	private static final int MOST = 100_000;

	private final StyledText text;
	/** Offset to x (without horizontal scrolling) and y below the top of its paragraph. */
	private final Map<Integer, Point> inParagraph = new HashMap<>();
	/** The length of a paragraph of plain text ({@link #plainLength(int)}), or -1 for another, by its index. */
	private final Map<Integer, Integer> plain = new HashMap<>();
	/** Where each paragraph's top is drawn, for one paint. */
	private final Map<Integer, Integer> paragraphTops = new HashMap<>();
	private int width = -1;
	private Font font;

	DrawnPositions(StyledText text) {
		this.text = text;
		text.addModifyListener(event -> forget());
	}

	/** Starts a paint: what was laid out at another width or in another font is forgotten. */
	void beginPaint() {
		paragraphTops.clear();
		int wrapWidth = text.getClientArea().width - text.getLeftMargin() - text.getRightMargin();
		if (wrapWidth != width || text.getFont() != font || inParagraph.size() > MOST) {
			forget();
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
			Point drawn = drawnAt(offset, paragraph);
			at = new Point(drawn.x + scrolled, drawn.y - top);
			inParagraph.put(offset, at);
		}
		return new Point(at.x - scrolled, at.y + top);
	}

	/**
	 * Where StyledText draws an offset. {@link StyledText#getLocationAtOffset} has Pango work out the paragraph's
	 * character attributes anew on each call (half a millisecond on a paragraph of thousands of characters: most of
	 * painting a page not shown before, for its labels). In a paragraph of plain text that place is where the character
	 * at the offset begins, which {@link StyledText#getTextBounds} finds in a fifth of the time; elsewhere, and at the
	 * paragraph's end or where Pango gives no box, it is asked.
	 */
	private Point drawnAt(int offset, int paragraph) {
		if (offset - text.getOffsetAtLine(paragraph) >= plain.computeIfAbsent(paragraph, this::plainLength)) {
			return text.getLocationAtOffset(offset);
		}
		Rectangle bounds = text.getTextBounds(offset, offset);
		// Pango gives no box to white space it hides at the end of a paragraph.
		return bounds.width > 0 && bounds.height > 0 ? new Point(bounds.x, bounds.y) : text.getLocationAtOffset(offset);
	}

	/**
	 * The length of a paragraph drawn left to right in the text's own font, one character after the other, or -1: no
	 * right-to-left or bidirectional control characters, where the previous character may end elsewhere; no characters
	 * above U+FFFF or combining marks, which are parts of what is drawn; no scripts the font may lack, whose fallback
	 * fonts set glyphs lower in a taller line. Latin, Greek, Cyrillic and Armenian letters, their punctuation and
	 * typographic quotes, dashes and currency signs.
	 */
	private int plainLength(int paragraph) {
		String line = text.getLine(paragraph);
		return line.chars().allMatch(c -> (c < 0x0590 && c != 0x00AD || 0x2010 <= c && c <= 0x2027 || 0x2030 <= c && c <= 0x205E
				|| 0x20A0 <= c && c <= 0x20CF) && Character.getType(c) != Character.NON_SPACING_MARK
				&& Character.getType(c) != Character.ENCLOSING_MARK && Character.getType(c) != Character.COMBINING_SPACING_MARK) ? line.length() : -1;
	}

	private void forget() {
		inParagraph.clear();
		plain.clear();
	}
}
