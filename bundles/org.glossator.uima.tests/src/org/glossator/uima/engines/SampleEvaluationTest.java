package org.glossator.uima.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.RegistryFactory;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Schema;
import org.glossator.model.Span;
import org.glossator.uima.GoldFixture;
import org.glossator.uima.SampleCorpus;
import org.glossator.uima.SchemaTypes;
import org.glossator.uima.engine.EngineRegistry;
import org.glossator.uima.engine.Pipeline;
import org.glossator.uima.engines.RecommenderEvaluation.Mark;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precision, recall and F1 against the exhaustive hand-made gold of the sample document ({@link GoldFixture}: every
 * entity mention and event trigger), printed for the README. The gazetteer lists in {@code gazetteer/} were written from general
 * knowledge of the Syrian conflict, not from the gold. Only sanity bounds are asserted: the figures are evidence,
 * not a specification.
 */
class SampleEvaluationTest {

	private static final Pattern PARAGRAPH = Pattern.compile("[^\\r\\n]+");
	private static final int PARAGRAPH_LENGTH = 600;
	private static final int FOLDS = 5;

	@TempDir
	Path folder;

	private Schema schema;
	private Document gold;

	@BeforeEach
	void openGold() throws Exception {
		CorpusStore store = GoldFixture.open(folder);
		schema = store.corpus().getSchema();
		gold = store.load(Path.of(SampleCorpus.TEXT));
	}

	@Test
	void builtInPipelineOnTheSampleEntities() throws Exception {
		EngineRegistry registry = new EngineRegistry(RegistryFactory.getRegistry());
		String lists = Stream.of("PER", "ORG", "GPE", "LOC")
				.map(type -> getClass().getClassLoader().getResource("gazetteer/" + type + ".txt").toString())
				.collect(Collectors.joining(","));
		List<Mark> proposed;
		try (Pipeline pipeline = new Pipeline(SchemaTypes.of(schema),
				List.of(registry.engine("org.glossator.uima.patterns"), registry.engine("org.glossator.uima.gazetteer")
						.withParameters(Map.of(GazetteerAnnotator.PARAM_TERM_LISTS, lists, GazetteerAnnotator.PARAM_IGNORE_DIACRITICS, "true"))))) {
			proposed = pipeline.propose(unannotated(gold)).stream().map(annotation -> mark(0, annotation)).toList();
		}
		List<Mark> mentions = gold.getAnnotations().stream().filter(EntityMention.class::isInstance).map(annotation -> mark(0, annotation)).toList();
		Map<String, Score> scores = RecommenderEvaluation.score(proposed, mentions);
		print("Built-in pipeline (patterns + gazetteer), sample document, entity mentions", scores);
		assertEquals(mentions.size(), scores.get("*").truePositives() + scores.get("*").falseNegatives(), "every gold mention counted once");
		assertTrue(scores.get("*").precision() > 0.5 && scores.get("*").recall() > 0.5, scores.toString());
	}

	@Test
	void recommenderCrossValidatedOverTheSampleParagraphs() throws Exception {
		List<Document> paragraphs = paragraphs(gold);
		assertTrue(paragraphs.size() > 12, "the 12 lines, the long first one cut further");
		Map<String, Score> scores = RecommenderEvaluation.crossValidate(paragraphs, FOLDS);
		print("Recommender, " + FOLDS + "-fold cross-validation over " + paragraphs.size() + " paragraphs of the sample", scores);
		assertEquals(gold.getAnnotations().size(), scores.get("*").truePositives() + scores.get("*").falseNegatives(), "every gold annotation lies in one paragraph");
		assertTrue(scores.get("*").precision() > 0.5 && scores.get("*").recall() > 0.4, scores.toString());
	}

	/** The document's text alone, so that engines do not see the gold. */
	private static Document unannotated(Document document) {
		Document bare = GlossatorFactory.eINSTANCE.createDocument();
		bare.setTextPath(document.getTextPath());
		bare.setLanguage(document.getLanguage());
		bare.setText(document.getText());
		return bare;
	}

	/**
	 * The document cut into paragraph documents, with their accepted mentions and events. The sample's first line
	 * holds two thirds of the text, paragraphs glued together without line breaks ("government.In a surprising
	 * turn"), so lines are cut further after the sentence that reaches {@value #PARAGRAPH_LENGTH} characters.
	 */
	private static List<Document> paragraphs(Document document) {
		String text = document.getText();
		List<Document> paragraphs = new ArrayList<>();
		Matcher lines = PARAGRAPH.matcher(text);
		while (lines.find()) {
			int begin = lines.start();
			for (opennlp.tools.util.Span sentence : RuleBasedSegmentation.sentences(text, lines.start(), lines.end())) {
				if (sentence.getEnd() - begin >= PARAGRAPH_LENGTH || sentence.getEnd() == lines.end()) {
					paragraphs.add(paragraph(document, begin, sentence.getEnd(), paragraphs.size()));
					begin = sentence.getEnd();
				}
			}
		}
		return paragraphs;
	}

	private static Document paragraph(Document document, int begin, int end, int number) {
		Document paragraph = GlossatorFactory.eINSTANCE.createDocument();
		paragraph.setTextPath("paragraph-" + number);
		paragraph.setText(document.getText().substring(begin, end));
		for (Annotation annotation : document.getAnnotations()) {
			if (annotation.getStatus() == AnnotationStatus.ACCEPTED && (annotation instanceof EntityMention || annotation instanceof Event)
					&& annotation.getSpans().get(0).getBegin() >= begin && annotation.getSpans().get(0).getEnd() <= end) {
				Annotation copy = annotation instanceof Event ? GlossatorFactory.eINSTANCE.createEvent()
						: GlossatorFactory.eINSTANCE.createEntityMention();
				copy.setType(annotation.getType());
				for (Span span : annotation.getSpans()) {
					Span shifted = GlossatorFactory.eINSTANCE.createSpan();
					shifted.setBegin(span.getBegin() - begin);
					shifted.setEnd(span.getEnd() - begin);
					copy.getSpans().add(shifted);
				}
				paragraph.getAnnotations().add(copy);
			}
		}
		return paragraph;
	}

	private static Mark mark(int document, Annotation annotation) {
		return new Mark(document, annotation.getType().getName(), annotation.getSpans().get(0).getBegin(),
				annotation.getSpans().get(annotation.getSpans().size() - 1).getEnd());
	}

	private static void print(String title, Map<String, Score> scores) {
		System.out.println("== " + title);
		scores.forEach((type, score) -> System.out.println(String.format("| %s | %s |", type, score)));
	}
}
