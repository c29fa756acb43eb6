package org.glossator.io.internal;

import java.util.List;
import java.util.NavigableSet;

/** The sentences and tokens of one text, as a token-per-line format writes them. */
public interface TextSegmentation {

	/** The offsets where sentences end, in order. */
	List<Integer> sentenceEnds();

	/** The tokens, without whitespace, also cut at each of {@code cuts} so that an exported span covers whole tokens. */
	List<Token> tokens(NavigableSet<Integer> cuts);
}
