package org.glossator.io.conll;

import java.util.Set;

/** CoNLL-2002: token and tag per line, IOB2 (every mention starts with B-), a blank line between sentences. */
public final class Conll2002Exporter extends ConllExporter {

	/** Writes mentions of every entity type. */
	public Conll2002Exporter() {
		this(Set.of());
	}

	/** Writes mentions of the named entity types only; the others are reported as not carried. */
	public Conll2002Exporter(Set<String> entityLayer) {
		super(entityLayer, null);
	}

	/**
	 * @param entityLayer the entity types to write, or empty for all
	 * @param segmentation where sentences and tokens come from, whatever the corpus's pipeline
	 */
	public Conll2002Exporter(Set<String> entityLayer, ConllSegmentation segmentation) {
		super(entityLayer, segmentation);
	}

	@Override
	String header() {
		return "";
	}

	@Override
	String line(String token, String tag) {
		return token + " " + tag;
	}

	@Override
	boolean beginsWithB(boolean followsSameType) {
		return true;
	}
}
