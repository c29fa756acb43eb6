package org.glossator.io.jsonl;

/** Reads doccano's sequence labelling: {@code "label": [[start, end, "TYPE"], ...]}, offsets in code points. */
public final class DoccanoImporter extends EntityListImporter {

	public DoccanoImporter() {
		super(DoccanoExporter.KEY);
	}
}
