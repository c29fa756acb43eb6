package org.glossator.core.edit;

import static org.glossator.core.store.CorpusFixture.corpus;
import static org.glossator.core.store.CorpusFixture.covered;
import static org.glossator.core.store.CorpusFixture.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Argument;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.Relation;
import org.glossator.model.RelationType;
import org.glossator.model.Span;
import org.glossator.model.validation.AnnotationValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command does its edit, undo restores the exact state before, redo the exact state after. */
class AnnotationCommandsTest {

	private static final String TEXT = "Rebels attacked Homs on Monday. The army of Syria withdrew from Homs.";

	@TempDir
	Path folder;

	private CorpusStore store;
	private Document document;
	private AdapterFactoryEditingDomain domain;
	private CommandStack stack;
	private AnnotationCommands commands;
	private EntityType per;
	private EntityType org;
	private EntityType loc;
	private EventType attack;
	private RelationType locatedIn;
	private RelationType related;

	@BeforeEach
	void openDocument() throws Exception {
		store = CorpusStore.open(corpus(folder, "a.txt", TEXT));
		document = store.load(Path.of("a.txt"));
		domain = AnnotationEditingDomainFactory.create(store.resourceSet());
		stack = domain.getCommandStack();
		commands = new AnnotationCommands(domain);
		per = (EntityType) type(store, "PER");
		org = (EntityType) type(store, "ORG");
		loc = (EntityType) type(store, "LOC");
		attack = (EventType) type(store, "Attack");
		locatedIn = (RelationType) type(store, "Located_in");
		related = (RelationType) type(store, "Related");
	}

	@AfterEach
	void disposeDomain() {
		((ComposedAdapterFactory) domain.getAdapterFactory()).dispose();
	}

	@Test
	void createEntityMention() {
		EntityMention army = (EntityMention) checkUndoRedo(() -> commands.createEntityMention(document, org, List.of(range("army"), range("Syria"))),
				created -> {
					assertEquals(List.of(created), document.getAnnotations());
					assertEquals("army Syria", covered(document, created));
					assertSame(org, created.getType());
				});
		assertEquals("T1", army.getId());
		assertEquals("Create ORG mention", stack.getUndoCommand().getLabel());
	}

	@Test
	void createEvent() {
		Event event = (Event) checkUndoRedo(() -> commands.createEvent(document, attack, List.of(range("attacked"))),
				created -> assertEquals("attacked", covered(document, created)));
		assertEquals("E1", event.getId());
		assertSame(attack, event.getType());
	}

	@Test
	void createRelation() {
		Annotation army = mention(org, "army");
		Annotation homs = mention(loc, "Homs");
		Relation relation = (Relation) checkUndoRedo(() -> commands.createRelation(document, locatedIn, army, homs), created -> {
			assertSame(army, ((Relation) created).getSource());
			assertSame(homs, ((Relation) created).getTarget());
			assertTrue(created.getSpans().isEmpty());
		});
		assertEquals("R1", relation.getId());
	}

	@Test
	void idsAreUniquePerDocumentAndKindAndFollowTheHighest() {
		Annotation first = mention(per, "Rebels");
		Annotation second = mention(org, "army");
		Annotation third = mention(loc, "Syria");
		assertEquals(List.of("T1", "T2", "T3"), List.of(first.getId(), second.getId(), third.getId()));
		execute(commands.deleteAnnotation(second));
		assertEquals("T4", mention(loc, "Homs").getId());
		execute(commands.deleteAnnotation(document.getAnnotations().get(2)));
		assertEquals("T4", mention(loc, "Homs").getId(), "the highest number in use, plus one");
		assertEquals("E1", execute(commands.createEvent(document, attack, List.of(range("attacked")))).getId());
	}

	@Test
	void idsCountedAheadFollowUndoRedoAndBulkChangesExactly() {
		AnnotationCommands.countIds(document);
		Annotation first = mention(per, "Rebels");
		Annotation second = mention(org, "army");
		stack.undo();
		assertEquals("T2", mention(loc, "Syria").getId(), "after undo the undone number is free again");
		stack.undo();
		stack.redo();
		assertEquals("T3", mention(loc, "Homs").getId(), "redo brought T2 back");
		execute(commands.deleteAnnotation(first));
		stack.undo();
		assertEquals("T4", mention(per, "Monday").getId(), "the deleted T1 came back with undo");
		// As an import or a pipeline adds and removes many at once, with numbers out of order and twice.
		List<Annotation> batch = new ArrayList<>();
		for (String id : new String[] { "T40", "T7", "T40" }) {
			Annotation imported = EcoreUtil.copy(second);
			imported.setId(id);
			batch.add(imported);
		}
		document.getAnnotations().addAll(batch);
		assertEquals("T41", mention(loc, "Syria").getId());
		document.getAnnotations().removeAll(List.of(batch.get(0), document.getAnnotations().get(document.getAnnotations().size() - 1)));
		assertEquals("T41", mention(loc, "Homs").getId(), "one T40 is still in use");
		document.getAnnotations().removeAll(List.of(batch.get(2), document.getAnnotations().get(document.getAnnotations().size() - 1)));
		assertEquals("T8", mention(loc, "Homs").getId(), "T7 is the highest left");
		// A document changed whole (a restore): counted anew, as exactly.
		List<Annotation> many = new ArrayList<>();
		for (int i = 1; i <= 3_000; i++) {
			Annotation restored = EcoreUtil.copy(second);
			restored.setId("T" + (i == 2_000 ? 9_000 : i));
			many.add(restored);
		}
		List<Annotation> before = new ArrayList<>(document.getAnnotations());
		document.getAnnotations().addAll(many);
		Annotation afterMany = mention(loc, "Syria");
		assertEquals("T9001", afterMany.getId());
		many.add(afterMany);
		document.getAnnotations().removeAll(many);
		assertEquals("T9", mention(loc, "Homs").getId(), "the many gone again, T8 is the highest left");
		assertTrue(document.getAnnotations().containsAll(before));
	}

	@Test
	void idsThatAreNotALetterAndANumberDoNotCount() {
		Annotation imported = mention(per, "Rebels");
		// As an import may bring them: other digits, trailing letters, numbers too long for an int; and one that counts.
		Map<String, String> nextAfter = new LinkedHashMap<>();
		nextAfter.put("T\u0663\u0663", "T1");
		nextAfter.put("T77a", "T1");
		nextAfter.put("T12345678901", "T1");
		nextAfter.put("99", "T1");
		nextAfter.put("T007", "T8");
		nextAfter.forEach((id, next) -> {
			imported.setId(id);
			// taken out and put back, as undo and redo do, so that the document's ids are counted again
			document.getAnnotations().remove(imported);
			document.getAnnotations().add(0, imported);
			Annotation created = mention(loc, "Homs");
			assertEquals(next, created.getId(), "after " + id);
			document.getAnnotations().remove(created);
		});
	}

	@Test
	void creationsComposedBeforeExecutionGetDistinctIds() {
		CompoundCommand both = new CompoundCommand();
		both.append(commands.createEntityMention(document, per, List.of(range("Rebels"))));
		both.append(commands.createEntityMention(document, loc, List.of(range("Homs"))));
		stack.execute(both);
		assertEquals(List.of("T1", "T2"), document.getAnnotations().stream().map(Annotation::getId).toList());
	}

	@Test
	void deleteAnnotationTakesArgumentsAndRelationsThatPointAtIt() {
		Annotation rebels = mention(org, "Rebels");
		Annotation homs = mention(loc, "Homs");
		Event attacked = (Event) execute(commands.createEvent(document, attack, List.of(range("attacked"))));
		execute(commands.addArgument(attacked, "Attacker", rebels));
		execute(commands.addArgument(attacked, "Place", homs));
		Relation rebelsInHoms = (Relation) execute(commands.createRelation(document, locatedIn, rebels, homs));
		Relation aboutTheRelation = (Relation) execute(commands.createRelation(document, related, attacked, rebelsInHoms));
		Argument place = attacked.getArguments().get(1);

		checkUndoRedo(() -> commands.deleteAnnotation(rebels), result -> {
			assertEquals(List.of(homs, attacked), document.getAnnotations());
			assertEquals(List.of(place), attacked.getArguments());
		});
		stack.undo();
		assertSame(rebels, attacked.getArguments().get(0).getFiller());
		assertSame(rebels, rebelsInHoms.getSource());
		assertSame(rebelsInHoms, aboutTheRelation.getTarget());
		assertEquals(Diagnostic.OK, AnnotationValidator.validate(document).getSeverity());
		assertEquals("Delete T1", stack.getRedoCommand().getLabel());
	}

	@Test
	void addAndRemoveArgument() {
		Annotation rebels = mention(org, "Rebels");
		Event attacked = (Event) execute(commands.createEvent(document, attack, List.of(range("attacked"))));
		checkUndoRedo(() -> commands.addArgument(attacked, "Attacker", rebels), argument -> {
			assertEquals(1, attacked.getArguments().size());
			assertEquals("Attacker", attacked.getArguments().get(0).getRole());
			assertSame(rebels, attacked.getArguments().get(0).getFiller());
		});
		Argument attacker = attacked.getArguments().get(0);
		checkUndoRedo(() -> commands.removeArgument(attacker), removed -> assertTrue(attacked.getArguments().isEmpty()));
		assertSame(document, rebels.eContainer(), "removing an argument keeps its filler");
	}

	@Test
	void changeArgumentRoleAndFiller() {
		Annotation rebels = mention(org, "Rebels");
		Annotation army = mention(org, "army");
		Event attacked = (Event) execute(commands.createEvent(document, attack, List.of(range("attacked"))));
		execute(commands.addArgument(attacked, "Attacker", rebels));
		Argument argument = attacked.getArguments().get(0);
		checkUndoRedo(() -> commands.changeArgumentRole(argument, "Target"), result -> assertEquals("Target", argument.getRole()));
		checkUndoRedo(() -> commands.changeArgumentFiller(argument, army), result -> assertSame(army, argument.getFiller()));
	}

	@Test
	void changeType() {
		Annotation homs = mention(loc, "Homs");
		checkUndoRedo(() -> commands.changeType(homs, org), result -> assertSame(org, homs.getType()));
		assertEquals("Change T1 to ORG", stack.getUndoCommand().getLabel());
	}

	@Test
	void changeSpansReplacesTheSpanList() {
		Annotation army = mention(org, "army");
		Span old = army.getSpans().get(0);
		checkUndoRedo(() -> commands.changeSpans(army, List.of(range("The army"), range("Syria"))), result -> {
			assertEquals("The army Syria", covered(document, army));
			assertFalse(army.getSpans().contains(old));
		});
		stack.undo();
		assertEquals(List.of(old), army.getSpans());
	}

	@Test
	void setAttributeCreatesReplacesAndRemoves() {
		Annotation rebels = mention(per, "Rebels");
		checkUndoRedo(() -> commands.setAttribute(rebels, "negated", "no"), result -> assertEquals("no", value(rebels, "negated")));
		checkUndoRedo(() -> commands.setAttribute(rebels, "negated", "yes"), result -> {
			assertEquals("yes", value(rebels, "negated"));
			assertEquals(1, rebels.getAttributes().size());
		});
		checkUndoRedo(() -> commands.setAttribute(rebels, "negated", null), result -> assertTrue(rebels.getAttributes().isEmpty()));
		assertFalse(commands.setAttribute(rebels, "negated", null).canExecute(), "nothing to remove");
	}

	@Test
	void acceptAndRejectProposals() {
		Annotation homs = mention(loc, "Homs");
		homs.setStatus(AnnotationStatus.PROPOSED);
		checkUndoRedo(() -> commands.accept(homs), result -> assertEquals(AnnotationStatus.ACCEPTED, homs.getStatus()));
		stack.undo();
		checkUndoRedo(() -> commands.reject(homs), result -> assertEquals(AnnotationStatus.REJECTED, homs.getStatus()));
		assertEquals("Reject T1", stack.getUndoCommand().getLabel());
	}

	@Test
	void bulkDecisionsOnProposalsByTypeConfidenceAndRangeAreOneUndoableStepEach() {
		Annotation rebels = proposal(per, "Rebels", 0.9);
		Annotation homs = proposal(loc, "Homs", 0.6);
		Annotation monday = proposal(loc, "Monday", null);
		Annotation army = proposal(org, "army", 0.95);
		Annotation syria = mention(loc, "Syria");
		syria.setConfidence(0.99);
		Annotation armyInHoms = execute(commands.createRelation(document, locatedIn, army, homs));
		armyInHoms.setStatus(AnnotationStatus.PROPOSED);

		checkUndoRedo(() -> commands.acceptProposals(document, AnnotationCommands.ofType(loc)),
				none -> assertEquals(List.of("proposed", "accepted", "accepted", "proposed", "accepted", "proposed"), statuses()));
		assertEquals("Accept 2 proposals", stack.getUndoCommand().getLabel());
		stack.undo();

		checkUndoRedo(() -> commands.rejectProposals(document, AnnotationCommands.withConfidenceAtLeast(0.9)),
				none -> assertEquals(List.of("rejected", "proposed", "proposed", "rejected", "accepted", "proposed"), statuses(),
						"the accepted Syria stays accepted, Monday without confidence stays proposed"));
		stack.undo();

		checkUndoRedo(() -> commands.acceptProposals(document, AnnotationCommands.within(range("Rebels attacked Homs on Monday."))),
				none -> assertEquals(List.of("accepted", "accepted", "accepted", "proposed", "accepted", "proposed"), statuses(),
						"the relation reaches the army outside the range"));
		stack.undo();

		checkUndoRedo(() -> commands.rejectProposals(document, AnnotationCommands.within(range(TEXT))),
				none -> assertEquals(List.of("rejected", "rejected", "rejected", "rejected", "accepted", "rejected"), statuses()));
		assertEquals("Reject 5 proposals", stack.getUndoCommand().getLabel());
		stack.undo();

		Command combined = commands.acceptProposals(document, AnnotationCommands.ofType(loc).and(AnnotationCommands.withConfidenceAtLeast(0.5)));
		execute(combined);
		assertEquals(AnnotationStatus.ACCEPTED, homs.getStatus());
		assertEquals(AnnotationStatus.PROPOSED, monday.getStatus());
		assertEquals(AnnotationStatus.PROPOSED, rebels.getStatus());
		assertFalse(commands.acceptProposals(document, AnnotationCommands.ofType(attack)).canExecute(), "nothing selected, nothing to do");
	}

	@Test
	void manyStepsUndoAndRedoThroughEveryState() throws Exception {
		List<Supplier<Command>> steps = new ArrayList<>();
		steps.add(() -> commands.createEntityMention(document, org, List.of(range("Rebels"))));
		steps.add(() -> commands.createEntityMention(document, loc, List.of(range("Homs"))));
		steps.add(() -> commands.createEntityMention(document, org, List.of(range("army"), range("Syria"))));
		steps.add(() -> commands.createEvent(document, attack, List.of(range("attacked"))));
		steps.add(() -> commands.addArgument(find(Event.class, 0), "Attacker", find(EntityMention.class, 0)));
		steps.add(() -> commands.addArgument(find(Event.class, 0), "Place", find(EntityMention.class, 1)));
		steps.add(() -> commands.createRelation(document, locatedIn, find(EntityMention.class, 2), find(EntityMention.class, 1)));
		steps.add(() -> commands.setAttribute(find(EntityMention.class, 2), "note", "the government's army"));
		steps.add(() -> commands.changeSpans(find(EntityMention.class, 2), List.of(range("The army of Syria"))));
		steps.add(() -> commands.changeType(find(EntityMention.class, 0), per));
		steps.add(() -> commands.setAttribute(find(EntityMention.class, 0), "negated", "no"));
		steps.add(() -> commands.changeArgumentRole(find(Event.class, 0).getArguments().get(0), "Target"));
		steps.add(() -> commands.changeArgumentFiller(find(Event.class, 0).getArguments().get(0), find(EntityMention.class, 2)));
		steps.add(() -> commands.reject(find(EntityMention.class, 1)));
		steps.add(() -> commands.accept(find(EntityMention.class, 1)));
		steps.add(() -> commands.createEntityMention(document, loc, List.of(range("Monday"))));
		steps.add(() -> commands.deleteAnnotation(find(EntityMention.class, 3)));
		steps.add(() -> commands.removeArgument(find(Event.class, 0).getArguments().get(1)));
		steps.add(() -> commands.createRelation(document, related, find(Event.class, 0), find(Relation.class, 0)));
		steps.add(() -> commands.deleteAnnotation(find(EntityMention.class, 1)));
		steps.add(() -> commands.setAttribute(find(EntityMention.class, 0), "negated", null));
		steps.add(() -> commands.deleteAnnotation(find(EntityMention.class, 1)));

		List<Document> states = new ArrayList<>();
		states.add(EcoreUtil.copy(document));
		for (Supplier<Command> step : steps) {
			execute(step.get());
			states.add(EcoreUtil.copy(document));
		}
		assertEquals(List.of("T1", "E1"), document.getAnnotations().stream().map(Annotation::getId).toList(), "where the steps lead");
		assertTrue(find(Event.class, 0).getArguments().isEmpty());
		for (int i = 1; i < states.size(); i++) {
			assertFalse(EcoreUtil.equals(states.get(i - 1), states.get(i)), "step " + i + " changed something");
		}
		for (int i = states.size() - 2; i >= 0; i--) {
			stack.undo();
			assertTrue(EcoreUtil.equals(states.get(i), document), "undone to state " + i);
		}
		assertFalse(stack.canUndo());
		for (int i = 1; i < states.size(); i++) {
			stack.redo();
			assertTrue(EcoreUtil.equals(states.get(i), document), "redone to state " + i);
		}
		assertFalse(stack.canRedo());
		assertTrue(((BasicCommandStack) stack).isSaveNeeded());
		store.save(document);
		Document reloaded = CorpusStore.open(folder).load(Path.of("a.txt"));
		assertTrue(EcoreUtil.equals(document, reloaded), "the edited document saves and reloads");
	}

	/** Executes a command, undoes it to the exact state before, redoes it to the exact state after. */
	private Annotation checkUndoRedo(Supplier<Command> edit, Consumer<Annotation> expectEdited) {
		Document before = EcoreUtil.copy(document);
		Command command = edit.get();
		Annotation created = execute(command);
		expectEdited.accept(created);
		Document after = EcoreUtil.copy(document);
		assertFalse(EcoreUtil.equals(before, after), "the command changed the document");
		stack.undo();
		assertTrue(EcoreUtil.equals(before, document), "undo restores the document");
		stack.redo();
		assertTrue(EcoreUtil.equals(after, document), "redo repeats the edit");
		expectEdited.accept(created);
		return created;
	}

	/** Executes a command and returns the annotation it created, if any. */
	private Annotation execute(Command command) {
		assertTrue(command.canExecute(), command.getLabel());
		stack.execute(command);
		assertSame(command, stack.getUndoCommand());
		Collection<?> result = command.getResult();
		return result.size() == 1 && result.iterator().next() instanceof Annotation annotation ? annotation : null;
	}

	private Annotation mention(EntityType type, String covered) {
		return execute(commands.createEntityMention(document, type, List.of(range(covered))));
	}

	private Annotation proposal(EntityType type, String covered, Double confidence) {
		Annotation annotation = mention(type, covered);
		annotation.setStatus(AnnotationStatus.PROPOSED);
		annotation.setConfidence(confidence);
		return annotation;
	}

	private List<String> statuses() {
		return document.getAnnotations().stream().map(annotation -> annotation.getStatus().getLiteral()).toList();
	}

	private <T extends Annotation> T find(Class<T> kind, int index) {
		return document.getAnnotations().stream().filter(kind::isInstance).map(kind::cast).toList().get(index);
	}

	private static String value(Annotation annotation, String name) {
		return annotation.getAttributes().stream().filter(value -> value.getName().equals(name)).findFirst().orElseThrow().getValue();
	}

	private static TextRange range(String covered) {
		int begin = TEXT.indexOf(covered);
		assertTrue(begin >= 0, covered);
		return new TextRange(begin, begin + covered.length());
	}
}
