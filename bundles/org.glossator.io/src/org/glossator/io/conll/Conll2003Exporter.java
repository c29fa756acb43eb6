package org.glossator.io.conll;

import java.util.Set;

/**
 * CoNLL-2003: {@code -DOCSTART-} per document, then token, part of speech, chunk and entity
 * tag per line in IOB1 (B- only where a mention directly follows one of the same type).
 * Glossator has no part-of-speech or chunk layer, so those columns hold {@code _} and {@code O}.
 */
public final class Conll2003Exporter extends ConllExporter {

	/** Writes mentions of every entity type. */
	public Conll2003Exporter() {
		this(Set.of());
	}

	/** Writes mentions of the named entity types only; the others are reported as not carried. */
	public Conll2003Exporter(Set<String> entityLayer) {
		super(entityLayer, null);
	}

	/**
	 * @param entityLayer the entity types to write, or empty for all
	 * @param segmentation where sentences and tokens come from, whatever the corpus's pipeline
	 */
	public Conll2003Exporter(Set<String> entityLayer, ConllSegmentation segmentation) {
		super(entityLayer, segmentation);
	}

	@Override
	String header() {
		return "-DOCSTART- -X- -X- O\n\n";
	}

	@Override
	String line(String token, String tag) {
		return token + " _ O " + tag;
	}

	@Override
	boolean beginsWithB(boolean followsSameType) {
		return followsSameType;
	}
}
