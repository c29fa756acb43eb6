package org.glossator.io;

import java.util.List;

/**
 * Files refused because their annotations have types the schema does not define: the first place found, and every
 * such type name of all the files, so that the user can map, add or drop them all at once.
 */
public final class UnknownTypesException extends ImportException {

	private static final long serialVersionUID = 1L;

	private final List<String> typeNames;

	UnknownTypesException(ImportException first, List<String> typeNames) {
		super(first.getPath(), first.getLine(), first.getProblem() + " (types not in the schema: " + String.join(", ", typeNames) + ")");
		this.typeNames = List.copyOf(typeNames);
	}

	/** The names, after the mapping, in the order they were met. */
	public List<String> typeNames() {
		return typeNames;
	}
}
