package org.glossator.core.store;

import java.nio.file.Path;

/** A corpus file that cannot be read or written; the message is meant for the user. */
public class CorpusException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path path;

	public CorpusException(Path path, String message) {
		super(message);
		this.path = path;
	}

	public CorpusException(Path path, String message, Throwable cause) {
		super(message, cause);
		this.path = path;
	}

	/** The file or folder at fault. */
	public Path getPath() {
		return path;
	}
}
