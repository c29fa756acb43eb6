package org.glossator.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.AttributeDefinition;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.GlossatorPackage;
import org.glossator.model.Relation;
import org.glossator.model.RelationType;
import org.glossator.model.Role;
import org.glossator.model.Span;

/**
 * Checks annotations against their document's text and their schema. It extends
 * {@link EObjectValidator} so that EMF's basic constraints (multiplicity, unresolved
 * proxies, unique IDs) keep running beside these rules.
 * <p>
 * Every finding has {@link #DIAGNOSTIC_SOURCE} as source, one of the code constants
 * below as code, the annotation (and the offending span, argument or attribute) as
 * data, and a message that names the annotation and ends with the rule's key:
 * {@code Annotation T3 (PER): span 12-40 ends past the end of the text (length 30) [span-outside-text]}.
 * Rules on offsets are skipped while the document's text is not loaded.
 */
public class AnnotationValidator extends EObjectValidator {

	public static final AnnotationValidator INSTANCE = new AnnotationValidator();

	public static final String DIAGNOSTIC_SOURCE = "org.glossator.model";

	/** A span starts before 0 or ends past the end of the text. Integrity error. */
	public static final int SPAN_OUTSIDE_TEXT = 1;
	/** A span's begin is not before its end. Integrity error. */
	public static final int EMPTY_OR_REVERSED_SPAN = 2;
	/** The fragments of a discontinuous annotation overlap or are not in text order. */
	public static final int SPANS_OUT_OF_ORDER = 3;
	/** An entity mention or event covers no text. */
	public static final int MISSING_SPAN = 4;
	/** A relation covers text; relations link annotations and have no spans. */
	public static final int RELATION_WITH_SPAN = 5;
	/** The type is missing or does not resolve into the schema. Integrity error. */
	public static final int UNKNOWN_TYPE = 6;
	/** The type is of the wrong kind, e.g. an event type on an entity mention. */
	public static final int WRONG_TYPE_KIND = 7;
	/** An argument's role is not one of its event type's roles. */
	public static final int UNDEFINED_ROLE = 8;
	/** An argument's filler has a type that its role does not allow. */
	public static final int FILLER_TYPE_NOT_ALLOWED = 9;
	/** An event has fewer (warning) or more (error) arguments in a role than the role allows. */
	public static final int ROLE_CARDINALITY = 10;
	/** An argument filler or relation end is missing or lies outside the document. Integrity error. */
	public static final int DANGLING_REFERENCE = 11;
	/** A relation's source or target has a type its relation type does not allow. */
	public static final int END_TYPE_NOT_ALLOWED = 12;
	/** An attribute value names an attribute its annotation's type does not define. */
	public static final int UNDEFINED_ATTRIBUTE = 13;
	/** An attribute value lies outside its definition's value set. */
	public static final int VALUE_NOT_ALLOWED = 14;
	/** A confidence outside [0, 1]. */
	public static final int CONFIDENCE_OUT_OF_RANGE = 15;

	/** Codes of findings that make a document unusable: the store refuses to load or save it. */
	private static final Set<Integer> INTEGRITY_ERRORS = Set.of(SPAN_OUTSIDE_TEXT, EMPTY_OR_REVERSED_SPAN,
			UNKNOWN_TYPE, DANGLING_REFERENCE);

	/**
	 * Validates a document and everything it contains with this validator alone, whatever
	 * is registered in {@link EValidator.Registry#INSTANCE}.
	 */
	public static Diagnostic validate(Document document) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(GlossatorPackage.eINSTANCE, INSTANCE);
		return new Diagnostician(registry) {
			@Override
			public String getObjectLabel(EObject eObject) {
				return eObject instanceof Annotation annotation ? label(annotation) : super.getObjectLabel(eObject);
			}
		}.validate(document);
	}

	/** Whether a finding is one of the integrity errors that stop a document from loading. */
	public static boolean isIntegrityError(Diagnostic diagnostic) {
		return DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) && INTEGRITY_ERRORS.contains(diagnostic.getCode());
	}

	/** The integrity errors among the findings of a validation, in document order. */
	public static List<Diagnostic> integrityErrors(Diagnostic validation) {
		List<Diagnostic> found = new ArrayList<>();
		collectIntegrityErrors(validation, found);
		return found;
	}

	private static void collectIntegrityErrors(Diagnostic diagnostic, List<Diagnostic> found) {
		if (isIntegrityError(diagnostic)) {
			found.add(diagnostic);
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collectIntegrityErrors(child, found);
		}
	}

	/** "Annotation T3 (PER)": how messages name an annotation. */
	public static String label(Annotation annotation) {
		return "Annotation " + annotation.getId() + " (" + typeName(annotation.getType()) + ")";
	}

	@Override
	protected EPackage getEPackage() {
		return GlossatorPackage.eINSTANCE;
	}

	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		// Enum values of the package come through here too; only objects have constraints.
		if (!(value instanceof EObject eObject)) {
			return true;
		}
		boolean valid = validate_EveryDefaultConstraint(eObject, diagnostics, context);
		if (eObject instanceof Annotation annotation && (valid || diagnostics != null)) {
			valid &= new AnnotationCheck(annotation, diagnostics).run();
		}
		return valid;
	}

	/** The rules for one annotation; collects findings until {@link #run()} returns. */
	private static final class AnnotationCheck {

		private final Annotation annotation;
		private final DiagnosticChain diagnostics;
		private final Document document;
		private boolean valid = true;

		AnnotationCheck(Annotation annotation, DiagnosticChain diagnostics) {
			this.annotation = annotation;
			this.diagnostics = diagnostics;
			this.document = annotation.eContainer() instanceof Document container ? container : null;
		}

		boolean run() {
			checkSpans();
			AnnotationType type = checkType();
			if (type != null) {
				checkAttributes(type);
			}
			if (annotation instanceof Event event) {
				checkArguments(event, (EventType) type);
			} else if (annotation instanceof Relation relation) {
				checkEnd(relation, "source", relation.getSource(), type == null ? List.of() : ((RelationType) type).getSourceTypes());
				checkEnd(relation, "target", relation.getTarget(), type == null ? List.of() : ((RelationType) type).getTargetTypes());
			}
			checkConfidence();
			return valid;
		}

		private void checkSpans() {
			List<Span> spans = annotation.getSpans();
			if (annotation instanceof Relation) {
				if (!spans.isEmpty()) {
					report(Diagnostic.ERROR, RELATION_WITH_SPAN, "a relation covers no text, but it has span " + range(spans.get(0)), spans.get(0));
				}
				return;
			}
			if (spans.isEmpty()) {
				report(Diagnostic.ERROR, MISSING_SPAN, "covers no text: it needs at least one span", annotation);
			}
			String text = document == null ? null : document.getText();
			Span previous = null;
			for (Span span : spans) {
				if (span.getBegin() == span.getEnd()) {
					report(Diagnostic.ERROR, EMPTY_OR_REVERSED_SPAN, "span " + range(span) + " is empty", span);
				} else if (span.getBegin() > span.getEnd()) {
					report(Diagnostic.ERROR, EMPTY_OR_REVERSED_SPAN, "span " + range(span) + " ends before it begins", span);
				}
				if (span.getBegin() < 0) {
					report(Diagnostic.ERROR, SPAN_OUTSIDE_TEXT, "span " + range(span) + " starts before the start of the text", span);
				} else if (text != null && span.getEnd() > text.length()) {
					report(Diagnostic.ERROR, SPAN_OUTSIDE_TEXT, "span " + range(span) + " ends past the end of the text (length " + text.length() + ")", span);
				}
				if (previous != null && span.getBegin() < previous.getEnd()) {
					report(Diagnostic.ERROR, SPANS_OUT_OF_ORDER, "spans " + range(previous) + " and " + range(span) + " overlap or are out of order", span);
				}
				previous = span;
			}
		}

		/** @return the type if it resolved and is of the right kind, else null */
		private AnnotationType checkType() {
			AnnotationType type = annotation.getType();
			if (type == null) {
				report(Diagnostic.ERROR, UNKNOWN_TYPE, "has no type", annotation);
				return null;
			}
			if (type.eIsProxy()) {
				report(Diagnostic.ERROR, UNKNOWN_TYPE, "type " + typeName(type) + " is not defined in the schema", annotation);
				return null;
			}
			String expected = annotation instanceof EntityMention ? (type instanceof EntityType ? null : "an entity type")
					: annotation instanceof Event ? (type instanceof EventType ? null : "an event type")
					: (type instanceof RelationType ? null : "a relation type");
			if (expected != null) {
				report(Diagnostic.ERROR, WRONG_TYPE_KIND, "type " + type.getName() + " is not " + expected, annotation);
				return null;
			}
			return type;
		}

		private void checkAttributes(AnnotationType type) {
			for (AttributeValue value : annotation.getAttributes()) {
				AttributeDefinition definition = type.getAttributes().stream()
						.filter(candidate -> Objects.equals(candidate.getName(), value.getName()))
						.findFirst()
						.orElse(null);
				if (definition == null) {
					report(Diagnostic.ERROR, UNDEFINED_ATTRIBUTE, "attribute " + value.getName() + " is not defined by type " + type.getName(), value);
				} else if (!definition.getValues().isEmpty() && !definition.getValues().contains(value.getValue())) {
					report(Diagnostic.ERROR, VALUE_NOT_ALLOWED, "attribute " + value.getName() + " has value '" + value.getValue()
							+ "', not one of " + definition.getValues(), value);
				}
			}
		}

		private void checkArguments(Event event, EventType type) {
			for (Argument argument : event.getArguments()) {
				Annotation filler = argument.getFiller();
				boolean fillerInDocument = checkReference("argument " + argument.getRole(), filler, argument);
				if (type == null) {
					continue;
				}
				Role role = role(type, argument.getRole());
				if (role == null) {
					report(Diagnostic.ERROR, UNDEFINED_ROLE, "role " + argument.getRole() + " is not defined by event type " + type.getName(), argument);
				} else if (fillerInDocument && !isAllowed(filler.getType(), role.getFillerTypes())) {
					report(Diagnostic.ERROR, FILLER_TYPE_NOT_ALLOWED, "argument " + role.getName() + " is filled by " + label(filler)
							+ ", but the role allows only " + typeNames(role.getFillerTypes()), argument);
				}
			}
			if (type == null) {
				return;
			}
			for (Role role : type.getRoles()) {
				long count = event.getArguments().stream().filter(argument -> Objects.equals(role.getName(), argument.getRole())).count();
				if (count < role.getMinOccurs()) {
					// Warning only: annotators build an event one argument at a time.
					report(Diagnostic.WARNING, ROLE_CARDINALITY, "role " + role.getName() + " needs at least " + role.getMinOccurs()
							+ " argument(s), but has " + count, annotation);
				} else if (role.getMaxOccurs() >= 0 && count > role.getMaxOccurs()) {
					report(Diagnostic.ERROR, ROLE_CARDINALITY, "role " + role.getName() + " allows at most " + role.getMaxOccurs()
							+ " argument(s), but has " + count, annotation);
				}
			}
		}

		private void checkEnd(Relation relation, String end, Annotation endpoint, List<? extends AnnotationType> allowedTypes) {
			if (checkReference(end, endpoint, relation) && !isAllowed(endpoint.getType(), allowedTypes)) {
				report(Diagnostic.ERROR, END_TYPE_NOT_ALLOWED, end + " " + label(endpoint) + " is not one of the allowed " + end
						+ " types " + typeNames(allowedTypes), relation);
			}
		}

		/** @return whether the referenced annotation is present and in this document */
		private boolean checkReference(String what, Annotation referenced, EObject culprit) {
			if (referenced == null) {
				report(Diagnostic.ERROR, DANGLING_REFERENCE, what + " refers to no annotation", culprit);
				return false;
			}
			if (referenced.eIsProxy() || document != null && referenced.eContainer() != document) {
				String id = referenced.eIsProxy() ? ((InternalEObject) referenced).eProxyURI().fragment() : referenced.getId();
				report(Diagnostic.ERROR, DANGLING_REFERENCE, what + " refers to " + id + ", which is not in this document", culprit);
				return false;
			}
			return true;
		}

		private void checkConfidence() {
			Double confidence = annotation.getConfidence();
			if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
				report(Diagnostic.ERROR, CONFIDENCE_OUT_OF_RANGE, "confidence " + confidence + " is outside [0, 1]", annotation);
			}
		}

		private void report(int severity, int code, String detail, EObject culprit) {
			valid = false;
			if (diagnostics != null) {
				String message = label(annotation) + ": " + detail + " [" + ruleKey(code) + "]";
				diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, message, new Object[] { annotation, culprit }));
			}
		}
	}

	private static String ruleKey(int code) {
		return switch (code) {
			case SPAN_OUTSIDE_TEXT -> "span-outside-text";
			case EMPTY_OR_REVERSED_SPAN -> "empty-or-reversed-span";
			case SPANS_OUT_OF_ORDER -> "spans-out-of-order";
			case MISSING_SPAN -> "missing-span";
			case RELATION_WITH_SPAN -> "relation-with-span";
			case UNKNOWN_TYPE -> "unknown-type";
			case WRONG_TYPE_KIND -> "wrong-type-kind";
			case UNDEFINED_ROLE -> "undefined-role";
			case FILLER_TYPE_NOT_ALLOWED -> "filler-type-not-allowed";
			case ROLE_CARDINALITY -> "role-cardinality";
			case DANGLING_REFERENCE -> "dangling-reference";
			case END_TYPE_NOT_ALLOWED -> "end-type-not-allowed";
			case UNDEFINED_ATTRIBUTE -> "undefined-attribute";
			case VALUE_NOT_ALLOWED -> "value-not-allowed";
			case CONFIDENCE_OUT_OF_RANGE -> "confidence-out-of-range";
			default -> throw new IllegalArgumentException("No rule has code " + code);
		};
	}

	private static Role role(EventType type, String name) {
		return type.getRoles().stream().filter(role -> Objects.equals(role.getName(), name)).findFirst().orElse(null);
	}

	/** Empty means any type; an unresolved type is reported on its own annotation, not here. */
	private static boolean isAllowed(AnnotationType type, List<? extends AnnotationType> allowed) {
		return allowed.isEmpty() || type == null || type.eIsProxy() || allowed.contains(type);
	}

	private static String typeName(AnnotationType type) {
		if (type == null) {
			return "no type";
		}
		return type.eIsProxy() ? ((InternalEObject) type).eProxyURI().fragment() : type.getName();
	}

	private static String typeNames(List<? extends AnnotationType> types) {
		return types.stream().map(AnnotationValidator::typeName).collect(Collectors.joining(", ", "[", "]"));
	}

	private static String range(Span span) {
		return span.getBegin() + "-" + span.getEnd();
	}
}
