package org.glossator.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.glossator.io.LossReport;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Argument;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.Relation;
import org.glossator.model.validation.AnnotationValidator;

/**
 * What every export writes: the accepted annotations. A dataset must not present a
 * proposal or a rejection as an annotator's decision, so the others stay out, and so do
 * the links to them; each is reported. So is the provenance of accepted annotations
 * (origin, confidence), which none of the built-in formats carries.
 */
public final class AcceptedAnnotations {

	public static final String NOT_ACCEPTED = "not accepted (only accepted annotations are written)";

	private AcceptedAnnotations() {
	}

	/** The accepted annotations in document order, without relations that link an annotation left out. */
	public static List<Annotation> of(Document document, String documentName, LossReport report) {
		List<Annotation> accepted = new ArrayList<>();
		for (Annotation annotation : document.getAnnotations()) {
			if (isWritten(annotation, documentName, report)) {
				accepted.add(annotation);
			}
		}
		return accepted;
	}

	/**
	 * Whether an export writes the annotation: it is accepted and, a relation, links accepted ends. Reports what of it
	 * is not written (the annotation, its origin and confidence, arguments filled by annotations left out).
	 */
	public static boolean isWritten(Annotation annotation, String documentName, LossReport report) {
		// Mentions are most annotations: asked first, they skip the other kinds' checks, since a failed check
		// against an interface costs a search of the class's interfaces.
		boolean mention = annotation instanceof EntityMention;
		// Labels only for losses: building one for every annotation costs more than the checks on a large document.
		if (!isAccepted(annotation)) {
			report.add(documentName, AnnotationValidator.label(annotation) + " " + annotation.getStatus().getLiteral(), NOT_ACCEPTED);
			return false;
		}
		if (!mention && annotation instanceof Relation relation && !(isAccepted(relation.getSource()) && isAccepted(relation.getTarget()))) {
			report.add(documentName, AnnotationValidator.label(annotation), "relation with an end not accepted");
			return false;
		}
		if (!"human".equals(annotation.getOrigin())) {
			report.add(documentName, AnnotationValidator.label(annotation) + " " + annotation.getOrigin(), "origin");
		}
		if (annotation.getConfidence() != null) {
			report.add(documentName, AnnotationValidator.label(annotation) + " " + annotation.getConfidence(), "confidence");
		}
		if (!mention && annotation instanceof Event event) {
			List<Argument> arguments = event.getArguments();
			for (int i = 0; i < arguments.size(); i++) { // by index: no iterator per event
				Argument argument = arguments.get(i);
				if (!isAccepted(argument.getFiller())) {
					report.add(documentName, AnnotationValidator.label(event) + " argument " + argument.getRole(),
							"argument filled by an annotation not accepted");
				}
			}
		}
		return true;
	}

	/** The arguments of an accepted event that an export writes. */
	public static List<Argument> arguments(Event event) {
		return event.getArguments().stream().filter(argument -> isAccepted(argument.getFiller())).toList();
	}

	private static boolean isAccepted(Annotation annotation) {
		return annotation.getStatus() == AnnotationStatus.ACCEPTED;
	}
}
