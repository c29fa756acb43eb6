package org.glossator.uima.ui.proposals;

import java.util.Objects;
import java.util.function.Predicate;

import org.glossator.core.edit.AnnotationCommands;
import org.glossator.core.edit.TextRange;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AnnotationType;

/**
 * Which pending proposals a review step is about: of a type or all, from an engine or all, with at least a
 * confidence, inside a stretch of text or anywhere. The Proposals view lists what it selects and the threshold
 * dialog decides on it, so both agree on what a filter means.
 *
 * @param type the type, or null for all
 * @param engine the origin (engine id), or null for all
 * @param minConfidence 0 for any proposal, with or without a confidence; above 0, only proposals whose engine gave
 *            at least that (as {@link AnnotationCommands#withConfidenceAtLeast} selects)
 * @param within the text range, or null for the whole document
 */
public record ProposalFilter(AnnotationType type, String engine, double minConfidence, TextRange within) implements Predicate<Annotation> {

	public static final ProposalFilter ALL = new ProposalFilter(null, null, 0, null);

	@Override
	public boolean test(Annotation annotation) {
		return annotation.getStatus() == AnnotationStatus.PROPOSED
				&& (type == null || AnnotationCommands.ofType(type).test(annotation))
				&& (engine == null || Objects.equals(engine, annotation.getOrigin()))
				&& (minConfidence <= 0 || AnnotationCommands.withConfidenceAtLeast(minConfidence).test(annotation))
				&& (within == null || AnnotationCommands.within(within).test(annotation));
	}
}
