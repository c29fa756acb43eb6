package org.glossator.uima.engines;

/** A stretch of text the recommender would annotate, with the model's probability for it. */
public record Recommendation(int begin, int end, String type, double probability) {
}
