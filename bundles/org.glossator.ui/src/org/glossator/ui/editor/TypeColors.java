package org.glossator.ui.editor;

import org.eclipse.swt.graphics.RGB;
import org.glossator.model.AnnotationType;

/** The colours an annotation type is drawn in: its own colour for underlines, borders and labels, a light tint of it behind the text. */
public final class TypeColors {

	private static final RGB FALLBACK = new RGB(0x80, 0x80, 0x80);
	private static final double TINT_STRENGTH = 0.3;

	private TypeColors() {
	}

	/** The type's #rrggbb colour, or grey when it has none or an unreadable one. */
	public static RGB of(AnnotationType type) {
		String color = type == null ? null : type.getColor();
		if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
			return FALLBACK;
		}
		int value = Integer.parseInt(color.substring(1), 16);
		return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
	}

	/** The colour mixed with white, light enough to keep black text readable on it. */
	public static RGB tint(RGB color) {
		return new RGB(mix(color.red), mix(color.green), mix(color.blue));
	}

	private static int mix(int channel) {
		return (int) Math.round(channel * TINT_STRENGTH + 255 * (1 - TINT_STRENGTH));
	}
}
