package org.glossator.uima.engine;

/**
 * A configuration parameter an engine declares, as a pipeline editor offers it.
 *
 * @param defaultValue the engine's default as text (a multi-valued one comma-separated), or null if it has none
 */
public record ParameterDeclaration(String name, String description, String defaultValue, boolean mandatory) {
}
