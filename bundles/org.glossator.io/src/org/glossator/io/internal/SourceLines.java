package org.glossator.io.internal;

import java.nio.file.Path;
import java.util.List;

import org.glossator.core.internal.store.SourceText;
import org.glossator.core.store.CorpusException;
import org.glossator.io.ImportException;

/**
 * A line-based input file, decoded strictly as UTF-8 and split into lines (LF or CRLF),
 * each at most {@link #MAX_LINE_LENGTH} characters: longer lines are no annotation
 * format's, and refusing them keeps a hostile file from being parsed at length.
 */
public final class SourceLines {

	public static final int MAX_LINE_LENGTH = 100_000;

	private final Path file;
	private final List<String> lines;

	private SourceLines(Path file, List<String> lines) {
		this.file = file;
		this.lines = lines;
	}

	public static SourceLines read(Path file) throws ImportException {
		return read(file, MAX_LINE_LENGTH);
	}

	/** For formats whose lines are longer by nature (JSON lines: a whole document per line). */
	public static SourceLines read(Path file, int maxLineLength) throws ImportException {
		String text = readText(file).text();
		List<String> lines = List.of(text.split("\r?\n", -1));
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).length() > maxLineLength) {
				throw new ImportException(file, i + 1, "the line is " + lines.get(i).length() + " characters long, more than the "
						+ maxLineLength + " this format allows");
			}
		}
		return new SourceLines(file, lines);
	}

	/** Reads a text strictly as UTF-8, with its hash; the message of a failure names file and line. */
	public static SourceText readText(Path file) throws ImportException {
		try {
			return SourceText.read(file);
		} catch (CorpusException e) {
			throw new ImportException(e);
		}
	}

	public Path file() {
		return file;
	}

	/** The lines; the last is empty when the file ends with a line break. */
	public List<String> lines() {
		return lines;
	}

	/** Input quoted in a message, cut short. */
	public static String abbreviate(String text) {
		return text.length() <= 80 ? text : text.substring(0, 80) + "...";
	}

	/** A problem on a 1-based line. */
	public ImportException problem(int line, String problem) {
		return new ImportException(file, line, problem);
	}
}
