package org.glossator.io.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;

/**
 * Sentences and tokens from {@link BreakIterator}'s language-neutral rules: the built-in
 * segmentation, for corpora whose pipeline has no segmentation engine ({@link EngineSegmenter}).
 * It knows no abbreviations and keeps "Aleppo.However" (a missing space) as one word, so
 * tokens are also cut wherever an exported mention begins or ends: a mention then always
 * covers whole tokens.
 */
public final class BreakIteratorTokenizer {

	private BreakIteratorTokenizer() {
	}

	/** The segmentation of {@code text} by these rules. */
	public static TextSegmentation of(String text) {
		List<Integer> sentenceEnds = sentenceEnds(text);
		return new TextSegmentation(sentenceEnds, cuts -> tokens(text, sentenceEnds, cuts));
	}

	/** The offsets where sentences end, the text's length included. */
	public static List<Integer> sentenceEnds(String text) {
		List<Integer> ends = new ArrayList<>();
		BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
		sentences.setText(text);
		for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
			ends.add(end);
		}
		return ends;
	}

	/** The tokens of each sentence, without whitespace, also cut at each of {@code cuts}. */
	public static List<Token> tokens(String text, List<Integer> sentenceEnds, NavigableSet<Integer> cuts) {
		List<Token> tokens = new ArrayList<>();
		BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
		words.setText(text);
		int sentence = 0;
		int sentenceBegin = 0;
		for (int sentenceEnd : sentenceEnds) {
			int before = tokens.size();
			int begin = sentenceBegin;
			for (int end = words.following(begin); end != BreakIterator.DONE && end <= sentenceEnd; begin = end, end = words.next()) {
				for (int cut : cuts.subSet(begin, false, end, false)) {
					add(text, begin, cut, sentence, tokens);
					begin = cut;
				}
				add(text, begin, end, sentence, tokens);
			}
			if (tokens.size() > before) {
				sentence++;
			}
			sentenceBegin = sentenceEnd;
		}
		return tokens;
	}

	private static void add(String text, int begin, int end, int sentence, List<Token> tokens) {
		if (!text.substring(begin, end).isBlank()) {
			tokens.add(new Token(begin, end, sentence));
		}
	}
}
