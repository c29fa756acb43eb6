package org.glossator.io.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.util.CasCreationUtils;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.CorpusExport;
import org.glossator.io.SampleCorpus;
import org.glossator.io.internal.EngineSegmenter;
import org.glossator.uima.GlossatorTypes;
import org.glossator.uima.engine.CorpusPipeline;
import org.glossator.uima.engine.PipelineStep;
import org.glossator.uima.engines.SegmentationAnnotator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CoNLL sentences and tokens on the sample (English news, then Spanish) come from the segmentation engine when the
 * corpus's pipeline segments, or when asked; else from the built-in rules.
 */
class ConllSegmentationTest {

	@TempDir
	Path corpus;
	@TempDir
	Path out;
	private String text;

	@BeforeEach
	void sample() throws Exception {
		SampleCorpus.copyTo(corpus);
		text = CorpusStore.open(corpus).load(Path.of(SampleCorpus.DOCUMENT)).getText();
	}

	@Test
	void corpusWhosePipelineSegmentsIsExportedWithTheEnginesSentencesAndTokens() throws Exception {
		new CorpusPipeline(List.of(new PipelineStep(EngineSegmenter.ENGINE_ID, Map.of()))).save(corpus);
		Conll2002Exporter exporter = new Conll2002Exporter();
		CorpusExport.run(CorpusStore.open(corpus), exporter, out.resolve("engine"));
		assertEquals(ConllSegmentation.ENGINE, exporter.segmentation());
		List<List<String>> written = sentences(out.resolve("engine"));

		List<List<String>> engine = engineSentences();
		assertEquals(engine.size(), written.size(), "one CoNLL sentence per sentence of the engine");
		for (int i = 0; i < engine.size(); i++) {
			// Tokens are cut further only where a mention begins or ends inside one.
			assertEquals(String.join("", engine.get(i)), String.join("", written.get(i)), "sentence " + (i + 1));
			assertTrue(written.get(i).size() >= engine.get(i).size());
		}
		int spanish = indexStartingWith(written, "El", "hermano", "menor");
		assertEquals(List.of("El", "hermano", "menor", "de", "Assad", ",", "Maher", "al-Assad", ","), written.get(spanish).subList(0, 9),
				"Spanish by the engine's rules: al-Assad is one token");
		assertEquals(List.of("Maher", "sigue", "en", "paradero", "desconocido", "."), written.get(spanish + 1));
	}

	@Test
	void withoutASegmentationStepTheBuiltInRulesCutTheTextUnlessTheEngineIsAskedFor() throws Exception {
		Conll2002Exporter automatic = new Conll2002Exporter();
		CorpusExport.run(CorpusStore.open(corpus), automatic, out.resolve("builtin"));
		assertEquals(ConllSegmentation.BUILTIN, automatic.segmentation());

		Conll2002Exporter asked = new Conll2002Exporter(Set.of(), ConllSegmentation.ENGINE);
		CorpusExport.run(CorpusStore.open(corpus), asked, out.resolve("asked"));
		assertEquals(ConllSegmentation.ENGINE, asked.segmentation());
		assertEquals(engineSentences().size(), sentences(out.resolve("asked")).size());
		assertNotEquals(sentences(out.resolve("builtin")), sentences(out.resolve("asked")));
	}

	/** The sentences of the engine itself, run with uimaFIT on the sample text, as lists of token texts. */
	private List<List<String>> engineSentences() throws Exception {
		CAS cas = CasCreationUtils.createCas(GlossatorTypes.description(), null, null);
		cas.setDocumentText(text);
		AnalysisEngineFactory.createEngine(SegmentationAnnotator.class, GlossatorTypes.description()).process(cas);
		Type tokenType = cas.getTypeSystem().getType(GlossatorTypes.TOKEN);
		List<List<String>> sentences = new ArrayList<>();
		for (AnnotationFS sentence : cas.<AnnotationFS>getAnnotationIndex(cas.getTypeSystem().getType(GlossatorTypes.SENTENCE))) {
			List<String> tokens = new ArrayList<>();
			cas.<AnnotationFS>getAnnotationIndex(tokenType).subiterator(sentence).forEachRemaining(token -> tokens.add(token.getCoveredText()));
			if (!tokens.isEmpty()) {
				sentences.add(tokens);
			}
		}
		return sentences;
	}

	private static List<List<String>> sentences(Path folder) throws Exception {
		List<List<String>> sentences = new ArrayList<>();
		List<String> current = new ArrayList<>();
		for (String line : Files.readAllLines(folder.resolve(SampleCorpus.DOCUMENT.replace(".txt", ".conll")))) {
			if (line.isEmpty()) {
				if (!current.isEmpty()) {
					sentences.add(current);
				}
				current = new ArrayList<>();
			} else {
				current.add(line.substring(0, line.lastIndexOf(' ')));
			}
		}
		if (!current.isEmpty()) {
			sentences.add(current);
		}
		return sentences;
	}

	private static int indexStartingWith(List<List<String>> sentences, String... tokens) {
		for (int i = 0; i < sentences.size(); i++) {
			if (sentences.get(i).size() >= tokens.length && sentences.get(i).subList(0, tokens.length).equals(List.of(tokens))) {
				return i;
			}
		}
		throw new AssertionError("no sentence starts with " + List.of(tokens));
	}
}
