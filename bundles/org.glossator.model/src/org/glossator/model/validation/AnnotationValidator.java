package org.glossator.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
 * Checks annotations against their document's text and their schema.
 * <p>
 * Every finding has {@link #DIAGNOSTIC_SOURCE} as source, one of the code constants
 * below as code, the annotation (and the offending span, argument or attribute) as
 * data, and a message that names the annotation and ends with the rule's key:
 * {@code Annotation T3 (PER): span 12-40 ends past the end of the text (length 30) [span-outside-text]}.
 * Rules on offsets are skipped while the document's text is not loaded.
 * <p>
 * Beside these rules run those of EMF's basic constraints ({@link EObjectValidator}) that
 * can fail in this model, with EMF's source, codes, messages and data: required features
 * unset, references to proxies that did not resolve, references to objects in no resource,
 * duplicate annotation ids (the first annotation in document order keeps its id and each later one is reported,
 * wherever the document lives; EMF reported the earlier ones in a resource that indexes ids). They are checked here directly rather than by EMF's reflective
 * walk over every feature of every object, which took most of the time of loading a large
 * document. The others cannot fail on a document: its classes have no bounded or required
 * many-valued features, no opposites, keys or maps, and no data types with facets.
 */
public final class AnnotationValidator {

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

	private AnnotationValidator() {
	}

	/**
	 * Validates a document and everything it contains. The result is a root diagnostic
	 * about the document (as EMF's {@code Diagnostician} makes it) whose children are the
	 * findings, in document order: per annotation EMF's findings, then this validator's,
	 * then EMF's on the annotation's attributes and arguments.
	 */
	public static Diagnostic validate(Document document) {
		return new Validation(document).run();
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

	/**
	 * One pass over a document's annotations. A document without findings costs a few field reads per
	 * object and one array for the ids: messages are only built for findings.
	 */
	private static final class Validation {

		private final Document document;
		private final BasicDiagnostic findings;
		private final String text;
		/** Without a resource, EMF checks neither that ids are unique nor that referenced objects are in a resource. */
		private final boolean inResource;
		private final FirstById ids;

		Validation(Document document) {
			this.document = document;
			this.findings = new BasicDiagnostic(EObjectValidator.DIAGNOSTIC_SOURCE, 0,
					EcorePlugin.INSTANCE.getString("_UI_DiagnosticRoot_diagnostic", new Object[] { EcoreUtil.getIdentification(document) }),
					new Object[] { document });
			this.text = document.getText();
			this.inResource = document.eResource() != null;
			this.ids = new FirstById(document.getAnnotations());
		}

		Diagnostic run() {
			requireSet(document.getTextPath(), GlossatorPackage.Literals.DOCUMENT__TEXT_PATH, document);
			requireSet(document.getTextHash(), GlossatorPackage.Literals.DOCUMENT__TEXT_HASH, document);
			List<Annotation> annotations = document.getAnnotations();
			for (int i = 0, size = annotations.size(); i < size; i++) {
				Annotation annotation = annotations.get(i);
				checkBasics(annotation, i);
				checkSpans(annotation);
				AnnotationType type = checkType(annotation);
				if (type != null) {
					checkAttributes(annotation, type);
				}
				if (annotation instanceof Event event) {
					checkArguments(event, (EventType) type);
				} else if (annotation instanceof Relation relation) {
					RelationType relationType = (RelationType) type;
					checkEnd(relation, "source", relation.getSource(), relationType == null ? List.of() : relationType.getSourceTypes());
					checkEnd(relation, "target", relation.getTarget(), relationType == null ? List.of() : relationType.getTargetTypes());
				}
				checkConfidence(annotation);
				checkBasicsOfParts(annotation);
			}
			return findings;
		}

		// EMF's basic constraints, in the order EMF checks them

		/** @param index the annotation's place in the document */
		private void checkBasics(Annotation annotation, int index) {
			String id = annotation.getId();
			requireSet(id, GlossatorPackage.Literals.ANNOTATION__ID, annotation);
			AnnotationType type = annotation.getType();
			requireSet(type, GlossatorPackage.Literals.ANNOTATION__TYPE, annotation);
			Annotation source = null;
			Annotation target = null;
			if (annotation instanceof Relation relation) {
				source = relation.getSource();
				target = relation.getTarget();
				requireSet(source, GlossatorPackage.Literals.RELATION__SOURCE, relation);
				requireSet(target, GlossatorPackage.Literals.RELATION__TARGET, relation);
			}
			requireResolved(type, GlossatorPackage.Literals.ANNOTATION__TYPE, annotation);
			requireResolved(source, GlossatorPackage.Literals.RELATION__SOURCE, annotation);
			requireResolved(target, GlossatorPackage.Literals.RELATION__TARGET, annotation);
			requireInResource(type, GlossatorPackage.Literals.ANNOTATION__TYPE, annotation);
			requireInResource(source, GlossatorPackage.Literals.RELATION__SOURCE, annotation);
			requireInResource(target, GlossatorPackage.Literals.RELATION__TARGET, annotation);
			if (id != null && inResource) {
				Annotation first = ids.putIfAbsent(id, index);
				if (first != null) {
					emfFinding(EObjectValidator.EOBJECT__UNIQUE_ID, "_UI_DuplicateID_diagnostic",
							new Object[] { id, objectLabel(annotation), objectLabel(first) }, new Object[] { annotation, first, id });
				}
			}
		}

		/** EMF validates the annotation's contents after it: spans have no constraints, attributes and arguments do. */
		private void checkBasicsOfParts(Annotation annotation) {
			List<AttributeValue> attributes = attributesOf(annotation);
			for (int i = 0, size = attributes.size(); i < size; i++) {
				AttributeValue attribute = attributes.get(i);
				requireSet(attribute.getName(), GlossatorPackage.Literals.ATTRIBUTE_VALUE__NAME, attribute);
			}
			if (annotation instanceof Event event) {
				List<Argument> arguments = argumentsOf(event);
				for (int i = 0, size = arguments.size(); i < size; i++) {
					Argument argument = arguments.get(i);
					Annotation filler = argument.getFiller();
					requireSet(argument.getRole(), GlossatorPackage.Literals.ARGUMENT__ROLE, argument);
					requireSet(filler, GlossatorPackage.Literals.ARGUMENT__FILLER, argument);
					requireResolved(filler, GlossatorPackage.Literals.ARGUMENT__FILLER, argument);
					requireInResource(filler, GlossatorPackage.Literals.ARGUMENT__FILLER, argument);
				}
			}
		}

		private void requireSet(Object value, EStructuralFeature feature, EObject owner) {
			if (value == null) {
				emfFinding(EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS, "_UI_RequiredFeatureMustBeSet_diagnostic",
						new Object[] { feature.getName(), objectLabel(owner) }, new Object[] { owner, feature });
			}
		}

		/** The getters have tried to resolve the proxy already; one that is still a proxy points nowhere. */
		private void requireResolved(EObject referenced, EStructuralFeature feature, EObject owner) {
			if (referenced != null && referenced.eIsProxy()) {
				emfFinding(EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES, "_UI_UnresolvedProxy_diagnostic",
						new Object[] { feature.getName(), objectLabel(owner), objectLabel(referenced) },
						new Object[] { owner, feature, referenced });
			}
		}

		/** A reference to an object in no resource would be lost on saving. */
		private void requireInResource(EObject referenced, EStructuralFeature feature, EObject owner) {
			if (inResource && referenced != null && referenced.eContainer() != document && !referenced.eIsProxy()
					&& referenced.eResource() == null) {
				emfFinding(EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED, "_UI_DanglingReference_diagnostic",
						new Object[] { feature.getName(), objectLabel(owner), objectLabel(referenced) },
						new Object[] { owner, feature, referenced });
			}
		}

		private void emfFinding(int code, String messageKey, Object[] substitutions, Object[] data) {
			findings.add(new BasicDiagnostic(Diagnostic.ERROR, EObjectValidator.DIAGNOSTIC_SOURCE, code,
					EcorePlugin.INSTANCE.getString(messageKey, substitutions), data));
		}

		// this validator's rules

		private void checkSpans(Annotation annotation) {
			List<Span> spans = spansOf(annotation);
			int size = spans.size();
			if (annotation instanceof Relation) {
				if (size > 0) {
					report(annotation, Diagnostic.ERROR, RELATION_WITH_SPAN, "a relation covers no text, but it has span " + range(spans.get(0)), spans.get(0));
				}
				return;
			}
			if (size == 0) {
				report(annotation, Diagnostic.ERROR, MISSING_SPAN, "covers no text: it needs at least one span", annotation);
			}
			Span previous = null;
			for (int i = 0; i < size; i++) {
				Span span = spans.get(i);
				int begin = span.getBegin();
				int end = span.getEnd();
				if (begin == end) {
					report(annotation, Diagnostic.ERROR, EMPTY_OR_REVERSED_SPAN, "span " + range(span) + " is empty", span);
				} else if (begin > end) {
					report(annotation, Diagnostic.ERROR, EMPTY_OR_REVERSED_SPAN, "span " + range(span) + " ends before it begins", span);
				}
				if (begin < 0) {
					report(annotation, Diagnostic.ERROR, SPAN_OUTSIDE_TEXT, "span " + range(span) + " starts before the start of the text", span);
				} else if (text != null && end > text.length()) {
					report(annotation, Diagnostic.ERROR, SPAN_OUTSIDE_TEXT, "span " + range(span) + " ends past the end of the text (length " + text.length() + ")", span);
				}
				if (previous != null && begin < previous.getEnd()) {
					report(annotation, Diagnostic.ERROR, SPANS_OUT_OF_ORDER, "spans " + range(previous) + " and " + range(span) + " overlap or are out of order", span);
				}
				previous = span;
			}
		}

		/** @return the type if it resolved and is of the right kind, else null */
		private AnnotationType checkType(Annotation annotation) {
			AnnotationType type = annotation.getType();
			if (type == null) {
				report(annotation, Diagnostic.ERROR, UNKNOWN_TYPE, "has no type", annotation);
				return null;
			}
			if (type.eIsProxy()) {
				report(annotation, Diagnostic.ERROR, UNKNOWN_TYPE, "type " + typeName(type) + " is not defined in the schema", annotation);
				return null;
			}
			String expected = annotation instanceof EntityMention ? (type instanceof EntityType ? null : "an entity type")
					: annotation instanceof Event ? (type instanceof EventType ? null : "an event type")
					: (type instanceof RelationType ? null : "a relation type");
			if (expected != null) {
				report(annotation, Diagnostic.ERROR, WRONG_TYPE_KIND, "type " + type.getName() + " is not " + expected, annotation);
				return null;
			}
			return type;
		}

		private void checkAttributes(Annotation annotation, AnnotationType type) {
			List<AttributeValue> values = attributesOf(annotation);
			for (int i = 0, size = values.size(); i < size; i++) {
				AttributeValue value = values.get(i);
				AttributeDefinition definition = named(type.getAttributes(), AttributeDefinition::getName, value.getName());
				if (definition == null) {
					report(annotation, Diagnostic.ERROR, UNDEFINED_ATTRIBUTE, "attribute " + value.getName() + " is not defined by type " + type.getName(), value);
				} else if (!definition.getValues().isEmpty() && !definition.getValues().contains(value.getValue())) {
					report(annotation, Diagnostic.ERROR, VALUE_NOT_ALLOWED, "attribute " + value.getName() + " has value '" + value.getValue()
							+ "', not one of " + definition.getValues(), value);
				}
			}
		}

		private void checkArguments(Event event, EventType type) {
			List<Argument> arguments = argumentsOf(event);
			for (int i = 0, size = arguments.size(); i < size; i++) {
				Argument argument = arguments.get(i);
				Annotation filler = argument.getFiller();
				boolean fillerInDocument = isInDocument(event, filler, argument, null);
				if (type == null) {
					continue;
				}
				Role role = named(type.getRoles(), Role::getName, argument.getRole());
				if (role == null) {
					report(event, Diagnostic.ERROR, UNDEFINED_ROLE, "role " + argument.getRole() + " is not defined by event type " + type.getName(), argument);
				} else if (fillerInDocument && !isAllowed(filler.getType(), role.getFillerTypes())) {
					report(event, Diagnostic.ERROR, FILLER_TYPE_NOT_ALLOWED, "argument " + role.getName() + " is filled by " + label(filler)
							+ ", but the role allows only " + typeNames(role.getFillerTypes()), argument);
				}
			}
			if (type == null) {
				return;
			}
			List<Role> roles = type.getRoles();
			for (int r = 0, roleCount = roles.size(); r < roleCount; r++) {
				Role role = roles.get(r);
				int count = 0;
				for (int i = 0, size = arguments.size(); i < size; i++) {
					if (Objects.equals(role.getName(), arguments.get(i).getRole())) {
						count++;
					}
				}
				if (count < role.getMinOccurs()) {
					// Warning only: annotators build an event one argument at a time.
					report(event, Diagnostic.WARNING, ROLE_CARDINALITY, "role " + role.getName() + " needs at least " + role.getMinOccurs()
							+ " argument(s), but has " + count, event);
				} else if (role.getMaxOccurs() >= 0 && count > role.getMaxOccurs()) {
					report(event, Diagnostic.ERROR, ROLE_CARDINALITY, "role " + role.getName() + " allows at most " + role.getMaxOccurs()
							+ " argument(s), but has " + count, event);
				}
			}
		}

		private void checkEnd(Relation relation, String end, Annotation endpoint, List<? extends AnnotationType> allowedTypes) {
			if (isInDocument(relation, endpoint, relation, end) && !isAllowed(endpoint.getType(), allowedTypes)) {
				report(relation, Diagnostic.ERROR, END_TYPE_NOT_ALLOWED, end + " " + label(endpoint) + " is not one of the allowed " + end
						+ " types " + typeNames(allowedTypes), relation);
			}
		}

		/**
		 * Reports a reference to no annotation or to one outside this document.
		 *
		 * @param culprit the argument, or the relation whose {@code end} it is
		 * @return whether the referenced annotation is present and in this document
		 */
		private boolean isInDocument(Annotation annotation, Annotation referenced, EObject culprit, String end) {
			if (referenced == null) {
				report(annotation, Diagnostic.ERROR, DANGLING_REFERENCE, referenceName(culprit, end) + " refers to no annotation", culprit);
				return false;
			}
			if (referenced.eContainer() != document || referenced.eIsProxy()) {
				String id = referenced.eIsProxy() ? ((InternalEObject) referenced).eProxyURI().fragment() : referenced.getId();
				report(annotation, Diagnostic.ERROR, DANGLING_REFERENCE, referenceName(culprit, end) + " refers to " + id
						+ ", which is not in this document", culprit);
				return false;
			}
			return true;
		}

		private void checkConfidence(Annotation annotation) {
			Double confidence = annotation.getConfidence();
			if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
				report(annotation, Diagnostic.ERROR, CONFIDENCE_OUT_OF_RANGE, "confidence " + confidence + " is outside [0, 1]", annotation);
			}
		}

		private void report(Annotation annotation, int severity, int code, String detail, EObject culprit) {
			String message = label(annotation) + ": " + detail + " [" + ruleKey(code) + "]";
			findings.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, message, new Object[] { annotation, culprit }));
		}
	}

	/**
	 * The first annotation with each id, in an open-addressing table: one array for a whole
	 * document where a map would allocate an entry per annotation. A slot holds an id's hash
	 * code and its annotation's index, so that a probe reads one slot, not another annotation.
	 */
	private static final class FirstById {

		private final List<Annotation> annotations;
		private final long[] slots;
		private final int mask;
		private final int shift;

		FirstById(List<Annotation> annotations) {
			this.annotations = annotations;
			// At most half full, so that probe sequences stay short.
			int bits = 32 - Integer.numberOfLeadingZeros(Math.max(annotations.size(), 1)) + 1;
			slots = new long[1 << bits];
			mask = slots.length - 1;
			shift = 32 - bits;
		}

		/**
		 * @param index the annotation's place in the list
		 * @return the annotation that had the id first, or null if this one does and is now recorded
		 */
		Annotation putIfAbsent(String id, int index) {
			int hash = id.hashCode();
			// Ids like T1, T2, ... have consecutive hash codes; multiplying by the golden ratio spreads them over
			// the table instead of filling runs of neighbouring slots that later ids must probe through.
			for (int i = hash * 0x9E3779B9 >>> shift;; i = i + 1 & mask) {
				long slot = slots[i];
				if (slot == 0) {
					slots[i] = (long) hash << 32 | index + 1L;
					return null;
				}
				if ((int) (slot >>> 32) == hash) {
					Annotation present = annotations.get((int) slot - 1);
					if (id.equals(present.getId())) {
						return present;
					}
				}
			}
		}
	}

	// The model makes a list when it is first read. Reading through eIsSet does not leave an empty list in
	// memory on each of the many annotations without attributes, relations without spans, events without arguments.

	private static List<Span> spansOf(Annotation annotation) {
		return annotation.eIsSet(GlossatorPackage.Literals.ANNOTATION__SPANS) ? annotation.getSpans() : List.of();
	}

	private static List<AttributeValue> attributesOf(Annotation annotation) {
		return annotation.eIsSet(GlossatorPackage.Literals.ANNOTATION__ATTRIBUTES) ? annotation.getAttributes() : List.of();
	}

	private static List<Argument> argumentsOf(Event event) {
		return event.eIsSet(GlossatorPackage.Literals.EVENT__ARGUMENTS) ? event.getArguments() : List.of();
	}

	/** "argument Agent", or the end of a relation: named only for a finding. */
	private static String referenceName(EObject culprit, String end) {
		return culprit instanceof Argument argument ? "argument " + argument.getRole() : end;
	}

	/** How EMF's messages name an object; the validator's own name annotations by {@link #label}. */
	private static String objectLabel(EObject object) {
		return object instanceof Annotation annotation ? label(annotation) : EcoreUtil.getIdentification(object);
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

	/** The first of a schema's roles or attribute definitions with the name, or null. */
	private static <T> T named(List<T> candidates, Function<T, String> nameOf, String name) {
		for (int i = 0, size = candidates.size(); i < size; i++) {
			if (Objects.equals(nameOf.apply(candidates.get(i)), name)) {
				return candidates.get(i);
			}
		}
		return null;
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
