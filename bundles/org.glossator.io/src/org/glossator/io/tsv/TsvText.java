package org.glossator.io.tsv;

import java.util.ArrayList;
import java.util.List;

/**
 * The escaping of WebAnno TSV 3.3: in token forms and feature values the reserved
 * {@code \ [ ] | _ -> ; * TAB LF} (and CR) are preceded by a backslash, TAB, LF and CR
 * written {@code \t \n \r}. In a {@code #Text=} line only backslash, TAB and CR are
 * escaped: line feeds start a new {@code #Text=} line instead.
 */
final class TsvText {

	private TsvText() {
	}

	static String escapeValue(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\', '[', ']', '|', '_', ';', '*' -> escaped.append('\\').append(c);
				case '-' -> escaped.append(value.startsWith("->", i) ? "\\-" : "-");
				case '\t' -> escaped.append("\\t");
				case '\n' -> escaped.append("\\n");
				case '\r' -> escaped.append("\\r");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** One {@code #Text=} line's content: a line of the sentence, without its line feed. */
	static String escapeSentenceLine(String line) {
		return line.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r");
	}

	/** Undoes either escaping. */
	static String unescape(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '\\' || i == text.length() - 1) {
				plain.append(c);
				continue;
			}
			char next = text.charAt(++i);
			switch (next) {
				case 't' -> plain.append('\t');
				case 'n' -> plain.append('\n');
				case 'r' -> plain.append('\r');
				default -> plain.append(next);
			}
		}
		return plain.toString();
	}

	/** Splits at each {@code separator} not preceded by an escaping backslash; the parts stay escaped. */
	static List<String> split(String text, char separator) {
		List<String> parts = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == separator) {
				parts.add(text.substring(from, i));
				from = i + 1;
			}
		}
		parts.add(text.substring(from));
		return parts;
	}

	/**
	 * A stacked item without its disambiguation suffix {@code [N]} (a bracket not escaped),
	 * and N, or -1 when there is none.
	 */
	record Item(String value, int id) {

		static Item parse(String escaped) {
			if (escaped.endsWith("]")) {
				int open = escaped.lastIndexOf('[');
				if (open >= 0 && !isEscaped(escaped, open) && !isEscaped(escaped, escaped.length() - 1)) {
					return new Item(escaped.substring(0, open), Integer.parseInt(escaped.substring(open + 1, escaped.length() - 1)));
				}
			}
			return new Item(escaped, -1);
		}

		private static boolean isEscaped(String text, int index) {
			int backslashes = 0;
			for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
				backslashes++;
			}
			return backslashes % 2 == 1;
		}
	}
}
