package org.glossator.uima.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.glossator.core.edit.AnnotationCommands;
import org.glossator.core.edit.AnnotationEditingDomainFactory;
import org.glossator.core.edit.TextRange;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.model.EntityType;
import org.glossator.model.EventType;
import org.glossator.model.Schema;
import org.glossator.uima.SampleCorpus;
import org.glossator.uima.engine.CorpusPipeline;
import org.glossator.uima.engine.EngineRegistry;
import org.glossator.uima.engine.PipelineStep;
import org.glossator.uima.run.PipelineRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.namefind.NameSample;

/** The recommender learns from a corpus whose documents say much the same about different people and places. */
class RecommenderTest {

	private static final String[] PEOPLE = { "Bashar al-Assad", "Vladimir Putin", "Recep Erdogan", "Joe Biden", "Ali Khamenei" };
	private static final String[] PLACES = { "Damascus", "Aleppo", "Homs", "Idlib", "Ankara", "Moscow" };
	private static final int ANNOTATED = 10;

	@TempDir
	Path folder;

	private CorpusStore store;
	private AdapterFactoryEditingDomain domain;
	private AnnotationCommands commands;

	@BeforeEach
	void createCorpus() throws Exception {
		SampleCorpus.copySchema(folder);
		for (int i = 0; i < ANNOTATED; i++) {
			Files.writeString(folder.resolve(String.format("news-%02d.txt", i)), text(PEOPLE[i % 5], PLACES[i % 6], PLACES[(i + 2) % 6]));
		}
		Files.writeString(folder.resolve("unread.txt"), text("Vladimir Putin", "Homs", "Ankara"));
		store = CorpusStore.open(folder);
		domain = AnnotationEditingDomainFactory.create(store.resourceSet());
		commands = new AnnotationCommands(domain);
		Schema schema = store.corpus().getSchema();
		for (int i = 0; i < ANNOTATED; i++) {
			Document document = store.load(Path.of(String.format("news-%02d.txt", i)));
			annotate(document, (EntityType) SampleCorpus.type(schema, "PER"), PEOPLE[i % 5]);
			annotate(document, (EntityType) SampleCorpus.type(schema, "GPE"), PLACES[i % 6]);
			annotate(document, (EntityType) SampleCorpus.type(schema, "GPE"), PLACES[(i + 2) % 6]);
			String text = document.getText();
			int attacked = text.indexOf("attacked");
			domain.getCommandStack().execute(commands.createEvent(document, (EventType) SampleCorpus.type(schema, "Attack"),
					List.of(new TextRange(attacked, attacked + "attacked".length()))));
			store.save(document);
		}
	}

	private static String text(String person, String place, String otherPlace) {
		return "President " + person + " arrived in " + place + " on Monday.\n"
				+ "Rebels attacked " + otherPlace + " the same day, and officials in " + place + " condemned the offensive.\n";
	}

	private void annotate(Document document, EntityType type, String name) {
		int begin = document.getText().indexOf(name);
		domain.getCommandStack().execute(commands.createEntityMention(document, type, List.of(new TextRange(begin, begin + name.length()))));
	}

	@Test
	void trainingSamplesNameOnlyAcceptedAnnotationsOnTokenBoundaries() throws Exception {
		Document document = store.load(Path.of("news-00.txt"));
		document.getAnnotations().get(1).setStatus(AnnotationStatus.REJECTED);
		List<NameSample> entities = RecommenderModels.samples(document, RecommenderKind.ENTITIES);
		assertEquals(2, entities.size(), "one sample per sentence with names");
		assertEquals("President Bashar al - Assad arrived in Damascus on Monday .", String.join(" ", entities.get(0).getSentence()));
		assertEquals(List.of("[1..5) PER"), Arrays.stream(entities.get(0).getNames()).map(Object::toString).toList(),
				"the rejected Damascus is no name");
		assertEquals(List.of("[2..3) GPE"), Arrays.stream(entities.get(1).getNames()).map(Object::toString).toList(), "Homs; Damascus again is not annotated");
		assertTrue(entities.get(0).isClearAdaptiveDataSet());
		assertFalse(entities.get(1).isClearAdaptiveDataSet());
		List<NameSample> triggers = RecommenderModels.samples(document, RecommenderKind.TRIGGERS);
		assertEquals(1, triggers.size(), "the first sentence has no trigger, so it teaches the trigger model nothing");
		assertEquals("Rebels attacked Homs", String.join(" ", Arrays.copyOf(triggers.get(0).getSentence(), 3)));
		assertEquals(List.of("[1..2) Attack"), Arrays.stream(triggers.get(0).getNames()).map(Object::toString).toList());
		assertTrue(triggers.get(0).isClearAdaptiveDataSet());
	}

	@Test
	void proposesEntitiesAndTriggersOnAnotherDocumentThroughThePipelineWithConfidence() throws Exception {
		RecommenderModels models = RecommenderModels.train(store);
		assertEquals(List.of("Attack", "GPE", "PER"), List.copyOf(models.types()));
		models.save(folder.resolve("models"));
		new CorpusPipeline(List.of(new PipelineStep("org.glossator.uima.recommender", Map.of(RecommenderAnnotator.PARAM_MODELS, "models"))))
				.save(folder);

		CorpusStore fresh = CorpusStore.open(folder);
		PipelineRun run = PipelineRun.onCorpus(fresh, CorpusPipeline.load(folder).engines(new EngineRegistry(RegistryFactory.getRegistry()), folder),
				List.of(Path.of("unread.txt")));
		run.schedule();
		run.join();
		assertTrue(run.getResult().isOK(), run.getResult().toString());
		Document unread = CorpusStore.open(folder).load(Path.of("unread.txt"));
		List<String> proposals = new ArrayList<>();
		for (Annotation proposal : unread.getAnnotations()) {
			assertEquals(AnnotationStatus.PROPOSED, proposal.getStatus());
			assertEquals("org.glossator.uima.recommender", proposal.getOrigin());
			assertTrue(proposal.getConfidence() > 0 && proposal.getConfidence() <= 1, String.valueOf(proposal.getConfidence()));
			proposals.add(proposal.getType().getName() + " " + SampleCorpus.covered(unread, proposal));
		}
		assertTrue(proposals.containsAll(List.of("PER Vladimir Putin", "GPE Homs", "Attack attacked")), proposals.toString());
	}

	@Test
	void crossValidationByDocumentScoresEveryGoldAnnotationOnce() throws Exception {
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < ANNOTATED; i++) {
			documents.add(store.load(Path.of(String.format("news-%02d.txt", i))));
		}
		Map<String, Score> scores = RecommenderEvaluation.crossValidate(documents, 5);
		assertEquals(List.of("*", "Attack", "GPE", "PER"), List.copyOf(scores.keySet()));
		assertEquals(ANNOTATED, scores.get("PER").truePositives() + scores.get("PER").falseNegatives());
		assertEquals(2 * ANNOTATED, scores.get("GPE").truePositives() + scores.get("GPE").falseNegatives());
		assertEquals(ANNOTATED, scores.get("Attack").truePositives() + scores.get("Attack").falseNegatives());
		assertEquals(1.0, scores.get("Attack").recall(), "the trigger word is the same in every document");
		assertTrue(scores.get("*").f1() > 0.5, scores.toString());
	}

	@Test
	void aRunRetrainsTheRecommenderFirstOnceEnoughDecisionsWereMadeSinceItsTraining() throws Exception {
		Path models = folder.resolve("models");
		new CorpusPipeline(List.of(new PipelineStep("org.glossator.uima.recommender",
				Map.of(RecommenderAnnotator.PARAM_MODELS, "models", RecommenderAnnotator.PARAM_RETRAIN_AFTER_DECISIONS, "5")))).save(folder);

		IStatus first = runOn("unread.txt");
		assertEquals(4 * ANNOTATED, RecommenderModels.decisionsSaved(models), "without models yet, all 40 decisions are new");
		assertTrue(Arrays.stream(first.getChildren()).anyMatch(child -> child.getMessage().contains("retrained first, on 40 decisions")),
				first.toString());
		List<String> proposed = CorpusStore.open(folder).load(Path.of("unread.txt")).getAnnotations().stream()
				.map(annotation -> annotation.getType().getName()).toList();
		assertTrue(proposed.contains("PER"), "the run proposed with the models it had just trained: " + proposed);

		decideOfficials(1, 4);
		IStatus second = runOn("unread.txt");
		assertEquals(40, RecommenderModels.decisionsSaved(models), "4 new decisions are fewer than 5: no retraining");
		assertEquals(0, second.getChildren().length, second.toString());

		decideOfficials(5, 5);
		runOn("unread.txt");
		assertEquals(45, RecommenderModels.decisionsSaved(models), "the fifth new decision makes the run retrain");
	}

	@Test
	void noRetrainingBeforeARunWhenTheSettingIsZero() throws Exception {
		new CorpusPipeline(List.of(new PipelineStep("org.glossator.uima.recommender",
				Map.of(RecommenderAnnotator.PARAM_MODELS, "models", RecommenderAnnotator.PARAM_RETRAIN_AFTER_DECISIONS, "0")))).save(folder);
		assertTrue(runOn("unread.txt").isOK());
		assertFalse(Files.exists(folder.resolve("models")));
	}

	/** Marks "officials" as a person in the documents from one number to another, each a new decision. */
	private void decideOfficials(int from, int to) throws Exception {
		for (int i = from; i <= to; i++) {
			Document document = store.load(Path.of(String.format("news-%02d.txt", i)));
			annotate(document, (EntityType) SampleCorpus.type(store.corpus().getSchema(), "PER"), "officials");
			store.save(document);
		}
	}

	private IStatus runOn(String text) throws Exception {
		PipelineRun run = PipelineRun.onCorpus(CorpusStore.open(folder),
				CorpusPipeline.load(folder).engines(new EngineRegistry(RegistryFactory.getRegistry()), folder), List.of(Path.of(text)));
		run.schedule();
		run.join();
		return run.getResult();
	}
}
