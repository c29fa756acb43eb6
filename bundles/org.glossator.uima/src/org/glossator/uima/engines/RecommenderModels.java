package org.glossator.uima.engines;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.glossator.core.internal.store.AtomicFiles;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * The recommender's sequence models, OpenNLP name finders trained on what annotators <em>accepted</em>: one for
 * entity mentions, one for event triggers ({@link RecommenderKind}). Proposals and rejections are no training data:
 * a rejection says what is not a name here, not what is. An annotation the tokens cannot represent (a discontinuous
 * one, one that does not start and end on token boundaries within a sentence, one overlapping an earlier one of
 * its kind) is left out of training. Only sentences with at least one accepted annotation of the kind are training
 * data: annotators rarely mark every mention (the sample marks 2 of 12 "Syria"), and a sentence they have not
 * annotated yet would teach the model that its names are none. Models are thread-safe; each {@link Recommender}
 * made from them is not.
 */
public final class RecommenderModels {

	/** Beside the models: how many decisions the corpus held when they were trained. */
	static final String TRAINING_FILE = "training.properties";
	private static final String DECISIONS = "decisions";

	private final Map<RecommenderKind, TokenNameFinderModel> models;
	private final int decisions;

	private RecommenderModels(Map<RecommenderKind, TokenNameFinderModel> models, int decisions) {
		this.models = models;
		this.decisions = decisions;
	}

	/** Trains on the accepted annotations of the documents; a kind without any gets no model and proposes nothing. */
	public static RecommenderModels train(List<Document> documents) throws IOException {
		Map<RecommenderKind, TokenNameFinderModel> models = new EnumMap<>(RecommenderKind.class);
		for (RecommenderKind kind : RecommenderKind.values()) {
			List<NameSample> samples = new ArrayList<>();
			documents.forEach(document -> samples.addAll(samples(document, kind)));
			if (!samples.isEmpty()) {
				models.put(kind, NameFinderME.train("und", null, new CollectionObjectStream<>(samples), parameters(),
						new TokenNameFinderFactory()));
			}
		}
		return new RecommenderModels(models, documents.stream().mapToInt(RecommenderModels::decisionsIn).sum());
	}

	/** Trains on every document of a corpus, loading those not loaded yet: the recommender's retraining on demand. */
	public static RecommenderModels train(CorpusStore store) throws CorpusException, IOException {
		List<Document> documents = new ArrayList<>();
		for (Path text : store.textFiles()) {
			documents.add(store.load(text));
		}
		return train(documents);
	}

	/** The models saved in a folder; none when the folder has none (nothing was trained yet). */
	public static RecommenderModels load(Path folder) throws IOException {
		Map<RecommenderKind, TokenNameFinderModel> models = new EnumMap<>(RecommenderKind.class);
		for (RecommenderKind kind : RecommenderKind.values()) {
			Path file = folder.resolve(kind.file);
			if (Files.exists(file)) {
				try (InputStream in = Files.newInputStream(file)) {
					models.put(kind, new TokenNameFinderModel(in));
				}
			}
		}
		return new RecommenderModels(models, decisionsSaved(folder));
	}

	/**
	 * How many decisions the corpus held when the models in the folder were trained (0 when none were), read without
	 * loading the models, to tell whether they are due for retraining.
	 */
	public static int decisionsSaved(Path folder) throws IOException {
		Path file = folder.resolve(TRAINING_FILE);
		if (!Files.exists(file)) {
			return 0;
		}
		Properties training = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			training.load(in);
		}
		try {
			return Integer.parseInt(training.getProperty(DECISIONS, "0").strip());
		} catch (NumberFormatException e) {
			throw new IOException(file + ": " + DECISIONS + " is not a number: " + training.getProperty(DECISIONS), e);
		}
	}

	/**
	 * The annotator's decisions in a document that the recommender learns from: entity mentions and events accepted
	 * or rejected.
	 */
	public static int decisionsIn(Document document) {
		int count = 0;
		for (Annotation annotation : document.getAnnotations()) {
			AnnotationStatus status = annotation.getStatus();
			if ((status == AnnotationStatus.ACCEPTED || status == AnnotationStatus.REJECTED)
					&& (RecommenderKind.ENTITIES.covers(annotation) || RecommenderKind.TRIGGERS.covers(annotation))) {
				count++;
			}
		}
		return count;
	}

	/** How many decisions the training documents held. */
	public int decisions() {
		return decisions;
	}

	/**
	 * Writes the models into the folder, each atomically; a kind without a model loses its old file. The count of
	 * decisions goes last, so that models saved only in part are retrained at the next chance.
	 */
	public void save(Path folder) throws IOException {
		Files.createDirectories(folder);
		for (RecommenderKind kind : RecommenderKind.values()) {
			TokenNameFinderModel model = models.get(kind);
			if (model == null) {
				Files.deleteIfExists(folder.resolve(kind.file));
			} else {
				AtomicFiles.replace(folder.resolve(kind.file), model::serialize);
			}
		}
		Properties training = new Properties();
		training.setProperty(DECISIONS, Integer.toString(decisions));
		AtomicFiles.replace(folder.resolve(TRAINING_FILE), out -> training.store(out, "Decisions in the corpus when the recommender was trained"));
	}

	/** The schema type names the models can propose. */
	public Set<String> types() {
		Set<String> types = new TreeSet<>();
		for (TokenNameFinderModel model : models.values()) {
			for (String outcome : model.getNameFinderSequenceModel().getOutcomes()) {
				// BIO outcomes are TYPE-start, TYPE-cont and other.
				int dash = outcome.lastIndexOf('-');
				if (dash > 0) {
					types.add(outcome.substring(0, dash));
				}
			}
		}
		return types;
	}

	/** A new recommender for one thread. */
	public Recommender recommender() {
		return new Recommender(models);
	}

	private static TrainingParameters parameters() {
		TrainingParameters parameters = TrainingParameters.defaultParams();
		// A corpus under annotation is small: keep features seen once, which the default cutoff of 5 would drop.
		parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
		parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
		return parameters;
	}

	/** One sample per sentence of the document that has accepted annotations of the kind the tokens can represent. */
	static List<NameSample> samples(Document document, RecommenderKind kind) {
		List<Annotation> gold = document.getAnnotations().stream()
				.filter(annotation -> annotation.getStatus() == AnnotationStatus.ACCEPTED && kind.covers(annotation)
						&& annotation.getSpans().size() == 1)
				.sorted(Comparator.comparingInt((Annotation annotation) -> annotation.getSpans().get(0).getBegin())
						.thenComparing(Comparator.comparingInt((Annotation annotation) -> annotation.getSpans().get(0).getEnd()).reversed()))
				.toList();
		List<NameSample> samples = new ArrayList<>();
		for (TokenizedSentence sentence : TokenizedSentence.of(document.getText())) {
			List<Span> names = new ArrayList<>();
			int covered = -1;
			for (Annotation annotation : gold) {
				int first = sentence.tokenStartingAt(annotation.getSpans().get(0).getBegin());
				int last = sentence.tokenEndingAt(annotation.getSpans().get(0).getEnd());
				if (first >= 0 && last >= first && first > covered) {
					names.add(new Span(first, last + 1, annotation.getType().getName()));
					covered = last;
				}
			}
			if (!names.isEmpty()) {
				samples.add(new NameSample(sentence.words(), names.toArray(Span[]::new), samples.isEmpty()));
			}
		}
		return samples;
	}
}
