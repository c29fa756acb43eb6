package org.glossator.uima.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.RegistryFactory;
import org.glossator.core.store.CorpusException;
import org.glossator.uima.engines.GazetteerAnnotator;
import org.glossator.uima.engines.PatternAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusPipelineTest {

	private static final String GAZETTEER = "org.glossator.uima.gazetteer";
	private static final String PATTERNS = "org.glossator.uima.patterns";

	@TempDir
	Path folder;

	@Test
	void aCorpusWithoutPipelineFileHasAnEmptyPipeline() throws CorpusException {
		assertEquals(List.of(), CorpusPipeline.load(folder).steps());
	}

	@Test
	void savedPipelineLoadsAgainInOrderWithItsParameters() throws Exception {
		CorpusPipeline pipeline = new CorpusPipeline(List.of(new PipelineStep("org.glossator.uima.segmentation", Map.of()),
				new PipelineStep(GAZETTEER, Map.of(GazetteerAnnotator.PARAM_TERM_LISTS, "lists/GPE.txt,lists/ORG.txt",
						GazetteerAnnotator.PARAM_IGNORE_CASE, "true")),
				new PipelineStep(PATTERNS, Map.of(PatternAnnotator.PARAM_RULES, "rules & more <dates>.txt"))));
		pipeline.save(folder);
		String xml = Files.readString(folder.resolve(CorpusPipeline.FILE));
		assertTrue(xml.contains("<step engine=\"org.glossator.uima.gazetteer\">"), xml);
		assertTrue(xml.contains("value=\"rules &amp; more &lt;dates&gt;.txt\""), xml);
		assertEquals(pipeline, CorpusPipeline.load(folder));
		try (var files = Files.list(folder)) {
			assertEquals(List.of(folder.resolve(CorpusPipeline.FILE)), files.toList(), "no temporary file is left");
		}
	}

	@Test
	void relativeFileParametersResolveAgainstTheCorpusFolderAndOthersStayAsTheyAre() {
		CorpusPipeline pipeline = new CorpusPipeline(List.of(
				new PipelineStep(GAZETTEER, Map.of(GazetteerAnnotator.PARAM_TERM_LISTS, "lists/GPE.txt, /abs/ORG.txt,file:/x/PER.txt",
						GazetteerAnnotator.PARAM_IGNORE_CASE, "true")),
				new PipelineStep(PATTERNS, Map.of(PatternAnnotator.PARAM_RULES, "dates.txt"))));
		List<EngineDescriptor> engines = pipeline.engines(new EngineRegistry(RegistryFactory.getRegistry()), folder);
		assertEquals(List.of(GAZETTEER, PATTERNS), engines.stream().map(EngineDescriptor::id).toList());
		assertEquals(folder.resolve("lists/GPE.txt") + ",/abs/ORG.txt,file:/x/PER.txt",
				engines.get(0).parameters().get(GazetteerAnnotator.PARAM_TERM_LISTS));
		assertEquals("true", engines.get(0).parameters().get(GazetteerAnnotator.PARAM_IGNORE_CASE));
		assertEquals(folder.resolve("dates.txt").toString(), engines.get(1).parameters().get(PatternAnnotator.PARAM_RULES));
	}

	@Test
	void aBrokenPipelineFileOrAnUnknownEngineIsNamed() throws Exception {
		Files.writeString(folder.resolve(CorpusPipeline.FILE), "<pipeline><step engine=\"x\"></pipeline>");
		CorpusException broken = assertThrows(CorpusException.class, () -> CorpusPipeline.load(folder));
		assertEquals(folder.resolve(CorpusPipeline.FILE), broken.getPath());
		assertTrue(broken.getMessage().startsWith("Cannot read the pipeline " + folder.resolve(CorpusPipeline.FILE) + ": not well-formed XML"),
				broken.getMessage());

		CorpusPipeline unknown = new CorpusPipeline(List.of(new PipelineStep("org.example.none", Map.of())));
		IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
				() -> unknown.engines(new EngineRegistry(RegistryFactory.getRegistry()), folder));
		assertTrue(failure.getMessage().startsWith("No engine org.example.none is installed"), failure.getMessage());
	}
}
