package org.glossator.io;

import java.nio.file.Path;

import org.glossator.core.store.CorpusException;

/** A file that cannot be imported; the message names the file, the line when known, and the problem. */
public class ImportException extends CorpusException {

	private static final long serialVersionUID = 1L;

	private final int line;
	private final String problem;

	/** @param line the 1-based line at fault, or 0 when the problem is not on one line */
	public ImportException(Path file, int line, String problem) {
		super(file, file + (line > 0 ? ", line " + line : "") + ": " + problem);
		this.line = line;
		this.problem = problem;
	}

	/** Passes on a problem that {@code cause} already describes with its file. */
	public ImportException(CorpusException cause) {
		super(cause.getPath(), cause.getMessage(), cause);
		this.line = 0;
		this.problem = cause.getMessage();
	}

	/** The problem without the file and line before it. */
	public String getProblem() {
		return problem;
	}

	/** The 1-based line at fault, or 0. */
	public int getLine() {
		return line;
	}
}
