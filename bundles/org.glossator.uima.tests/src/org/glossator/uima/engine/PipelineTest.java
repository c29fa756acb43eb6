package org.glossator.uima.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.glossator.core.edit.AnnotationEditingDomainFactory;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.uima.ProposalMerge;
import org.glossator.uima.SampleCorpus;
import org.glossator.uima.SchemaTypes;
import org.glossator.uima.engines.GazetteerAnnotator;
import org.glossator.uima.engines.PatternAnnotator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Engines from the extension point, run on the sample document. */
class PipelineTest {

	@TempDir
	Path folder;

	private EngineRegistry registry;
	private Document document;
	private SchemaTypes types;
	private AdapterFactoryEditingDomain domain;

	@BeforeEach
	void openSample() throws Exception {
		registry = new EngineRegistry(RegistryFactory.getRegistry());
		CorpusStore store = SampleCorpus.open(folder);
		document = store.load(Path.of(SampleCorpus.TEXT));
		types = SchemaTypes.of(store.corpus().getSchema());
		domain = AnnotationEditingDomainFactory.create(store.resourceSet());
	}

	@Test
	void registryListsBuiltInAndContributedEnginesAndNamesBrokenContributions() {
		EngineDescriptor patterns = registry.engine("org.glossator.uima.patterns");
		assertEquals(PatternAnnotator.class, patterns.componentClass());
		assertEquals(List.of("DATE", "MONEY", "PERCENT"), patterns.producedTypes());
		assertEquals(List.of("DATE"), registry.engine("test.descriptor-patterns").producedTypes());
		List<String> problems = registry.problems();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("test.not-a-component") && problems.get(0).contains("org.glossator.uima.SampleCorpus"), problems.get(0));
		assertTrue(problems.get(1).contains("test.missing-descriptor") && problems.get(1).contains("engines/none.xml"), problems.get(1));
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> registry.engine("no.such"));
		assertTrue(unknown.getMessage().contains("org.glossator.uima.patterns"), unknown.getMessage());
	}

	@Test
	void anEngineDeclaresItsParametersWithTheirDefaults() throws Exception {
		Map<String, ParameterDeclaration> declared = registry.engine("org.glossator.uima.gazetteer").declaredParameters(types).stream()
				.collect(Collectors.toMap(ParameterDeclaration::name, declaration -> declaration));
		assertEquals(null, declared.get(GazetteerAnnotator.PARAM_TERM_LISTS).defaultValue());
		assertTrue(declared.get(GazetteerAnnotator.PARAM_TERM_LISTS).mandatory());
		assertEquals("false", declared.get(GazetteerAnnotator.PARAM_IGNORE_CASE).defaultValue());
		assertEquals("Match regardless of case", declared.get(GazetteerAnnotator.PARAM_IGNORE_CASE).description());
		assertEquals("50", registry.engine("org.glossator.uima.recommender").declaredParameters(types).stream()
				.filter(declaration -> declaration.name().equals("retrainAfterDecisions")).findFirst().orElseThrow().defaultValue());
	}

	@Test
	void proposalsAreMergedOnceAndARerunAddsNothing() throws Exception {
		List<Annotation> proposals;
		try (Pipeline pipeline = new Pipeline(types, List.of(registry.engine("org.glossator.uima.patterns")))) {
			proposals = pipeline.propose(document);
			int before = document.getAnnotations().size();
			domain.getCommandStack().execute(new ProposalMerge(domain, document, proposals));
			List<Annotation> added = document.getAnnotations().subList(before, document.getAnnotations().size());
			// 2020, May, November 11, December 6 are accepted and 1982, 2011 already proposed: only these are new.
			assertEquals(List.of("MONEY $2", "DATE June", "DATE 2012"), added.stream()
					.map(annotation -> annotation.getType().getName() + " " + SampleCorpus.covered(document, annotation)).toList());
			assertTrue(added.stream().allMatch(annotation -> annotation.getStatus() == AnnotationStatus.PROPOSED
					&& annotation.getOrigin().equals("org.glossator.uima.patterns")));

			int merged = document.getAnnotations().size();
			domain.getCommandStack().execute(new ProposalMerge(domain, document, pipeline.propose(document)));
			assertEquals(merged, document.getAnnotations().size(), "a rerun proposes nothing new");
		}
		assertTrue(proposals.stream().anyMatch(proposal -> SampleCorpus.covered(document, proposal).equals("November 11")));
	}

	@Test
	void theBuiltInEnginesRunTogetherAndOnlySchemaTypesBecomeProposals() throws Exception {
		Path places = Files.writeString(folder.resolve("GPE.txt"), "aleppo\nIdlib\nDamasco\n");
		List<EngineDescriptor> engines = List.of(registry.engine("org.glossator.uima.segmentation"),
				registry.engine("org.glossator.uima.patterns"), registry.engine("org.glossator.uima.gazetteer")
						.withParameters(Map.of(GazetteerAnnotator.PARAM_TERM_LISTS, places.toString(), GazetteerAnnotator.PARAM_IGNORE_CASE, "true")));
		int before = document.getAnnotations().size();
		try (Pipeline pipeline = new Pipeline(types, engines)) {
			domain.getCommandStack().execute(new ProposalMerge(domain, document, pipeline.propose(document)));
		}
		List<Annotation> added = document.getAnnotations().subList(before, document.getAnnotations().size());
		// Aleppo 6 times, Idlib 4, Damasco 3 in the text; one Aleppo, one Idlib and two Damasco are annotated already.
		Map<String, Long> byOrigin = added.stream().collect(Collectors.groupingBy(Annotation::getOrigin, Collectors.counting()));
		assertEquals(Map.of("org.glossator.uima.gazetteer", 9L, "org.glossator.uima.patterns", 3L), byOrigin,
				"sentences and tokens are no schema types, so the segmentation proposes nothing");
		assertEquals(List.of("Aleppo", "Damasco", "Idlib"), added.stream().filter(annotation -> annotation.getType().getName().equals("GPE"))
				.map(annotation -> SampleCorpus.covered(document, annotation)).distinct().sorted().toList());
	}

	@Test
	void descriptorEngineRunsLikeAClassEngine() throws Exception {
		try (Pipeline pipeline = new Pipeline(types, List.of(registry.engine("test.descriptor-patterns")))) {
			List<Annotation> proposals = pipeline.propose(document);
			assertTrue(proposals.stream().anyMatch(proposal -> SampleCorpus.covered(document, proposal).equals("December 6")
					&& proposal.getOrigin().equals("test.descriptor-patterns")));
		}
	}

	@Test
	void anEngineThatThrowsIsNamedAndTheDocumentStaysAsItWas() throws Exception {
		List<Annotation> before = List.copyOf(document.getAnnotations());
		try (Pipeline pipeline = new Pipeline(types, List.of(registry.engine("org.glossator.uima.patterns"), registry.engine("test.throwing")))) {
			EngineException failure = assertThrows(EngineException.class, () -> pipeline.propose(document));
			assertEquals("test.throwing", failure.engineId());
			assertTrue(failure.getMessage().contains("Engine test.throwing failed on 000_99a4f567e82471d6.txt")
					&& failure.getMessage().contains("index 7 out of bounds in the test engine"), failure.getMessage());
		}
		assertEquals(before, document.getAnnotations());
		assertFalse(domain.getCommandStack().canUndo());
	}

	@Test
	void aDescriptorNamingAMissingClassCannotStartAndSaysWhy() {
		EngineException failure = assertThrows(EngineException.class,
				() -> new Pipeline(types, List.of(registry.engine("org.glossator.uima.patterns"), registry.engine("test.missing-class"))));
		assertEquals("test.missing-class", failure.engineId());
		assertTrue(failure.getMessage().contains("Engine test.missing-class cannot start")
				&& failure.getMessage().contains("org.example.NoSuchAnnotator"), failure.getMessage());
	}

	@Test
	void aMalformedDescriptorOrParameterIsNamed() throws Exception {
		Path descriptor = Files.writeString(folder.resolve("broken.xml"), "<analysisEngineDescription><primitive>true</prim");
		EngineException malformed = assertThrows(EngineException.class, () -> new Pipeline(types,
				List.of(EngineDescriptor.ofDescriptor("test.malformed", descriptor.toUri().toURL(), getClass().getClassLoader(), Map.of()))));
		assertTrue(malformed.getMessage().startsWith("Engine test.malformed cannot be described from its descriptor file:"), malformed.getMessage());

		EngineException parameter = assertThrows(EngineException.class, () -> new Pipeline(types,
				List.of(EngineDescriptor.ofClass("test.patterns", PatternAnnotator.class, Map.of("rulez", "x")))));
		assertEquals("Engine test.patterns has no parameter rulez", parameter.getMessage());
		EngineException rules = assertThrows(EngineException.class, () -> new Pipeline(types,
				List.of(EngineDescriptor.ofClass("test.patterns", PatternAnnotator.class, Map.of(PatternAnnotator.PARAM_RULES, folder.resolve("none.txt").toString())))));
		assertTrue(rules.getMessage().contains("Engine test.patterns cannot start") && rules.getMessage().contains("none.txt"), rules.getMessage());
	}
}
