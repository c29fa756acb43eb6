package org.glossator.uima.ui.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glossator.uima.engine.ParameterDeclaration;

/**
 * A pipeline step's parameters as the annotator edits them: one {@code name=value} per line; lines starting with
 * {@code #} are comments, such as the description of each parameter the engine declares.
 */
final class StepParameters {

	private StepParameters() {
	}

	/**
	 * The text for a step: each declared parameter with its description, set to the step's value, else the engine's
	 * default; one without either stays a comment, to fill in.
	 */
	static String text(List<ParameterDeclaration> declared, Map<String, String> values) {
		StringBuilder text = new StringBuilder();
		for (ParameterDeclaration parameter : declared) {
			if (parameter.description() != null && !parameter.description().isBlank()) {
				text.append("# ").append(parameter.description().strip()).append(parameter.mandatory() ? " (required)" : "").append('\n');
			}
			String value = values.getOrDefault(parameter.name(), parameter.defaultValue());
			text.append(value == null ? "#" : "").append(parameter.name()).append('=').append(value == null ? "" : value).append('\n');
		}
		return text.toString();
	}

	/**
	 * The values the text sets.
	 *
	 * @throws IllegalArgumentException naming the line of a value that is not {@code name=value} or names no
	 *             declared parameter
	 */
	static Map<String, String> parse(String text, List<ParameterDeclaration> declared) {
		List<String> names = declared.stream().map(ParameterDeclaration::name).toList();
		Map<String, String> values = new LinkedHashMap<>();
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException("line " + (i + 1) + ": \"" + line + "\" is not name=value");
			}
			String name = line.substring(0, equals).strip();
			if (!names.contains(name)) {
				throw new IllegalArgumentException("line " + (i + 1) + ": the engine has no parameter " + name + "; it has " + names);
			}
			if (values.put(name, line.substring(equals + 1).strip()) != null) {
				throw new IllegalArgumentException("line " + (i + 1) + ": " + name + " is set twice");
			}
		}
		return values;
	}
}
