package org.glossator.uima.engines;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Sentences and tokens by rule, for languages without an OpenNLP model, plus the one rule the models miss in messy
 * text: a full stop glued to the next sentence ("government.In a surprising turn") ends a sentence.
 */
final class RuleBasedSegmentation {

	/** End punctuation, closing quotes or brackets, then space and the start of a sentence, or the end. */
	private static final Pattern SENTENCE_END = Pattern.compile(
			"[.!?…]+[\"'”’»)\\]]*(?=\\s+[\\p{Lu}\\p{Nd}\"'“‘«¿¡(\\[]|\\s*$)");
	/** A lower-case letter, end punctuation, an upper-case letter: two sentences with the space missing. */
	private static final Pattern GLUED_END = Pattern.compile("(?<=\\p{Ll}[.!?])(?=\\p{Lu})");
	private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?…][\"'”’»)\\]]*$");
	private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}.]+)$");
	private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Sr", "Sra", "Srta",
			"Dña", "Gral", "EE.UU", "etc", "p.ej", "vs", "No", "núm");
	private static final Pattern TOKEN = Pattern.compile(
			"\\p{L}[\\p{L}\\p{M}\\p{Nd}]*(?:['’ʼ-][\\p{L}\\p{M}\\p{Nd}]+)*|\\p{Nd}+(?:[.,:]\\p{Nd}+)*|[^\\s]");

	private RuleBasedSegmentation() {
	}

	/** Sentences of text[begin, end), as offsets in text. */
	static List<Span> sentences(String text, int begin, int end) {
		List<Span> sentences = new ArrayList<>();
		Matcher matcher = SENTENCE_END.matcher(text).region(begin, end);
		int start = begin;
		while (matcher.find()) {
			Matcher word = WORD_BEFORE.matcher(text.substring(start, matcher.start()));
			if (word.find() && ABBREVIATIONS.contains(word.group(1)) && matcher.group().equals(".")) {
				continue;
			}
			addTrimmed(text, start, matcher.end(), sentences);
			start = matcher.end();
		}
		addTrimmed(text, start, end, sentences);
		return splitGlued(text, sentences);
	}

	/**
	 * Sentences of a statistical model, repaired for glued full stops: the models were trained on clean text and cut
	 * "government.In a surprising" after "In". A boundary that does not follow end punctuation is dropped, then
	 * sentences split where a full stop is glued to the next sentence.
	 */
	static List<Span> repairModelSentences(String text, List<Span> sentences) {
		List<Span> merged = new ArrayList<>();
		for (Span sentence : sentences) {
			Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && !ENDS_SENTENCE.matcher(text.substring(last.getStart(), last.getEnd())).find()) {
				merged.set(merged.size() - 1, new Span(last.getStart(), sentence.getEnd()));
			} else {
				merged.add(sentence);
			}
		}
		return splitGlued(text, merged);
	}

	/** The sentences, each split where a full stop is glued to the next sentence. */
	private static List<Span> splitGlued(String text, List<Span> sentences) {
		List<Span> split = new ArrayList<>();
		for (Span sentence : sentences) {
			Matcher glued = GLUED_END.matcher(text).region(sentence.getStart(), sentence.getEnd());
			int start = sentence.getStart();
			while (glued.find()) {
				split.add(new Span(start, glued.start()));
				start = glued.start();
			}
			split.add(new Span(start, sentence.getEnd()));
		}
		return split;
	}

	/** Tokens of text[begin, end): words (with inner hyphens and apostrophes), numbers, single other characters. */
	static List<Span> tokens(String text, int begin, int end) {
		List<Span> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text).region(begin, end);
		while (matcher.find()) {
			tokens.add(new Span(matcher.start(), matcher.end()));
		}
		return tokens;
	}

	private static void addTrimmed(String text, int begin, int end, List<Span> spans) {
		while (begin < end && Character.isWhitespace(text.charAt(begin))) {
			begin++;
		}
		while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (begin < end) {
			spans.add(new Span(begin, end));
		}
	}
}
