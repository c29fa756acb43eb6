package org.glossator.uima.engines;

import java.text.Normalizer;

/**
 * Folds text for matching without changing its length, so that offsets found in the folded text are offsets in
 * the original: each UTF-16 unit maps to one unit. Lower-casing uses {@link Character#toLowerCase(char)}; removing
 * diacritics keeps the base letter of a precomposed character (é to e, ñ to n). Combining marks that follow a base
 * letter in decomposed text are left as they are.
 */
final class TextFolding {

	private static final char[] WITHOUT_DIACRITICS = withoutDiacritics();

	private final boolean ignoreCase;
	private final boolean ignoreDiacritics;

	TextFolding(boolean ignoreCase, boolean ignoreDiacritics) {
		this.ignoreCase = ignoreCase;
		this.ignoreDiacritics = ignoreDiacritics;
	}

	String fold(String text) {
		if (!ignoreCase && !ignoreDiacritics) {
			return text;
		}
		char[] folded = text.toCharArray();
		for (int i = 0; i < folded.length; i++) {
			char c = ignoreDiacritics ? WITHOUT_DIACRITICS[folded[i]] : folded[i];
			folded[i] = ignoreCase ? Character.toLowerCase(c) : c;
		}
		return new String(folded);
	}

	/** For each UTF-16 unit, its base character when its canonical decomposition is that character plus marks. */
	private static char[] withoutDiacritics() {
		char[] table = new char[Character.MAX_VALUE + 1];
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			table[c] = (char) c;
			if (Character.isLetter(c)) {
				String decomposed = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
				if (decomposed.length() > 1 && decomposed.substring(1).chars().allMatch(m -> Character.getType(m) == Character.NON_SPACING_MARK)) {
					table[c] = decomposed.charAt(0);
				}
			}
		}
		return table;
	}
}
