package org.glossator.io.jsonl;

/** Writes spaCy-style training data: {@code "entities": [[start, end, "TYPE"], ...]}, offsets in code points. */
public final class SpacyExporter extends EntityListExporter {

	static final String KEY = "entities";

	public SpacyExporter() {
		super(KEY);
	}
}
