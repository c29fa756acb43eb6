package org.glossator.uima.engines;

import org.glossator.model.Annotation;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;

/**
 * The two sequence models of the recommender. Event triggers get a model of their own: a trigger may overlap an
 * entity ("airstrikes" inside "Russian airstrikes"), which one name finder, tagging each token once, cannot learn.
 */
enum RecommenderKind {

	ENTITIES("entities.bin"), TRIGGERS("triggers.bin");

	final String file;

	RecommenderKind(String file) {
		this.file = file;
	}

	boolean covers(Annotation annotation) {
		return this == ENTITIES ? annotation instanceof EntityMention : annotation instanceof Event;
	}
}
