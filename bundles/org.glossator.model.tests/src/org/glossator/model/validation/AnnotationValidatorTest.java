package org.glossator.model.validation;

import static org.glossator.model.validation.AnnotationValidator.CONFIDENCE_OUT_OF_RANGE;
import static org.glossator.model.validation.AnnotationValidator.DANGLING_REFERENCE;
import static org.glossator.model.validation.AnnotationValidator.EMPTY_OR_REVERSED_SPAN;
import static org.glossator.model.validation.AnnotationValidator.END_TYPE_NOT_ALLOWED;
import static org.glossator.model.validation.AnnotationValidator.FILLER_TYPE_NOT_ALLOWED;
import static org.glossator.model.validation.AnnotationValidator.MISSING_SPAN;
import static org.glossator.model.validation.AnnotationValidator.RELATION_WITH_SPAN;
import static org.glossator.model.validation.AnnotationValidator.ROLE_CARDINALITY;
import static org.glossator.model.validation.AnnotationValidator.SPANS_OUT_OF_ORDER;
import static org.glossator.model.validation.AnnotationValidator.SPAN_OUTSIDE_TEXT;
import static org.glossator.model.validation.AnnotationValidator.UNDEFINED_ATTRIBUTE;
import static org.glossator.model.validation.AnnotationValidator.UNDEFINED_ROLE;
import static org.glossator.model.validation.AnnotationValidator.UNKNOWN_TYPE;
import static org.glossator.model.validation.AnnotationValidator.VALUE_NOT_ALLOWED;
import static org.glossator.model.validation.AnnotationValidator.WRONG_TYPE_KIND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.ETypedElement;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
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
import org.glossator.model.GlossatorFactory;
import org.glossator.model.GlossatorPackage;
import org.glossator.model.Relation;
import org.glossator.model.RelationType;
import org.glossator.model.Role;
import org.glossator.model.Schema;
import org.glossator.model.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One valid document, then per rule the edge that is still valid and the change that breaks it.
 * The baseline must validate clean, so every positive test starts from zero findings.
 */
class AnnotationValidatorTest {

	private static final GlossatorFactory FACTORY = GlossatorFactory.eINSTANCE;

	private static final String TEXT = "Alice attacked Bob in Paris.\nACME sued Bob.";

	private ResourceSet resourceSet;
	private EntityType per;
	private EntityType org;
	private EntityType loc;
	private EventType attack;
	private RelationType locatedIn;
	private RelationType related;
	private Document document;
	private EntityMention alice;
	private EntityMention bob;
	private EntityMention paris;
	private EntityMention acme;
	private Event attacked;
	private Relation bobInParis;

	@BeforeEach
	void buildValidDocument() {
		resourceSet = new ResourceSetImpl();
		Schema schema = FACTORY.createSchema();
		per = entityType("PER");
		per.getAttributes().add(attributeDefinition("negated", "yes", "no"));
		per.getAttributes().add(attributeDefinition("note"));
		org = entityType("ORG");
		loc = entityType("LOC");
		schema.getEntityTypes().addAll(List.of(per, org, loc));
		attack = FACTORY.createEventType();
		attack.setName("Attack");
		attack.getRoles().add(role("Attacker", 1, 1, per, org));
		attack.getRoles().add(role("Target", 0, -1));
		attack.getRoles().add(role("Place", 0, 1, loc));
		schema.getEventTypes().add(attack);
		locatedIn = relationType("Located_in");
		locatedIn.getSourceTypes().addAll(List.of(per, org));
		locatedIn.getTargetTypes().add(loc);
		related = relationType("Related");
		schema.getRelationTypes().addAll(List.of(locatedIn, related));
		addToResource("schema.xmi", schema);

		document = newDocument("doc.glossator");
		alice = mention("T1", per, "Alice");
		alice.setConfidence(0.0);
		alice.getAttributes().add(attributeValue("negated", "no"));
		alice.getAttributes().add(attributeValue("note", "anything at all"));
		bob = mention("T2", per, "Bob");
		bob.setConfidence(1.0);
		paris = mention("T3", loc, "Paris");
		acme = mention("T4", org, "ACME");
		attacked = FACTORY.createEvent();
		attacked.setId("E1");
		attacked.setType(attack);
		attacked.getSpans().add(spanOf("attacked"));
		attacked.getArguments().add(argument("Attacker", alice));
		attacked.getArguments().add(argument("Target", bob));
		attacked.getArguments().add(argument("Place", paris));
		bobInParis = relation("R1", locatedIn, bob, paris);
		document.getAnnotations().addAll(List.of(alice, bob, paris, acme, attacked, bobInParis));
	}

	@Test
	void theBaselineIsValid() {
		Diagnostic result = AnnotationValidator.validate(document);
		assertEquals(Diagnostic.OK, result.getSeverity(), () -> messages(result));
		assertTrue(result.getChildren().isEmpty(), () -> messages(result));
	}

	@Test
	void messagesNameTheAnnotationItsTypeAndTheRule() {
		alice.getSpans().get(0).setEnd(TEXT.length() + 1);
		assertEquals(List.of("Annotation T1 (PER): span 0-44 ends past the end of the text (length 43) [span-outside-text]"),
				messagesOf(SPAN_OUTSIDE_TEXT));
	}

	@Test
	void findingsCarryTheAnnotationAndTheCulpritAsData() {
		Span span = alice.getSpans().get(0);
		span.setBegin(-2);
		Diagnostic finding = findings(SPAN_OUTSIDE_TEXT).get(0);
		assertEquals(List.of(alice, span), finding.getData());
		assertEquals(Diagnostic.ERROR, finding.getSeverity());
	}

	// span-outside-text

	@Test
	void aSpanMayEndExactlyAtTheEndOfTheText() {
		document.getAnnotations().add(mention("T9", loc, "Bob."));
		assertEquals(TEXT.length(), document.getAnnotations().get(6).getSpans().get(0).getEnd());
		assertNoFinding(SPAN_OUTSIDE_TEXT);
	}

	@Test
	void aSpanPastTheEndOfTheTextIsAnIntegrityError() {
		bob.getSpans().get(0).setEnd(100);
		assertEquals(1, findings(SPAN_OUTSIDE_TEXT).size());
		assertTrue(AnnotationValidator.isIntegrityError(findings(SPAN_OUTSIDE_TEXT).get(0)));
	}

	@Test
	void aSpanBeforeTheStartOfTheTextIsReported() {
		bob.getSpans().get(0).setBegin(-1);
		assertTrue(messagesOf(SPAN_OUTSIDE_TEXT).get(0).contains("span -1-42 starts before the start of the text"));
	}

	@Test
	void withoutTheTextTheEndOfASpanCannotBeChecked() {
		document.setText(null);
		bob.getSpans().get(0).setEnd(100);
		assertNoFinding(SPAN_OUTSIDE_TEXT);
	}

	// empty-or-reversed-span

	@Test
	void aOneCharacterSpanIsNotEmpty() {
		alice.getSpans().get(0).setEnd(1);
		assertNoFinding(EMPTY_OR_REVERSED_SPAN);
	}

	@Test
	void anEmptySpanIsReported() {
		alice.getSpans().get(0).setEnd(0);
		assertEquals(List.of("Annotation T1 (PER): span 0-0 is empty [empty-or-reversed-span]"), messagesOf(EMPTY_OR_REVERSED_SPAN));
	}

	@Test
	void aReversedSpanIsReported() {
		bob.getSpans().get(0).setEnd(30);
		assertTrue(messagesOf(EMPTY_OR_REVERSED_SPAN).get(0).contains("span 39-30 ends before it begins"));
	}

	// spans-out-of-order

	@Test
	void discontinuousSpansMayTouchOrHaveGaps() {
		acme.getSpans().clear();
		acme.getSpans().addAll(List.of(span(0, 5), span(5, 6), span(15, 18)));
		assertNoFinding(SPANS_OUT_OF_ORDER);
	}

	@Test
	void overlappingSpansAreReported() {
		acme.getSpans().clear();
		acme.getSpans().addAll(List.of(span(0, 5), span(3, 8)));
		assertEquals(List.of("Annotation T4 (ORG): spans 0-5 and 3-8 overlap or are out of order [spans-out-of-order]"),
				messagesOf(SPANS_OUT_OF_ORDER));
	}

	@Test
	void spansOutOfTextOrderAreReported() {
		acme.getSpans().clear();
		acme.getSpans().addAll(List.of(span(15, 18), span(0, 5)));
		assertEquals(1, findings(SPANS_OUT_OF_ORDER).size());
	}

	// missing-span

	@Test
	void mentionsAndEventsWithSpansAreComplete() {
		assertNoFinding(MISSING_SPAN);
	}

	@Test
	void aMentionWithoutSpanIsReported() {
		acme.getSpans().clear();
		assertEquals(List.of("Annotation T4 (ORG): covers no text: it needs at least one span [missing-span]"), messagesOf(MISSING_SPAN));
	}

	@Test
	void anEventWithoutTriggerIsReported() {
		attacked.getSpans().clear();
		assertTrue(messagesOf(MISSING_SPAN).get(0).startsWith("Annotation E1 (Attack)"));
	}

	// relation-with-span

	@Test
	void relationsHaveNoSpans() {
		assertTrue(bobInParis.getSpans().isEmpty());
		assertNoFinding(RELATION_WITH_SPAN);
	}

	@Test
	void aRelationWithASpanIsReported() {
		bobInParis.getSpans().add(span(0, 5));
		assertEquals(List.of("Annotation R1 (Located_in): a relation covers no text, but it has span 0-5 [relation-with-span]"),
				messagesOf(RELATION_WITH_SPAN));
	}

	// unknown-type

	@Test
	void resolvedTypesAreKnown() {
		assertNoFinding(UNKNOWN_TYPE);
	}

	@Test
	void aMissingTypeIsAnIntegrityError() {
		acme.setType(null);
		assertEquals(List.of("Annotation T4 (no type): has no type [unknown-type]"), messagesOf(UNKNOWN_TYPE));
		assertTrue(AnnotationValidator.isIntegrityError(findings(UNKNOWN_TYPE).get(0)));
	}

	@Test
	void aTypeThatDoesNotResolveIsReportedByName() {
		EntityType unresolved = FACTORY.createEntityType();
		((InternalEObject) unresolved).eSetProxyURI(URI.createURI("schema.xmi#NOPE"));
		acme.setType(unresolved);
		assertEquals(List.of("Annotation T4 (NOPE): type NOPE is not defined in the schema [unknown-type]"), messagesOf(UNKNOWN_TYPE));
	}

	// wrong-type-kind

	@Test
	void eachKindOfAnnotationHasItsKindOfType() {
		assertNoFinding(WRONG_TYPE_KIND);
	}

	@Test
	void aMentionWithAnEventTypeIsReported() {
		acme.setType(attack);
		assertEquals(List.of("Annotation T4 (Attack): type Attack is not an entity type [wrong-type-kind]"), messagesOf(WRONG_TYPE_KIND));
	}

	@Test
	void aRelationWithAnEntityTypeIsReported() {
		bobInParis.setType(loc);
		assertTrue(messagesOf(WRONG_TYPE_KIND).get(0).contains("type LOC is not a relation type"));
	}

	@Test
	void anEventWithARelationTypeIsReported() {
		attacked.setType(related);
		assertTrue(messagesOf(WRONG_TYPE_KIND).get(0).contains("type Related is not an event type"));
	}

	// undefined-role

	@Test
	void rolesOfTheEventTypeAreDefined() {
		assertNoFinding(UNDEFINED_ROLE);
	}

	@Test
	void aRoleTheEventTypeLacksIsReported() {
		attacked.getArguments().add(argument("Victim", acme));
		assertEquals(List.of("Annotation E1 (Attack): role Victim is not defined by event type Attack [undefined-role]"),
				messagesOf(UNDEFINED_ROLE));
	}

	// filler-type-not-allowed

	@Test
	void aRoleWithoutFillerTypesTakesAnyType() {
		attacked.getArguments().add(argument("Target", paris));
		attacked.getArguments().add(argument("Target", bobInParis));
		assertNoFinding(FILLER_TYPE_NOT_ALLOWED);
	}

	@Test
	void aFillerOfAnotherTypeIsReported() {
		attacked.getArguments().get(2).setFiller(acme);
		assertEquals(List.of("Annotation E1 (Attack): argument Place is filled by Annotation T4 (ORG), but the role allows only [LOC] [filler-type-not-allowed]"),
				messagesOf(FILLER_TYPE_NOT_ALLOWED));
	}

	// role-cardinality

	@Test
	void cardinalityWithinBoundsIsValid() {
		attacked.getArguments().add(argument("Target", acme));
		attacked.getArguments().add(argument("Target", paris));
		assertNoFinding(ROLE_CARDINALITY);
	}

	@Test
	void tooFewArgumentsAreAWarning() {
		attacked.getArguments().remove(0);
		Diagnostic finding = findings(ROLE_CARDINALITY).get(0);
		assertEquals(Diagnostic.WARNING, finding.getSeverity());
		assertEquals("Annotation E1 (Attack): role Attacker needs at least 1 argument(s), but has 0 [role-cardinality]", finding.getMessage());
	}

	@Test
	void tooManyArgumentsAreAnError() {
		attacked.getArguments().add(argument("Attacker", acme));
		Diagnostic finding = findings(ROLE_CARDINALITY).get(0);
		assertEquals(Diagnostic.ERROR, finding.getSeverity());
		assertTrue(finding.getMessage().contains("role Attacker allows at most 1 argument(s), but has 2"));
	}

	// dangling-reference

	@Test
	void referencesWithinTheDocumentAreFine() {
		assertNoFinding(DANGLING_REFERENCE);
	}

	@Test
	void aFillerInAnotherDocumentIsAnIntegrityError() {
		Document other = newDocument("other.glossator");
		EntityMention stranger = mention("T1", per, "Alice");
		other.getAnnotations().add(stranger);
		attacked.getArguments().get(0).setFiller(stranger);
		assertEquals(List.of("Annotation E1 (Attack): argument Attacker refers to T1, which is not in this document [dangling-reference]"),
				messagesOf(DANGLING_REFERENCE));
		assertTrue(AnnotationValidator.isIntegrityError(findings(DANGLING_REFERENCE).get(0)));
	}

	@Test
	void aMissingRelationEndIsReported() {
		bobInParis.setTarget(null);
		assertEquals(List.of("Annotation R1 (Located_in): target refers to no annotation [dangling-reference]"), messagesOf(DANGLING_REFERENCE));
	}

	@Test
	void anUnresolvedFillerIsReported() {
		EntityMention unresolved = FACTORY.createEntityMention();
		((InternalEObject) unresolved).eSetProxyURI(URI.createURI("elsewhere.glossator#T7"));
		attacked.getArguments().get(1).setFiller(unresolved);
		assertTrue(messagesOf(DANGLING_REFERENCE).get(0).contains("argument Target refers to T7, which is not in this document"));
	}

	// end-type-not-allowed

	@Test
	void aRelationTypeWithoutEndTypesLinksAnyTypes() {
		document.getAnnotations().add(relation("R2", related, paris, attacked));
		assertNoFinding(END_TYPE_NOT_ALLOWED);
	}

	@Test
	void aSourceOfAnotherTypeIsReported() {
		bobInParis.setSource(paris);
		assertEquals(List.of("Annotation R1 (Located_in): source Annotation T3 (LOC) is not one of the allowed source types [PER, ORG] [end-type-not-allowed]"),
				messagesOf(END_TYPE_NOT_ALLOWED));
	}

	@Test
	void aTargetOfAnotherTypeIsReported() {
		bobInParis.setTarget(acme);
		assertTrue(messagesOf(END_TYPE_NOT_ALLOWED).get(0).contains("target Annotation T4 (ORG) is not one of the allowed target types [LOC]"));
	}

	// undefined-attribute

	@Test
	void attributesOfTheTypeAreDefined() {
		assertNoFinding(UNDEFINED_ATTRIBUTE);
	}

	@Test
	void anAttributeTheTypeLacksIsReported() {
		acme.getAttributes().add(attributeValue("negated", "yes"));
		assertEquals(List.of("Annotation T4 (ORG): attribute negated is not defined by type ORG [undefined-attribute]"),
				messagesOf(UNDEFINED_ATTRIBUTE));
	}

	// value-not-allowed

	@Test
	void anAttributeWithoutValueSetTakesFreeText() {
		alice.getAttributes().get(1).setValue("¿qué? — 任何");
		assertNoFinding(VALUE_NOT_ALLOWED);
	}

	@Test
	void aValueOutsideTheValueSetIsReported() {
		alice.getAttributes().get(0).setValue("maybe");
		assertEquals(List.of("Annotation T1 (PER): attribute negated has value 'maybe', not one of [yes, no] [value-not-allowed]"),
				messagesOf(VALUE_NOT_ALLOWED));
	}

	// confidence-out-of-range

	@ParameterizedTest
	@ValueSource(doubles = { 0.0, 0.5, 1.0 })
	void confidenceWithinTheUnitIntervalIsValid(double confidence) {
		acme.setConfidence(confidence);
		assertNoFinding(CONFIDENCE_OUT_OF_RANGE);
	}

	@ParameterizedTest
	@ValueSource(doubles = { -0.1, 1.5, Double.NaN })
	void confidenceOutsideTheUnitIntervalIsReported(double confidence) {
		acme.setConfidence(confidence);
		assertEquals(List.of("Annotation T4 (ORG): confidence " + confidence + " is outside [0, 1] [confidence-out-of-range]"),
				messagesOf(CONFIDENCE_OUT_OF_RANGE));
	}

	// integrity errors and EMF's own checks

	@Test
	void integrityErrorsAreOnlyTheFindingsThatBreakTheDocument() {
		bob.getSpans().get(0).setEnd(100);
		alice.getAttributes().get(0).setValue("maybe");
		attacked.getArguments().add(argument("Victim", acme));
		List<Diagnostic> errors = AnnotationValidator.integrityErrors(AnnotationValidator.validate(document));
		assertEquals(List.of(SPAN_OUTSIDE_TEXT), errors.stream().map(Diagnostic::getCode).toList());
	}

	@Test
	void emfBasicChecksStillRun() {
		acme.setId("T1");
		attacked.getArguments().get(0).setRole(null);
		Diagnostic result = AnnotationValidator.validate(document);
		List<Integer> emfCodes = flatten(result).stream()
				.filter(finding -> EObjectValidator.DIAGNOSTIC_SOURCE.equals(finding.getSource()))
				.map(Diagnostic::getCode)
				.toList();
		assertTrue(emfCodes.contains(EObjectValidator.EOBJECT__UNIQUE_ID), () -> messages(result));
		assertTrue(emfCodes.contains(EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS), () -> messages(result));
	}

	// EMF's basic constraints, which the validator checks itself with EMF's source, codes and messages

	@Test
	void aDuplicateIdCollidesWithTheFirstAnnotationOfThatId() {
		paris.setId("T1");
		acme.setId("T1");
		List<Diagnostic> duplicates = emfFindings(EObjectValidator.EOBJECT__UNIQUE_ID);
		assertEquals(List.of("The ID 'T1' of 'Annotation T1 (LOC)' collides with that of 'Annotation T1 (PER)'",
				"The ID 'T1' of 'Annotation T1 (ORG)' collides with that of 'Annotation T1 (PER)'"),
				duplicates.stream().map(Diagnostic::getMessage).toList());
		assertEquals(List.of(paris, alice, "T1"), duplicates.get(0).getData());
		assertEquals(Diagnostic.ERROR, duplicates.get(0).getSeverity());
		assertFalse(AnnotationValidator.isIntegrityError(duplicates.get(0)));
	}

	@Test
	void idsAreUniqueAcrossKindsOfAnnotation() {
		attacked.setId("T2");
		assertEquals(List.of("The ID 'T2' of 'Annotation T2 (Attack)' collides with that of 'Annotation T2 (PER)'"),
				emfMessages(EObjectValidator.EOBJECT__UNIQUE_ID));
	}

	@Test
	void aMissingIdIsReported() {
		acme.setId(null);
		Diagnostic finding = emfFindings(EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS).get(0);
		assertEquals("The required feature 'id' of 'Annotation null (ORG)' must be set", finding.getMessage());
		assertEquals(List.of(acme, GlossatorPackage.Literals.ANNOTATION__ID), finding.getData());
	}

	@Test
	void aMissingTypeIsAlsoAnUnsetRequiredFeature() {
		acme.setType(null);
		assertEquals(List.of("The required feature 'type' of 'Annotation T4 (no type)' must be set"),
				emfMessages(EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS));
	}

	@Test
	void aTypeThatDoesNotResolveIsAnUnresolvedProxy() {
		EntityType unresolved = FACTORY.createEntityType();
		((InternalEObject) unresolved).eSetProxyURI(URI.createURI("schema.xmi#NOPE"));
		acme.setType(unresolved);
		Diagnostic finding = emfFindings(EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES).get(0);
		assertEquals("The feature 'type' of 'Annotation T4 (NOPE)' contains an unresolved proxy '"
				+ EcoreUtil.getIdentification(unresolved) + "'", finding.getMessage());
		assertEquals(List.of(acme, GlossatorPackage.Literals.ANNOTATION__TYPE, unresolved), finding.getData());
	}

	@Test
	void aTypeInNoResourceIsADanglingReference() {
		EntityType loose = entityType("LOOSE");
		acme.setType(loose);
		assertEquals(List.of("The feature 'type' of 'Annotation T4 (LOOSE)' contains a dangling reference '" + EcoreUtil.getIdentification(loose) + "'"),
				emfMessages(EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED));
	}

	@Test
	void aMissingRoleIsReported() {
		Argument argument = attacked.getArguments().get(0);
		argument.setRole(null);
		Diagnostic finding = emfFindings(EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS).get(0);
		assertEquals("The required feature 'role' of '" + EcoreUtil.getIdentification(argument) + "' must be set", finding.getMessage());
		assertEquals(List.of(argument, GlossatorPackage.Literals.ARGUMENT__ROLE), finding.getData());
	}

	@Test
	void aMissingFillerIsReported() {
		Argument argument = attacked.getArguments().get(1);
		argument.setFiller(null);
		assertEquals(List.of("The required feature 'filler' of '" + EcoreUtil.getIdentification(argument) + "' must be set"),
				emfMessages(EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS));
	}

	@Test
	void aFillerThatDoesNotResolveIsAnUnresolvedProxy() {
		EntityMention unresolved = FACTORY.createEntityMention();
		((InternalEObject) unresolved).eSetProxyURI(URI.createURI("elsewhere.glossator#T7"));
		Argument argument = attacked.getArguments().get(1);
		argument.setFiller(unresolved);
		Diagnostic finding = emfFindings(EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES).get(0);
		assertEquals("The feature 'filler' of '" + EcoreUtil.getIdentification(argument) + "' contains an unresolved proxy 'Annotation null (no type)'",
				finding.getMessage());
		assertEquals(List.of(argument, GlossatorPackage.Literals.ARGUMENT__FILLER, unresolved), finding.getData());
	}

	@Test
	void aFillerInNoResourceIsADanglingReference() {
		Argument argument = attacked.getArguments().get(0);
		argument.setFiller(mention("T9", per, "Alice"));
		assertEquals(List.of("The feature 'filler' of '" + EcoreUtil.getIdentification(argument) + "' contains a dangling reference 'Annotation T9 (PER)'"),
				emfMessages(EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED));
	}

	@Test
	void aFillerInAnotherDocumentIsNoConcernOfEmf() {
		Document other = newDocument("other.glossator");
		EntityMention stranger = mention("T1", per, "Alice");
		other.getAnnotations().add(stranger);
		attacked.getArguments().get(0).setFiller(stranger);
		assertEquals(List.of(), emfMessages(EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED));
		assertEquals(1, findings(DANGLING_REFERENCE).size());
	}

	@Test
	void missingRelationEndsAreReported() {
		bobInParis.setSource(null);
		bobInParis.setTarget(null);
		assertEquals(List.of("The required feature 'source' of 'Annotation R1 (Located_in)' must be set",
				"The required feature 'target' of 'Annotation R1 (Located_in)' must be set"),
				emfMessages(EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS));
	}

	@Test
	void relationEndsThatDoNotResolveOrAreInNoResourceAreReported() {
		EntityMention unresolved = FACTORY.createEntityMention();
		((InternalEObject) unresolved).eSetProxyURI(URI.createURI("elsewhere.glossator#T8"));
		bobInParis.setSource(unresolved);
		bobInParis.setTarget(mention("T9", loc, "Paris"));
		assertEquals(List.of("The feature 'source' of 'Annotation R1 (Located_in)' contains an unresolved proxy 'Annotation null (no type)'"),
				emfMessages(EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES));
		assertEquals(List.of("The feature 'target' of 'Annotation R1 (Located_in)' contains a dangling reference 'Annotation T9 (LOC)'"),
				emfMessages(EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED));
	}

	@Test
	void aMissingAttributeNameIsReported() {
		AttributeValue attribute = alice.getAttributes().get(1);
		attribute.setName(null);
		Diagnostic finding = emfFindings(EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS).get(0);
		assertEquals("The required feature 'name' of '" + EcoreUtil.getIdentification(attribute) + "' must be set", finding.getMessage());
		assertEquals(List.of(attribute, GlossatorPackage.Literals.ATTRIBUTE_VALUE__NAME), finding.getData());
	}

	@Test
	void aDocumentNeedsItsTextPathAndHash() {
		document.setTextPath(null);
		document.setTextHash(null);
		String label = EcoreUtil.getIdentification(document);
		assertEquals(List.of("The required feature 'textPath' of '" + label + "' must be set", "The required feature 'textHash' of '" + label + "' must be set"),
				emfMessages(EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS));
	}

	@Test
	void outsideAResourceNeitherIdsNorResourcesOfReferencesAreChecked() {
		document.eResource().getContents().clear();
		acme.setId("T1");
		attacked.getArguments().get(0).setFiller(mention("T9", per, "Alice"));
		assertEquals(List.of(), emfFindings(EObjectValidator.EOBJECT__UNIQUE_ID));
		assertEquals(List.of(), emfFindings(EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED));
		assertEquals(1, findings(DANGLING_REFERENCE).size(), "the filler is still not in the document");
	}

	@Test
	void findingsAreTheChildrenOfOneDiagnosisOfTheDocumentInDocumentOrder() {
		bob.setId("T1");
		bob.getAttributes().add(attributeValue(null, "x"));
		bob.setConfidence(2.0);
		acme.setType(null);
		Diagnostic result = AnnotationValidator.validate(document);
		assertEquals(EObjectValidator.DIAGNOSTIC_SOURCE, result.getSource());
		assertEquals("Diagnosis of " + EcoreUtil.getIdentification(document), result.getMessage());
		assertEquals(List.of(document), result.getData());
		assertEquals(Diagnostic.ERROR, result.getSeverity());
		// Per annotation EMF's findings, the validator's, then EMF's on its attributes and arguments.
		assertEquals(List.of("emf " + EObjectValidator.EOBJECT__UNIQUE_ID, "glossator " + UNDEFINED_ATTRIBUTE, "glossator " + CONFIDENCE_OUT_OF_RANGE,
				"emf " + EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS, "emf " + EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS,
				"glossator " + UNKNOWN_TYPE),
				result.getChildren().stream().map(finding -> (EObjectValidator.DIAGNOSTIC_SOURCE.equals(finding.getSource()) ? "emf " : "glossator ")
						+ finding.getCode()).toList(), () -> messages(result));
		assertTrue(result.getChildren().stream().allMatch(finding -> finding.getChildren().isEmpty()));
	}

	/**
	 * The validator checks the EMF constraints that can fail on this model by hand; a change to the model that adds
	 * one more (a required feature, a bound, an opposite, a key, a data type with facets) must change it too.
	 */
	@Test
	void theModelHasNoOtherBasicConstraintsOnADocument() {
		GlossatorPackage model = GlossatorPackage.eINSTANCE;
		List<EClass> documentClasses = List.of(model.getDocument(), model.getEntityMention(), model.getEvent(), model.getRelation(),
				model.getSpan(), model.getAttributeValue(), model.getArgument());
		Set<String> required = new TreeSet<>();
		for (EClass documentClass : documentClasses) {
			for (EStructuralFeature feature : documentClass.getEAllStructuralFeatures()) {
				if (feature.getLowerBound() > 0) {
					required.add(feature.getEContainingClass().getName() + "." + feature.getName());
					assertFalse(feature.isMany(), feature.getName());
				}
				assertTrue(feature.isMany() ? feature.getUpperBound() == ETypedElement.UNBOUNDED_MULTIPLICITY : feature.getUpperBound() == 1, feature.getName());
				assertFalse(feature.isUnsettable(), feature.getName());
				if (feature instanceof EReference reference) {
					assertNull(reference.getEOpposite(), reference.getName());
					assertTrue(reference.getEKeys().isEmpty(), reference.getName());
				} else {
					EDataType type = ((EAttribute) feature).getEAttributeType();
					assertTrue(type instanceof EEnum || type.getEPackage() == EcorePackage.eINSTANCE, feature.getName());
				}
			}
		}
		assertEquals(Set.of("Document.textPath", "Document.textHash", "Annotation.id", "Annotation.type", "Relation.source", "Relation.target",
				"AttributeValue.name", "Argument.role", "Argument.filler"), required);
		assertEquals(List.of(model.getAnnotation_Id()), documentClasses.stream().map(EClass::getEIDAttribute).filter(Objects::nonNull).distinct().toList());
	}

	@Test
	void aLargeDocumentIsCheckedInOnePass() {
		// One by one: EMF's addAll of a list this long checks it for duplicates quadratically.
		for (int i = 1; i <= 100_000; i++) {
			document.getAnnotations().add(mention("T" + (100 + i), per, "Alice"));
		}
		document.getAnnotations().add(mention("T50000", org, "ACME"));
		// Quadratic work on 100,000 ids would take minutes.
		List<String> duplicates = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> emfMessages(EObjectValidator.EOBJECT__UNIQUE_ID));
		assertEquals(List.of("The ID 'T50000' of 'Annotation T50000 (ORG)' collides with that of 'Annotation T50000 (PER)'"), duplicates);
	}

	// helpers

	private List<Diagnostic> findings(int code) {
		return flatten(AnnotationValidator.validate(document)).stream()
				.filter(finding -> AnnotationValidator.DIAGNOSTIC_SOURCE.equals(finding.getSource()) && finding.getCode() == code)
				.toList();
	}

	private List<Diagnostic> emfFindings(int code) {
		return AnnotationValidator.validate(document).getChildren().stream()
				.filter(finding -> EObjectValidator.DIAGNOSTIC_SOURCE.equals(finding.getSource()) && finding.getCode() == code)
				.toList();
	}

	private List<String> emfMessages(int code) {
		return emfFindings(code).stream().map(Diagnostic::getMessage).toList();
	}

	private List<String> messagesOf(int code) {
		return findings(code).stream().map(Diagnostic::getMessage).toList();
	}

	private void assertNoFinding(int code) {
		Diagnostic result = AnnotationValidator.validate(document);
		assertTrue(findings(code).isEmpty(), () -> messages(result));
	}

	private static List<Diagnostic> flatten(Diagnostic diagnostic) {
		List<Diagnostic> all = new ArrayList<>();
		for (Diagnostic child : diagnostic.getChildren()) {
			all.add(child);
			all.addAll(flatten(child));
		}
		return all;
	}

	private static String messages(Diagnostic diagnostic) {
		return flatten(diagnostic).stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n"));
	}

	private void addToResource(String name, EObject root) {
		Resource resource = new ResourceImpl(URI.createURI(name));
		resourceSet.getResources().add(resource);
		resource.getContents().add(root);
	}

	private Document newDocument(String name) {
		Document created = FACTORY.createDocument();
		created.setTextPath("doc.txt");
		created.setTextHash("0".repeat(64));
		created.setText(TEXT);
		addToResource(name, created);
		return created;
	}

	private static EntityType entityType(String name) {
		EntityType type = FACTORY.createEntityType();
		type.setName(name);
		return type;
	}

	private static RelationType relationType(String name) {
		RelationType type = FACTORY.createRelationType();
		type.setName(name);
		return type;
	}

	private static AttributeDefinition attributeDefinition(String name, String... values) {
		AttributeDefinition definition = FACTORY.createAttributeDefinition();
		definition.setName(name);
		definition.getValues().addAll(List.of(values));
		return definition;
	}

	private static AttributeValue attributeValue(String name, String value) {
		AttributeValue attribute = FACTORY.createAttributeValue();
		attribute.setName(name);
		attribute.setValue(value);
		return attribute;
	}

	private static Role role(String name, int minOccurs, int maxOccurs, AnnotationType... fillerTypes) {
		Role role = FACTORY.createRole();
		role.setName(name);
		role.setMinOccurs(minOccurs);
		role.setMaxOccurs(maxOccurs);
		role.getFillerTypes().addAll(List.of(fillerTypes));
		return role;
	}

	private static Span span(int begin, int end) {
		Span span = FACTORY.createSpan();
		span.setBegin(begin);
		span.setEnd(end);
		return span;
	}

	/** The last occurrence, so that "Bob" is the second Bob and "Bob." ends the text. */
	private static Span spanOf(String covered) {
		int begin = TEXT.lastIndexOf(covered);
		return span(begin, begin + covered.length());
	}

	private static EntityMention mention(String id, EntityType type, String covered) {
		EntityMention mention = FACTORY.createEntityMention();
		mention.setId(id);
		mention.setType(type);
		mention.getSpans().add(spanOf(covered));
		return mention;
	}

	private static Argument argument(String role, Annotation filler) {
		Argument argument = FACTORY.createArgument();
		argument.setRole(role);
		argument.setFiller(filler);
		return argument;
	}

	private static Relation relation(String id, RelationType type, Annotation source, Annotation target) {
		Relation relation = FACTORY.createRelation();
		relation.setId(id);
		relation.setType(type);
		relation.setSource(source);
		relation.setTarget(target);
		return relation;
	}
}
