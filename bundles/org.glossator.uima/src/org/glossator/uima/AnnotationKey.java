package org.glossator.uima;

import java.util.List;
import java.util.function.UnaryOperator;

import org.glossator.model.Annotation;
import org.glossator.model.AnnotationType;
import org.glossator.model.Relation;
import org.glossator.model.RelationType;

/**
 * What makes two annotations the same decision: type and spans, or for a relation type and ends. A symmetric
 * relation has two keys, one per direction; the first is the one to look up.
 */
record AnnotationKey(AnnotationType type, List<List<Integer>> spans, Annotation source, Annotation target) {

	static List<AnnotationKey> of(Annotation annotation) {
		return of(annotation, UnaryOperator.identity());
	}

	/** @param ends maps a relation's ends to the annotations they stand for */
	static List<AnnotationKey> of(Annotation annotation, UnaryOperator<Annotation> ends) {
		if (annotation instanceof Relation relation) {
			Annotation source = ends.apply(relation.getSource());
			Annotation target = ends.apply(relation.getTarget());
			AnnotationKey key = new AnnotationKey(relation.getType(), List.of(), source, target);
			return ((RelationType) relation.getType()).isSymmetric()
					? List.of(key, new AnnotationKey(relation.getType(), List.of(), target, source))
					: List.of(key);
		}
		List<List<Integer>> spans = annotation.getSpans().stream().map(span -> List.of(span.getBegin(), span.getEnd())).toList();
		return List.of(new AnnotationKey(annotation.getType(), spans, null, null));
	}
}
