package org.glossator.uima.engines;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** Finds what the {@link RecommenderModels} would annotate in a text; one per thread, as OpenNLP's finders are not thread-safe. */
public final class Recommender {

	private final Map<RecommenderKind, NameFinderME> finders = new EnumMap<>(RecommenderKind.class);

	Recommender(Map<RecommenderKind, TokenNameFinderModel> models) {
		models.forEach((kind, model) -> finders.put(kind, new NameFinderME(model)));
	}

	/** Entity mentions and event triggers of one document's text, with the probabilities of their tags. */
	public List<Recommendation> recommend(String text) {
		List<Recommendation> recommendations = new ArrayList<>();
		List<TokenizedSentence> sentences = TokenizedSentence.of(text);
		for (NameFinderME finder : finders.values()) {
			// Adaptive features remember earlier sentences of the same document only.
			finder.clearAdaptiveData();
			for (TokenizedSentence sentence : sentences) {
				for (Span name : finder.find(sentence.words())) {
					recommendations.add(new Recommendation(sentence.tokens()[name.getStart()].getStart(),
							sentence.tokens()[name.getEnd() - 1].getEnd(), name.getType(), name.getProb()));
				}
			}
		}
		return recommendations;
	}
}
