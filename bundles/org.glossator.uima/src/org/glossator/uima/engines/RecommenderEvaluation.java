package org.glossator.uima.engines;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;

/**
 * How well the recommender does on a corpus, by k-fold cross-validation <em>by document</em>: each fold's
 * documents are annotated by models trained on the other folds' documents only, so a name repeated within a
 * document does not count as learnt. Gold are the accepted entity mentions and events; a proposal is right when it
 * has the gold annotation's type and exactly its span. Gold the tokens cannot represent counts as missed.
 */
public final class RecommenderEvaluation {

	private RecommenderEvaluation() {
	}

	/**
	 * A cross-validation of the recommender on a corpus.
	 *
	 * @param documents how many documents took part: those with accepted entity mentions or events
	 * @param folds how many folds they were cut into
	 * @param scores per schema type name, and {@code *} for all types together
	 * @param unreadable the messages of documents left out because they could not be read
	 */
	public record CrossValidation(int documents, int folds, Map<String, Score> scores, List<String> unreadable) {
	}

	/** The most folds {@link #crossValidate(CorpusStore, IProgressMonitor)} cuts a corpus into. */
	public static final int CORPUS_FOLDS = 5;

	/**
	 * Cross-validates the recommender on the documents of a corpus that hold accepted entity mentions or events (a
	 * document nobody annotated yet would count every right proposal as wrong), in {@value #CORPUS_FOLDS} folds or one
	 * per document when there are fewer; documents the store had not loaded are unloaded again.
	 *
	 * @throws IllegalArgumentException when fewer than two documents hold accepted annotations
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public static CrossValidation crossValidate(CorpusStore store, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Cross-validating the recommender", 1 + CORPUS_FOLDS);
		List<String> unreadable = new ArrayList<>();
		Set<Document> loaded = new HashSet<>();
		try {
			List<Document> documents = RecommenderRetraining.read(store, loaded, unreadable, progress.split(1)).stream()
					.filter(document -> document.getAnnotations().stream().anyMatch(RecommenderEvaluation::isGold))
					.toList();
			if (documents.size() < 2) {
				throw new IllegalArgumentException("Cross-validation needs at least two documents with accepted entity mentions or events; "
						+ store.folder().getFileName() + " has " + documents.size() + ".");
			}
			int folds = Math.min(CORPUS_FOLDS, documents.size());
			return new CrossValidation(documents.size(), folds, crossValidate(documents, folds, progress.split(CORPUS_FOLDS)), unreadable);
		} finally {
			loaded.forEach(store::unload);
		}
	}

	/** @return the score per schema type name, and {@code *} for all types together */
	public static Map<String, Score> crossValidate(List<Document> documents, int folds) throws IOException {
		return crossValidate(documents, folds, null);
	}

	private static Map<String, Score> crossValidate(List<Document> documents, int folds, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, folds);
		Map<String, Score> scores = new TreeMap<>();
		for (int fold = 0; fold < folds; fold++) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask("Fold " + (fold + 1) + " of " + folds + ": training on the other folds' documents");
			List<Document> training = new ArrayList<>();
			List<Document> test = new ArrayList<>();
			for (int i = 0; i < documents.size(); i++) {
				(i % folds == fold ? test : training).add(documents.get(i));
			}
			evaluate(RecommenderModels.train(training), test).forEach((type, score) -> scores.merge(type, score, Score::plus));
			progress.worked(1);
		}
		return scores;
	}

	/** Scores of models on documents they were not trained on: per schema type name, and {@code *} for all. */
	public static Map<String, Score> evaluate(RecommenderModels models, List<Document> test) {
		Recommender recommender = models.recommender();
		List<Mark> proposed = new ArrayList<>();
		List<Mark> gold = new ArrayList<>();
		for (int i = 0; i < test.size(); i++) {
			Document document = test.get(i);
			for (Recommendation recommendation : recommender.recommend(document.getText())) {
				proposed.add(new Mark(i, recommendation.type(), recommendation.begin(), recommendation.end()));
			}
			for (Annotation annotation : document.getAnnotations()) {
				if (isGold(annotation)) {
					gold.add(new Mark(i, annotation.getType().getName(), annotation.getSpans().get(0).getBegin(),
							annotation.getSpans().get(annotation.getSpans().size() - 1).getEnd()));
				}
			}
		}
		return score(proposed, gold);
	}

	private static boolean isGold(Annotation annotation) {
		return annotation.getStatus() == AnnotationStatus.ACCEPTED && !annotation.getSpans().isEmpty()
				&& (RecommenderKind.ENTITIES.covers(annotation) || RecommenderKind.TRIGGERS.covers(annotation));
	}

	/** Per type and in total ({@code *}): proposals that are gold, proposals that are not, gold not proposed. */
	public static Map<String, Score> score(List<Mark> proposed, List<Mark> gold) {
		Set<Mark> goldSet = new HashSet<>(gold);
		Set<Mark> proposedSet = new HashSet<>(proposed);
		Map<String, Score> scores = new TreeMap<>();
		for (Mark mark : proposedSet) {
			add(scores, mark.type(), goldSet.contains(mark) ? new Score(1, 0, 0) : new Score(0, 1, 0));
		}
		for (Mark mark : goldSet) {
			if (!proposedSet.contains(mark)) {
				add(scores, mark.type(), new Score(0, 0, 1));
			}
		}
		return scores;
	}

	private static void add(Map<String, Score> scores, String type, Score score) {
		scores.merge(type, score, Score::plus);
		scores.merge("*", score, Score::plus);
	}

	/** A typed stretch of one document (by its index among those evaluated). */
	public record Mark(int document, String type, int begin, int end) {
	}
}
