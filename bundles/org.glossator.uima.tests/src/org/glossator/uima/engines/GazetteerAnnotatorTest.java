package org.glossator.uima.engines;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.glossator.uima.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerAnnotatorTest {

	@TempDir
	Path folder;

	private String gpe;
	private String people;

	@BeforeEach
	void writeTermLists() throws Exception {
		gpe = Files.writeString(folder.resolve("GPE.txt"), "# countries and cities\nIran\nRusia\nRussia\nDamasco\nHoms\n").toString();
		// Typed per line; "Assad" lies inside "Bashar al-Assad" and "Maher al-Assad", which must win as longer matches.
		people = Files.writeString(folder.resolve("people.tsv"), "Bashar al-Assad\tPER\nMaher al-Assad\tPER\nAssad\tPER\nHTS\tORG\nHezbollah\tORG\n").toString();
	}

	@Test
	void exactMatchingFindsWholeWordsLongestFirst() throws Exception {
		CAS cas = PlainUimaFit.run(SampleCorpus.text(), List.of("GPE", "PER", "ORG"), createEngineDescription(GazetteerAnnotator.class,
				GazetteerAnnotator.PARAM_TERM_LISTS, new String[] { gpe, people }));

		// The sample has Bashar al-Assad 6 times, Maher al-Assad once and Assad as a whole word 29 times (Assad’s included).
		List<String> persons = PlainUimaFit.covered(cas, "PER");
		assertEquals(6, persons.stream().filter("Bashar al-Assad"::equals).count());
		assertEquals(1, persons.stream().filter("Maher al-Assad"::equals).count());
		assertEquals(29 - 6 - 1, persons.stream().filter("Assad"::equals).count(), "Assad inside a longer name is not annotated again");
		List<String> organisations = PlainUimaFit.covered(cas, "ORG");
		assertEquals(13, organisations.stream().filter("HTS"::equals).count());
		assertEquals(4, organisations.stream().filter("Hezbollah"::equals).count());
		assertEquals(17, organisations.size());
		List<String> places = PlainUimaFit.covered(cas, "GPE");
		assertEquals(8, places.stream().filter("Iran"::equals).count());
		assertTrue(places.stream().noneMatch(place -> place.equals("Irán") || place.equals("rusia")), "without the options, case and accents must match");
	}

	@Test
	void caseAndDiacriticsInsensitiveMatchingFindsTheSpanishSpellings() throws Exception {
		String spanish = SampleCorpus.text().substring(SampleCorpus.text().indexOf("El hermano menor de Assad"));
		CAS cas = PlainUimaFit.run(spanish, List.of("GPE"), createEngineDescription(GazetteerAnnotator.class,
				GazetteerAnnotator.PARAM_TERM_LISTS, new String[] { gpe }, GazetteerAnnotator.PARAM_IGNORE_CASE, true,
				GazetteerAnnotator.PARAM_IGNORE_DIACRITICS, true));

		assertEquals(List.of("Damasco", "Homs", "Damasco", "Irán", "rusia"), PlainUimaFit.covered(cas, "GPE"));
	}
}
