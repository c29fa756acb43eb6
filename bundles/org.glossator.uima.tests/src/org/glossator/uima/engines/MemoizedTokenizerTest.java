package org.glossator.uima.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.glossator.uima.SampleCorpus;
import org.junit.jupiter.api.Test;

import opennlp.tools.tokenize.TokenizerME;

/** MemoizedTokenizer gives exactly TokenizerME's tokens, the first time it sees a word and from memory after. */
class MemoizedTokenizerTest {

	@Test
	void sameTokensAsTokenizerMeOnFirstAndLaterSight() throws Exception {
		TokenizerME plain = new TokenizerME(OpenNlpModels.tokenizerModel("en"));
		MemoizedTokenizer memoized = new MemoizedTokenizer(new TokenizerME(OpenNlpModels.tokenizerModel("en")));
		List<String> texts = new ArrayList<>(SampleCorpus.text().lines().filter(line -> !line.isBlank()).toList());
		texts.addAll(List.of("The U.S. economy grew 2.5% (e.g. in Q3), didn't it? Mr. Smith's $1.5bn deal, at 3:30 p.m.",
				"government.In a surprising turn,Syrian forces \"withdrew\"... — said al-Assad’s aide; see https://example.org/a?b=1",
				"  leading and trailing\twhitespace, tabs\u00a0and no-break spaces  ", "𝐁𝐨𝐥𝐝 words, 😀 emoji and مرحبا, שלום.", "", "x"));
		for (int pass = 1; pass <= 2; pass++) {
			for (String text : texts) {
				String prefix = "<< "; // the tokens are offsets in the whole text, as in the CAS
				String whole = prefix + text;
				List<String> expected = Stream.of(plain.tokenizePos(text))
						.map(span -> (span.getStart() + prefix.length()) + "-" + (span.getEnd() + prefix.length())).toList();
				List<String> actual = memoized.tokenizePos(whole, prefix.length(), whole.length()).stream()
						.map(span -> span.getStart() + "-" + span.getEnd()).toList();
				assertEquals(expected, actual, "pass " + pass + ": " + text);
			}
		}
	}
}
