package org.glossator.uima.engines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * An OpenNLP {@link TokenizerME} that remembers how it split each word (a run of characters between whitespace).
 * TokenizerME splits every word on its own, from the word's characters alone, evaluating its model at each
 * character inside the word; the same word always gets the same tokens. Words recur (a few thousand make up most
 * of a text), so most are split from memory, with the very result the model gives. Not thread-safe, as TokenizerME.
 */
final class MemoizedTokenizer {

	/** Words remembered, the least recently used forgotten first: a bound on memory for any corpus. */
	private static final int WORDS = 50_000;

	private final TokenizerME tokenizer;
	private final Map<String, Span[]> splits = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Span[]> eldest) {
			return size() > WORDS;
		}
	};

	MemoizedTokenizer(TokenizerME tokenizer) {
		this.tokenizer = tokenizer;
	}

	/** Tokens of text[begin, end), as offsets in text: what {@link TokenizerME#tokenizePos(String)} gives. */
	List<Span> tokenizePos(String text, int begin, int end) {
		List<Span> tokens = new ArrayList<>();
		// TokenizerME itself cuts at whitespace with this tokenizer first, then looks at one word at a time.
		for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(text.substring(begin, end))) {
			int wordBegin = begin + word.getStart();
			for (Span part : splits.computeIfAbsent(text.substring(wordBegin, begin + word.getEnd()), tokenizer::tokenizePos)) {
				tokens.add(new Span(wordBegin + part.getStart(), wordBegin + part.getEnd()));
			}
		}
		return tokens;
	}
}
