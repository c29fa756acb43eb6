package org.glossator.uima.engines;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.util.CasUtil.getType;
import static org.apache.uima.fit.util.CasUtil.select;
import static org.apache.uima.fit.util.CasUtil.selectCovered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.util.CasCreationUtils;
import org.glossator.uima.GlossatorTypes;
import org.glossator.uima.SampleCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Segmentation of the sample news: English paragraphs with OpenNLP's models, Spanish ones by rule. */
class SegmentationAnnotatorTest {

	private static CAS cas;

	@BeforeAll
	static void segmentSample() throws Exception {
		cas = CasCreationUtils.createCas(GlossatorTypes.description(), null, null);
		cas.setDocumentText(SampleCorpus.text());
		SimplePipeline.runPipeline(cas, createEngineDescription(SegmentationAnnotator.class));
	}

	@Test
	void eachParagraphHasItsLanguage() {
		Type paragraph = getType(cas, GlossatorTypes.PARAGRAPH);
		List<String> languages = select(cas, paragraph).stream()
				.map(fs -> fs.getStringValue(paragraph.getFeatureByBaseName(GlossatorTypes.LANGUAGE)))
				.toList();
		assertEquals(List.of("en", "en", "en", "es", "es", "es", "es", "es", "es", "es", "es", "es"), languages);
	}

	@Test
	void englishSentencesComeFromTheModelAndGluedFullStopsStillSplit() {
		List<String> sentences = sentences();
		assertEquals("As the Syrian civil war intensifies, rebel forces are advancing towards the capital, Damasco, "
				+ "while government troops appear increasingly demoralized.", sentences.get(0));
		assertTrue(sentences.contains("In a surprising turn of events,Syrian President Bashar al-Assad’s grip on power has weakened "
				+ "significantly as his key allies,Russia and Iran,have shifted their focus to domestic challenges,leaving him vulnerable "
				+ "to a unified offensive from rebel factions."), () -> "\"government.In a surprising\" is two sentences: " + sentences.stream().filter(s -> s.contains("surprising")).toList());
		assertTrue(sentences.stream().allMatch(sentence -> sentence.equals(sentence.strip()) && !sentence.contains("\n")));
	}

	@Test
	void spanishSentencesAndTokensComeFromTheRules() {
		List<String> sentences = sentences();
		int spanish = sentences.indexOf(sentences.stream().filter(sentence -> sentence.startsWith("El hermano menor de Assad")).findFirst().orElseThrow());
		assertEquals("El hermano menor de Assad, Maher al-Assad, comandante de la 4ª División Blindada de élite del ejército sirio, "
				+ "encargada de proteger la capital, se indignó cuando descubrió que el jefe del Estado Mayor había dado órdenes para que "
				+ "los militares se retiraran, según el pariente y un segundo miembro de la familia.", sentences.get(spanish));
		assertEquals("Maher sigue en paradero desconocido.", sentences.get(spanish + 1));
		AnnotationFS first = List.copyOf(select(cas, getType(cas, GlossatorTypes.SENTENCE))).get(spanish);
		assertEquals(List.of("El", "hermano", "menor", "de", "Assad", ",", "Maher", "al-Assad", ","),
				selectCovered(getType(cas, GlossatorTypes.TOKEN), first).stream().limit(9).map(AnnotationFS::getCoveredText).toList());
	}

	private static List<String> sentences() {
		return select(cas, getType(cas, GlossatorTypes.SENTENCE)).stream().map(AnnotationFS::getCoveredText).toList();
	}
}
