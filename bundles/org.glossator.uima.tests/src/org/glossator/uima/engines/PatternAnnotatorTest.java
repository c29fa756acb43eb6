package org.glossator.uima.engines;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.util.CasUtil.getType;
import static org.apache.uima.fit.util.CasUtil.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceInitializationException;
import org.glossator.uima.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternAnnotatorTest {

	@TempDir
	Path folder;

	@Test
	void builtInRulesFindTheDatesAndMoneyOfTheSampleNews() throws Exception {
		// No PERCENT type here: those rules are skipped, the others still apply.
		CAS cas = PlainUimaFit.run(SampleCorpus.text(), List.of("DATE", "MONEY"), createEngineDescription(PatternAnnotator.class));

		assertEquals(List.of("2020", "May", "June", "2011", "November 11", "2012", "December 6", "1982"), PlainUimaFit.covered(cas, "DATE"),
				"\"in May\" is a date, the year of \"In 2020\" is, \"may\" the verb would not be");
		assertEquals(List.of("$2"), PlainUimaFit.covered(cas, "MONEY"));
	}

	@Test
	void rulesFileWithGroupsAndOverlapsKeepsOffsetsExact() throws Exception {
		Path rules = Files.writeString(folder.resolve("rules.txt"), """
				# percentages, then a year by named group, then a wider date that overlaps it
				PERCENT	\\d+(?:[.,]\\d+)?\\s?(?:%|por ciento)
				DATE@year	(?:en|in)\\s+(?<year>\\d{4})
				DATE	\\d{1,2} de [a-z]+ de \\d{4}
				""");
		String text = "📈 Inflation rose to 12,5 % in 2024;\r\nla inflación subió un 3 por ciento el 5 de marzo de 2024 (𝟚𝟘𝟚𝟜).";

		CAS cas = PlainUimaFit.run(text, List.of("DATE", "PERCENT"),
				createEngineDescription(PatternAnnotator.class, PatternAnnotator.PARAM_RULES, rules.toString()));

		assertEquals(List.of("12,5 %", "3 por ciento"), PlainUimaFit.covered(cas, "PERCENT"));
		assertEquals(List.of("2024", "5 de marzo de 2024"), PlainUimaFit.covered(cas, "DATE"));
		assertEquals(text.indexOf("5 de marzo"), List.copyOf(select(cas, getType(cas, "my.types.DATE"))).get(1).getBegin());
	}

	@Test
	void aBrokenRuleIsReportedWithItsLine() throws Exception {
		Path rules = Files.writeString(folder.resolve("broken.txt"), "DATE\t\\d{4}\nMONEY@2\t\\$(\\d+)\n");
		ResourceInitializationException failure = assertThrows(ResourceInitializationException.class,
				() -> PlainUimaFit.run("$2", List.of("MONEY"), createEngineDescription(PatternAnnotator.class, PatternAnnotator.PARAM_RULES, rules.toString())));
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		assertTrue(messages.toString().contains("broken.txt:2: the expression has no group 2"), messages.toString());
	}
}
