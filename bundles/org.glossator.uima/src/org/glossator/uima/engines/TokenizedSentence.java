package org.glossator.uima.engines;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * A sentence as the recommender's name finders see it: its tokens' offsets in the text and their words. Sentences
 * come from {@link RuleBasedSegmentation} per paragraph; tokens from OpenNLP's {@link SimpleTokenizer}, which splits
 * wherever the character class changes ("Assad’s" is Assad, ’, s), so that a name ends on a token boundary more
 * often than with a word tokenizer. Training and proposing must cut text the same way; both use this.
 */
record TokenizedSentence(Span[] tokens, String[] words) {

	private static final Pattern PARAGRAPH = Pattern.compile("[^\\r\\n]+");

	static List<TokenizedSentence> of(String text) {
		List<TokenizedSentence> sentences = new ArrayList<>();
		Matcher paragraphs = PARAGRAPH.matcher(text);
		while (paragraphs.find()) {
			for (Span sentence : RuleBasedSegmentation.sentences(text, paragraphs.start(), paragraphs.end())) {
				String covered = text.substring(sentence.getStart(), sentence.getEnd());
				Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(covered);
				String[] words = new String[tokens.length];
				for (int i = 0; i < tokens.length; i++) {
					words[i] = tokens[i].getCoveredText(covered).toString();
					tokens[i] = new Span(tokens[i].getStart() + sentence.getStart(), tokens[i].getEnd() + sentence.getStart());
				}
				if (tokens.length > 0) {
					sentences.add(new TokenizedSentence(tokens, words));
				}
			}
		}
		return sentences;
	}

	/** The index of the token that starts at the offset, or -1. */
	int tokenStartingAt(int offset) {
		for (int i = 0; i < tokens.length; i++) {
			if (tokens[i].getStart() == offset) {
				return i;
			}
		}
		return -1;
	}

	/** The index of the token that ends at the offset, or -1. */
	int tokenEndingAt(int offset) {
		for (int i = 0; i < tokens.length; i++) {
			if (tokens[i].getEnd() == offset) {
				return i;
			}
		}
		return -1;
	}
}
