package org.glossator.uima.engines;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Document;
import org.glossator.uima.engine.EngineDescriptor;

/**
 * Retrains the recommender from a whole corpus: on demand, or before a run once the annotators made
 * {@value RecommenderAnnotator#PARAM_RETRAIN_AFTER_DECISIONS} new decisions since the models were trained (the count
 * at training time is saved with the models). Documents are read from the store; those it had not loaded before are
 * unloaded again. A document that cannot be read is left out and named in the result.
 */
public final class RecommenderRetraining {

	/**
	 * What a check or retraining found.
	 *
	 * @param decisions the decisions in the corpus's readable documents
	 * @param retrained the model folders that got new models
	 * @param unreadable the messages of documents left out
	 */
	public record Result(int decisions, List<Path> retrained, List<String> unreadable) {
	}

	private RecommenderRetraining() {
	}

	/**
	 * Retrains the models of each recommender among the engines whose count of new decisions reached its
	 * {@value RecommenderAnnotator#PARAM_RETRAIN_AFTER_DECISIONS}; does nothing (not even read the corpus) when the
	 * engines hold no recommender.
	 *
	 * @param engines engines as a corpus pipeline gives them, model folders resolved
	 */
	public static Result retrainIfDue(CorpusStore store, List<EngineDescriptor> engines, IProgressMonitor monitor)
			throws IOException {
		List<EngineDescriptor> recommenders = engines.stream()
				.filter(engine -> engine.componentClass() == RecommenderAnnotator.class
						&& engine.parameters().get(RecommenderAnnotator.PARAM_MODELS) != null)
				.toList();
		if (recommenders.isEmpty()) {
			return new Result(0, List.of(), List.of());
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Checking whether the recommender is due for retraining", 2);
		List<String> unreadable = new ArrayList<>();
		Set<Document> loaded = new HashSet<>();
		try {
			List<Document> documents = read(store, loaded, unreadable, progress.split(1));
			int decisions = documents.stream().mapToInt(RecommenderModels::decisionsIn).sum();
			List<Path> retrained = new ArrayList<>();
			RecommenderModels models = null;
			for (EngineDescriptor recommender : recommenders) {
				Path folder = Path.of(recommender.parameters().get(RecommenderAnnotator.PARAM_MODELS));
				int threshold = threshold(recommender);
				if (threshold > 0 && decisions - RecommenderModels.decisionsSaved(folder) >= threshold) {
					progress.subTask("Retraining the recommender on " + decisions + " decisions");
					if (models == null) {
						models = RecommenderModels.train(documents);
					}
					models.save(folder);
					retrained.add(folder);
				}
			}
			progress.worked(1);
			return new Result(decisions, retrained, unreadable);
		} finally {
			loaded.forEach(store::unload);
		}
	}

	/** Trains the recommender on every readable document of the corpus and saves the models into the folder. */
	public static Result retrain(CorpusStore store, Path modelFolder, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Retraining the recommender", 3);
		List<String> unreadable = new ArrayList<>();
		Set<Document> loaded = new HashSet<>();
		try {
			List<Document> documents = read(store, loaded, unreadable, progress.split(1));
			progress.subTask("Training on the accepted annotations of " + documents.size() + " documents");
			RecommenderModels models = RecommenderModels.train(documents);
			progress.worked(1);
			models.save(modelFolder);
			progress.worked(1);
			return new Result(models.decisions(), List.of(modelFolder), unreadable);
		} finally {
			loaded.forEach(store::unload);
		}
	}

	private static int threshold(EngineDescriptor recommender) {
		String value = recommender.parameters().getOrDefault(RecommenderAnnotator.PARAM_RETRAIN_AFTER_DECISIONS,
				RecommenderAnnotator.DEFAULT_RETRAIN_AFTER_DECISIONS);
		try {
			return Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("Engine " + recommender.id() + ": " + RecommenderAnnotator.PARAM_RETRAIN_AFTER_DECISIONS
					+ " needs a whole number, not '" + value + "'", e);
		}
	}

	/** The readable documents of a corpus; those the store had not loaded go into {@code loaded}, for unloading. */
	static List<Document> read(CorpusStore store, Set<Document> loaded, List<String> unreadable, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, store.textFiles().size());
		List<Document> documents = new ArrayList<>();
		for (Path text : store.textFiles()) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			String name = text.getFileName().toString();
			boolean wasLoaded = store.corpus().getDocuments().stream().anyMatch(document -> document.getTextPath().equals(name));
			try {
				Document document = store.load(text);
				documents.add(document);
				if (!wasLoaded) {
					loaded.add(document);
				}
			} catch (CorpusException e) {
				unreadable.add(e.getMessage());
			}
			progress.worked(1);
		}
		return documents;
	}
}
