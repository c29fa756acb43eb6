package org.glossator.io.internal;

import java.util.Arrays;

/**
 * Converts between the UTF-16 offsets of the model and the code point offsets of formats
 * such as brat, for one text. Built once per document, so each conversion is a lookup
 * rather than a walk over the text.
 */
public final class CodePointOffsets {

	/** The UTF-16 offset of every code point, plus the text's length at the end. */
	private final int[] utf16OfCodePoint;

	public CodePointOffsets(String text) {
		utf16OfCodePoint = new int[text.codePointCount(0, text.length()) + 1];
		int utf16 = 0;
		for (int codePoint = 0; codePoint < utf16OfCodePoint.length - 1; codePoint++) {
			utf16OfCodePoint[codePoint] = utf16;
			utf16 += Character.charCount(text.codePointAt(utf16));
		}
		utf16OfCodePoint[utf16OfCodePoint.length - 1] = text.length();
	}

	/** The text's length in code points. */
	public int length() {
		return utf16OfCodePoint.length - 1;
	}

	/** @throws IllegalArgumentException if the offset lies outside the text */
	public int toUtf16(int codePointOffset) {
		if (codePointOffset < 0 || codePointOffset > length()) {
			throw new IllegalArgumentException("offset " + codePointOffset + " lies outside the text (" + length() + " code points)");
		}
		return utf16OfCodePoint[codePointOffset];
	}

	/** @throws IllegalArgumentException if the offset lies outside the text or between the two halves of a surrogate pair */
	public int toCodePoint(int utf16Offset) {
		int codePoint = Arrays.binarySearch(utf16OfCodePoint, utf16Offset);
		if (codePoint < 0) {
			throw new IllegalArgumentException(utf16Offset < 0 || utf16Offset > utf16OfCodePoint[length()]
					? "offset " + utf16Offset + " lies outside the text (" + utf16OfCodePoint[length()] + " UTF-16 code units)"
					: "offset " + utf16Offset + " splits a surrogate pair");
		}
		return codePoint;
	}
}
