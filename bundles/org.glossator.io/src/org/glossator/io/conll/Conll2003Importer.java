package org.glossator.io.conll;

import java.util.List;

/**
 * Reads CoNLL-2003 files as {@link Conll2003Exporter} writes them and the shared task's data
 * has them: {@code -DOCSTART-} before each document, then token, part of speech, chunk and
 * entity tag per line; part of speech and chunk are not kept.
 */
public final class Conll2003Importer extends ConllImporter {

	@Override
	List<Integer> columnCounts() {
		return List.of(4);
	}

	@Override
	String layout() {
		return "token, part of speech, chunk and tag as CoNLL-2003 has";
	}
}
