package org.glossator.uima.engines;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The language {@link LanguageDetectorME#predictLanguage(CharSequence)} predicts, from the same model and the same
 * features handed to it in the same order, without its cost per character: LanguageDetectorME collects the text's
 * n-grams in hash maps keyed by {@link java.nio.CharBuffer}, which hashes and compares a buffer char by char on
 * every lookup; on long paragraphs that took most of the engines' time. The n-grams here are keys that carry
 * CharBuffer's hash code, so the hash sets below iterate in LanguageDetectorME's order and the model sums the
 * same weights in the same order (floating-point sums depend on it). A test compares both on mixed text. (Where
 * HashMap turns a crowded bucket into a tree, both orders within it follow identity hash codes, in OpenNLP too.)
 */
final class LanguageIdentification {

	/** {@link LanguageDetectorFactory#getContextGenerator()}'s normalizers, whose instance does not expose them. */
	private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
			EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
			TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
			ShrinkCharSequenceNormalizer.getInstance());
	/** The factory's n-gram lengths. */
	private static final int MIN_LENGTH = 1;
	private static final int MAX_LENGTH = 3;

	/** An n-gram with the hash code of a CharBuffer of its characters, computed once. */
	private record NGram(String text, int hash) {

		static NGram of(char[] chars, int begin, int end) {
			int hash = 1; // as CharBuffer.hashCode(): from the last character back
			for (int i = end - 1; i >= begin; i--) {
				hash = 31 * hash + chars[i];
			}
			return new NGram(new String(chars, begin, end - begin), hash);
		}

		@Override
		public int hashCode() {
			return hash;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof NGram gram && gram.text.equals(text);
		}
	}

	private final MaxentModel model;

	LanguageIdentification(LanguageDetectorModel model) {
		this.model = model.getMaxentModel();
	}

	/** The ISO 639-3 code (as the model names languages) of the most probable language of the text. */
	String predict(CharSequence text) {
		double[] probabilities = probabilities(text);
		int best = 0;
		for (int outcome = 1; outcome < probabilities.length; outcome++) {
			// LanguageDetectorME sorts with this comparison, stably: the first of equal outcomes wins
			if (Double.compare(probabilities[outcome], probabilities[best]) > 0) {
				best = outcome;
			}
		}
		return model.getOutcome(best);
	}

	/** The probability of each of the model's outcomes, by outcome index. */
	double[] probabilities(CharSequence text) {
		char[] chars = lowerCase(NORMALIZER.normalize(text));
		// NGramCharModel's map: n-grams by length, then position; first occurrence decides the place in a bucket.
		Set<NGram> grams = new HashSet<>();
		for (int length = MIN_LENGTH; length <= MAX_LENGTH; length++) {
			for (int begin = 0; begin + length <= chars.length; begin++) {
				grams.add(NGram.of(chars, begin, begin + length));
			}
		}
		// LanguageDetectorME then counts them in a second map, filled in the first one's order, and hands the model
		// that map's keys with the value 1 each.
		Set<NGram> counted = new HashSet<>();
		grams.forEach(counted::add);
		String[] features = counted.stream().map(NGram::text).toArray(String[]::new);
		float[] values = new float[features.length];
		Arrays.fill(values, 1);
		return model.eval(features, values);
	}

	/** The language of an outcome index. */
	String language(int outcome) {
		return model.getOutcome(outcome);
	}

	/**
	 * As OpenNLP's StringUtil.toLowerCaseCharBuffer: code point by code point, into a buffer as long as the text
	 * (unused trailing characters stay 0 and take part in the n-grams, as there).
	 */
	private static char[] lowerCase(CharSequence text) {
		char[] chars = new char[text.length()];
		int length = 0;
		for (int codePoint : text.codePoints().toArray()) {
			length += Character.toChars(Character.toLowerCase(codePoint), chars, length);
		}
		return chars;
	}
}
