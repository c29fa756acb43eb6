package org.glossator.uima.engines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.glossator.uima.SampleCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * LanguageIdentification against OpenNLP's own LanguageDetectorME: the same probability for every language, to the
 * last bit (so the same sums in the same order), on every paragraph of the sample, on the whole sample at once and
 * on text that exercises the normalizers and the lower-casing (URLs, mentions, digits, emoji, characters above
 * U+FFFF, right-to-left scripts, dotted capital I).
 */
class LanguageIdentificationTest {

	private static LanguageDetectorME openNlp;
	private static LanguageIdentification ours;

	@BeforeAll
	static void load() throws Exception {
		LanguageDetectorModel model = OpenNlpModels.languageDetector();
		openNlp = new LanguageDetectorME(model);
		ours = new LanguageIdentification(model);
	}

	static Stream<String> texts() throws Exception {
		String sample = SampleCorpus.text();
		List<String> texts = new ArrayList<>(sample.lines().filter(line -> !line.isBlank()).toList());
		texts.add(sample);
		texts.add("Visit https://example.org/news?id=12 or write to @glossator #corpus: 3,5 % más que en 2023 😀");
		texts.add("𝐁𝐨𝐥𝐝 𝐦𝐚𝐭𝐡 𝐥𝐞𝐭𝐭𝐞𝐫𝐬 and 𐐀𐐁 Deseret: DİYARBAKIR İSTANBUL");
		texts.add("قالت الحكومة السورية إن القوات انسحبت من المدينة. שלום עולם");
		texts.add("Das ist ein kurzer deutscher Satz über Sprachen.");
		texts.add("a");
		texts.add("");
		return texts.stream();
	}

	@ParameterizedTest
	@MethodSource("texts")
	void sameProbabilitiesAndLanguageAsLanguageDetectorMe(String text) {
		Language[] expected = openNlp.predictLanguages(text);
		double[] probabilities = ours.probabilities(text);
		Language[] actual = new Language[probabilities.length];
		for (int outcome = 0; outcome < probabilities.length; outcome++) {
			actual[outcome] = new Language(ours.language(outcome), probabilities[outcome]);
		}
		assertArrayEquals(byLanguage(expected), byLanguage(actual));
		assertEquals(expected[0].getLang(), ours.predict(text));
	}

	/** Language and probability, bit for bit, in the model's order of languages. */
	private static String[] byLanguage(Language[] languages) {
		return Stream.of(languages).map(language -> language.getLang() + "=" + Double.doubleToRawLongBits(language.getConfidence()))
				.sorted().toArray(String[]::new);
	}
}
