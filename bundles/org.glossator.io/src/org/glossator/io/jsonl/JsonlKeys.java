package org.glossator.io.jsonl;

/** The keys of Glossator's JSON lines, shared by its writer and its reader. */
final class JsonlKeys {

	static final String NAME = "name";
	static final String LANGUAGE = "language";
	static final String STATUS = "status";
	static final String TEXT = "text";
	static final String SPANS = "spans";
	static final String EVENTS = "events";
	static final String RELATIONS = "relations";
	static final String ID = "id";
	static final String LABEL = "label";
	static final String START = "start";
	static final String END = "end";
	static final String FRAGMENTS = "fragments";
	static final String ATTRIBUTES = "attributes";
	static final String ARGUMENTS = "arguments";
	static final String ROLE = "role";
	static final String FILLER = "filler";
	static final String SOURCE = "source";
	static final String TARGET = "target";

	private JsonlKeys() {
	}
}
