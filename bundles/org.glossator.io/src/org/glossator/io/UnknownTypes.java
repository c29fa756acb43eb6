package org.glossator.io;

/** What an import does with an annotation whose type (after the {@link TypeMapping}) the schema does not have. */
public enum UnknownTypes {
	/** Refuses the file, naming the type: the default. */
	REFUSE,
	/** Adds the type, of the annotation's kind, to a copy of the schema, and reports it as new. */
	ADD_TO_SCHEMA,
	/** Drops the annotation (and arguments and relations that need it) and lists it as not carried. */
	DROP
}
