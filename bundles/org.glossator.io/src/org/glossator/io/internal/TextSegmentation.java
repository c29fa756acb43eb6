package org.glossator.io.internal;

import java.util.List;
import java.util.NavigableSet;
import java.util.function.Function;

/**
 * The sentences and tokens of one text, as a token-per-line format writes them.
 *
 * @param sentenceEnds the offsets where sentences end, in order
 * @param tokenizer the tokens, without whitespace, also cut at each of the offsets given, so that an exported span
 *            covers whole tokens
 */
public record TextSegmentation(List<Integer> sentenceEnds, Function<NavigableSet<Integer>, List<Token>> tokenizer) {

	public List<Token> tokens(NavigableSet<Integer> cuts) {
		return tokenizer.apply(cuts);
	}
}
