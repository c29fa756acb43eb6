package org.glossator.io.conll;

import java.util.List;

/**
 * Reads CoNLL-2002 files as {@link Conll2002Exporter} writes them: token and tag per line
 * (the Spanish data's layout), or token, part of speech and tag (the Dutch data's); the
 * part of speech is not kept. A file is one document unless {@code -DOCSTART-} lines part it.
 */
public final class Conll2002Importer extends ConllImporter {

	@Override
	List<Integer> columnCounts() {
		return List.of(2, 3);
	}

	@Override
	String layout() {
		return "token and tag (or token, part of speech and tag) as CoNLL-2002 has";
	}
}
