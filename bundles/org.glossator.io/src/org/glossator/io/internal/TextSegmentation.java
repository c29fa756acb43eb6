package org.glossator.io.internal;

import java.util.List;
import java.util.function.Function;

/**
 * The sentences and tokens of one text, as a token-per-line format writes them.
 *
 * @param sentenceEnds the offsets where sentences end, in order
 * @param tokenizer the tokens, without whitespace, also cut at each of the offsets given (ascending, repeats allowed),
 *            so that an exported span covers whole tokens
 */
public record TextSegmentation(List<Integer> sentenceEnds, Function<int[], List<Token>> tokenizer) {

	public List<Token> tokens(int[] cuts) {
		return tokenizer.apply(cuts);
	}
}
