package org.glossator.io.jsonl;

/** Writes doccano's sequence labelling: {@code "label": [[start, end, "TYPE"], ...]}, offsets in code points. */
public final class DoccanoExporter extends EntityListExporter {

	static final String KEY = "label";

	public DoccanoExporter() {
		super(KEY);
	}
}
