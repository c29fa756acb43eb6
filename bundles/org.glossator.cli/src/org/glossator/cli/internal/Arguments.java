package org.glossator.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments: {@code --option value}, {@code --flag} and plain operands, checked against what the command knows. */
final class Arguments {

	private final Map<String, String> options = new HashMap<>();
	private final List<String> operands = new ArrayList<>();

	/**
	 * @param valued options that take a value
	 * @param flags options that take none
	 */
	Arguments(List<String> arguments, Set<String> valued, Set<String> flags) throws UsageException {
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (!argument.startsWith("--")) {
				operands.add(argument);
			} else if (flags.contains(argument)) {
				options.put(argument, "");
			} else if (valued.contains(argument)) {
				if (i + 1 >= arguments.size()) {
					throw new UsageException(argument + " needs a value");
				}
				options.put(argument, arguments.get(++i));
			} else {
				throw new UsageException("unknown option " + argument);
			}
		}
	}

	boolean has(String option) {
		return options.containsKey(option);
	}

	String value(String option, String otherwise) {
		return options.getOrDefault(option, otherwise);
	}

	String required(String option) throws UsageException {
		String value = options.get(option);
		if (value == null) {
			throw new UsageException(option + " is required");
		}
		return value;
	}

	Path corpus() throws UsageException {
		return Path.of(required("--corpus"));
	}

	List<String> operands() {
		return operands;
	}
}
