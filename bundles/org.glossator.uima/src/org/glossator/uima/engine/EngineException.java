package org.glossator.uima.engine;

/** An analysis engine could not start or failed on a document; the message names the engine. */
public final class EngineException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String engineId;

	public EngineException(String engineId, String message, Throwable cause) {
		super(message, cause);
		this.engineId = engineId;
	}

	public String engineId() {
		return engineId;
	}
}
