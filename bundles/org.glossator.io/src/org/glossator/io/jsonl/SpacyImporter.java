package org.glossator.io.jsonl;

/** Reads spaCy-style training data: {@code "entities": [[start, end, "TYPE"], ...]}, offsets in code points. */
public final class SpacyImporter extends EntityListImporter {

	public SpacyImporter() {
		super(SpacyExporter.KEY);
	}
}
