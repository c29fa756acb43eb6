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
		return tokens(text, sentenceEnds, cuts.stream().mapToInt(Integer::intValue).toArray());
	}

	/** The tokens of each sentence, without whitespace, also cut at each of {@code cutOffsets}, in ascending order (repeats allowed). */
	public static List<Token> tokens(String text, List<Integer> sentenceEnds, int[] cutOffsets) {
		List<Token> tokens = new ArrayList<>();
		BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
		words.setText(text);
		// Words come in text order, so one pass over the sorted cuts finds those inside each word (a repeated cut
		// would make an empty token, which is blank and left out).
		int nextCut = 0;
		int sentence = 0;
		int sentenceBegin = 0;
		for (int sentenceEnd : sentenceEnds) {
			int before = tokens.size();
			int begin = sentenceBegin;
			for (int end = words.following(begin); end != BreakIterator.DONE && end <= sentenceEnd; begin = end, end = words.next()) {
				while (nextCut < cutOffsets.length && cutOffsets[nextCut] <= begin) {
					nextCut++;
				}
				for (; nextCut < cutOffsets.length && cutOffsets[nextCut] < end; nextCut++) {
					add(text, begin, cutOffsets[nextCut], sentence, tokens);
					begin = cutOffsets[nextCut];
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
		if (!isBlank(text, begin, end)) {
			tokens.add(new Token(begin, end, sentence));
		}
	}

	/** {@link String#isBlank()} of the range, without copying it out: this runs for every word and space. */
	private static boolean isBlank(String text, int begin, int end) {
		for (int i = begin; i < end;) {
			int c = text.codePointAt(i);
			if (!Character.isWhitespace(c)) {
				return false;
			}
			i += Character.charCount(c);
		}
		return true;
	}
}
