package org.glossator.core.edit;

import static org.glossator.model.GlossatorPackage.Literals.ANNOTATION__ATTRIBUTES;
import static org.glossator.model.GlossatorPackage.Literals.ANNOTATION__SPANS;
import static org.glossator.model.GlossatorPackage.Literals.ANNOTATION__STATUS;
import static org.glossator.model.GlossatorPackage.Literals.ANNOTATION__TYPE;
import static org.glossator.model.GlossatorPackage.Literals.ARGUMENT__FILLER;
import static org.glossator.model.GlossatorPackage.Literals.ARGUMENT__ROLE;
import static org.glossator.model.GlossatorPackage.Literals.ATTRIBUTE_VALUE__VALUE;
import static org.glossator.model.GlossatorPackage.Literals.DOCUMENT__ANNOTATIONS;
import static org.glossator.model.GlossatorPackage.Literals.DOCUMENT__LANGUAGE;
import static org.glossator.model.GlossatorPackage.Literals.DOCUMENT__STATUS;
import static org.glossator.model.GlossatorPackage.Literals.EVENT__ARGUMENTS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.glossator.model.RelationType;
import org.glossator.model.Span;

/**
 * One EMF command per edit of a document's annotations, for the domain's command
 * stack, so that every edit can be undone and redone. Nothing changes until a command
 * executes. Commands do not check the edit against text or schema; the
 * {@linkplain org.glossator.model.validation.AnnotationValidator validator} does.
 * <p>
 * New annotations get ids unique within their document, in the style of brat:
 * {@code T<n>} for entity mentions, {@code E<n>} for events (whose spans are their
 * trigger, so there is no separate trigger annotation) and {@code R<n>} for relations,
 * n being one more than the highest in use with that letter. The id is assigned when
 * the command first executes, so several creations composed into one command do not
 * collide, and redo brings back the same id. After execution the new annotation is the
 * command's result ({@link Command#getResult()}).
 */
public final class AnnotationCommands {


	private final EditingDomain domain;

	public AnnotationCommands(EditingDomain domain) {
		this.domain = domain;
	}

	/**
	 * Counts the ids in use in a document now, so that its first new annotation does not wait for a scan of every
	 * annotation (tens of milliseconds on a large document); the count then follows the document's changes.
	 */
	public static void countIds(Document document) {
		HighestIds.of(document).countIfStale();
	}

	public Command createEntityMention(Document document, EntityType type, List<TextRange> spans) {
		EntityMention mention = GlossatorFactory.eINSTANCE.createEntityMention();
		mention.setType(type);
		mention.getSpans().addAll(toSpans(spans));
		return labelled("Create " + type.getName() + " mention", new AddAnnotationCommand(domain, document, mention, "T"));
	}

	public Command createEvent(Document document, EventType type, List<TextRange> trigger) {
		Event event = GlossatorFactory.eINSTANCE.createEvent();
		event.setType(type);
		event.getSpans().addAll(toSpans(trigger));
		return labelled("Create " + type.getName() + " event", new AddAnnotationCommand(domain, document, event, "E"));
	}

	public Command createRelation(Document document, RelationType type, Annotation source, Annotation target) {
		Relation relation = GlossatorFactory.eINSTANCE.createRelation();
		relation.setType(type);
		relation.setSource(source);
		relation.setTarget(target);
		return labelled("Create " + type.getName() + " relation", new AddAnnotationCommand(domain, document, relation, "R"));
	}

	/**
	 * Deletes an annotation together with the relations and arguments that point at it,
	 * which would otherwise dangle, and the relations and arguments that point at those.
	 * Events that lose an argument stay.
	 */
	public Command deleteAnnotation(Annotation annotation) {
		Document document = documentOf(annotation);
		Set<Annotation> deleted = new LinkedHashSet<>(List.of(annotation));
		boolean grown;
		do {
			grown = false;
			for (Annotation other : document.getAnnotations()) {
				if (other instanceof Relation relation && !deleted.contains(relation)
						&& (deleted.contains(relation.getSource()) || deleted.contains(relation.getTarget()))) {
					deleted.add(relation);
					grown = true;
				}
			}
		} while (grown);
		List<EObject> doomed = new ArrayList<>(deleted);
		for (Annotation other : document.getAnnotations()) {
			if (other instanceof Event event && !deleted.contains(event)) {
				event.getArguments().stream().filter(argument -> deleted.contains(argument.getFiller())).forEach(doomed::add);
			}
		}
		return labelled("Delete " + annotation.getId(), new DeleteCommand(domain, doomed) {
			// Annotations are referenced only from within their document: search there, not the corpus.
			@Override
			protected Map<EObject, Collection<EStructuralFeature.Setting>> findReferences(Collection<EObject> eObjects) {
				return EcoreUtil.UsageCrossReferencer.findAll(eObjects, document);
			}
		});
	}

	/**
	 * Gives a document the annotations, status and language of another version of it (its unsaved changes as kept, see
	 * {@link org.glossator.core.store.UnsavedChanges}), in one step that undo takes back. The other version's
	 * annotations leave it now: it is read for this and no longer needed.
	 */
	public Command restore(Document document, Document version) {
		List<Annotation> annotations = new ArrayList<>(version.getAnnotations());
		// Emptied at once, not one by one as they are added here, which looks up each in the list it leaves.
		version.getAnnotations().clear();
		CompoundCommand restore = new CompoundCommand("Restore unsaved changes");
		// Not SetCommand.create, which compares the old and new lists element by element (quadratic).
		restore.append(new SetCommand(domain, document, DOCUMENT__ANNOTATIONS, annotations));
		restore.append(new SetCommand(domain, document, DOCUMENT__STATUS, version.getStatus()));
		restore.append(new SetCommand(domain, document, DOCUMENT__LANGUAGE, version.getLanguage()));
		return restore;
	}

	public Command addArgument(Event event, String role, Annotation filler) {
		Argument argument = GlossatorFactory.eINSTANCE.createArgument();
		argument.setRole(role);
		argument.setFiller(filler);
		return labelled("Add " + role + " to " + event.getId(), AddCommand.create(domain, event, EVENT__ARGUMENTS, argument));
	}

	public Command removeArgument(Argument argument) {
		Event event = (Event) argument.eContainer();
		return labelled("Remove " + argument.getRole() + " from " + event.getId(),
				RemoveCommand.create(domain, event, EVENT__ARGUMENTS, argument));
	}

	public Command changeArgumentRole(Argument argument, String role) {
		return labelled("Change role to " + role, SetCommand.create(domain, argument, ARGUMENT__ROLE, role));
	}

	public Command changeArgumentFiller(Argument argument, Annotation filler) {
		return labelled("Change " + argument.getRole() + " to " + filler.getId(),
				SetCommand.create(domain, argument, ARGUMENT__FILLER, filler));
	}

	/** Only the type changes; attributes or arguments the new type does not define are left for the validator to report. */
	public Command changeType(Annotation annotation, AnnotationType type) {
		return labelled("Change " + annotation.getId() + " to " + type.getName(),
				SetCommand.create(domain, annotation, ANNOTATION__TYPE, type));
	}

	/** Replaces all spans of an annotation. */
	public Command changeSpans(Annotation annotation, List<TextRange> spans) {
		return labelled("Change spans of " + annotation.getId(),
				SetCommand.create(domain, annotation, ANNOTATION__SPANS, toSpans(spans)));
	}

	/**
	 * Sets the value of the attribute named {@code name}, adding the attribute if the
	 * annotation has none of that name yet; a {@code null} value removes the attribute.
	 */
	public Command setAttribute(Annotation annotation, String name, String value) {
		AttributeValue existing = annotation.getAttributes().stream()
				.filter(attribute -> name.equals(attribute.getName()))
				.findFirst()
				.orElse(null);
		String label = "Set " + name + " of " + annotation.getId();
		if (value == null) {
			return existing == null ? UnexecutableCommand.INSTANCE
					: labelled(label, RemoveCommand.create(domain, annotation, ANNOTATION__ATTRIBUTES, existing));
		}
		if (existing != null) {
			return labelled(label, SetCommand.create(domain, existing, ATTRIBUTE_VALUE__VALUE, value));
		}
		AttributeValue attribute = GlossatorFactory.eINSTANCE.createAttributeValue();
		attribute.setName(name);
		attribute.setValue(value);
		return labelled(label, AddCommand.create(domain, annotation, ANNOTATION__ATTRIBUTES, attribute));
	}

	/** Confirms a proposed annotation. */
	public Command accept(Annotation annotation) {
		return labelled("Accept " + annotation.getId(), SetCommand.create(domain, annotation, ANNOTATION__STATUS, AnnotationStatus.ACCEPTED));
	}

	/** Rejects a proposed annotation; it stays in the document, so the engine that proposed it can learn from the refusal. */
	public Command reject(Annotation annotation) {
		return labelled("Reject " + annotation.getId(), SetCommand.create(domain, annotation, ANNOTATION__STATUS, AnnotationStatus.REJECTED));
	}

	/**
	 * Accepts, as one step for undo, every proposal of the document that {@code which} selects: combine
	 * {@link #ofType}, {@link #withConfidenceAtLeast} and {@link #within} with {@code and}. The command cannot
	 * execute when nothing is selected.
	 */
	public CompoundCommand acceptProposals(Document document, Predicate<? super Annotation> which) {
		return decideProposals(document, which, "Accept", this::accept);
	}

	/** Rejects, as one step for undo, every proposal of the document that {@code which} selects; see {@link #acceptProposals}. */
	public CompoundCommand rejectProposals(Document document, Predicate<? super Annotation> which) {
		return decideProposals(document, which, "Reject", this::reject);
	}

	/** Selects annotations of one type. */
	public static Predicate<Annotation> ofType(AnnotationType type) {
		return annotation -> annotation.getType() == type;
	}

	/** Selects annotations whose engine gave a confidence of at least {@code threshold}; those without one are left out. */
	public static Predicate<Annotation> withConfidenceAtLeast(double threshold) {
		return annotation -> annotation.getConfidence() != null && annotation.getConfidence() >= threshold;
	}

	/** Selects annotations lying wholly inside the range: every span, or for a relation both its ends. */
	public static Predicate<Annotation> within(TextRange range) {
		return new Predicate<>() {
			@Override
			public boolean test(Annotation annotation) {
				if (annotation instanceof Relation relation) {
					return relation.getSource() != null && relation.getTarget() != null && test(relation.getSource()) && test(relation.getTarget());
				}
				return !annotation.getSpans().isEmpty() && annotation.getSpans().stream()
						.allMatch(span -> span.getBegin() >= range.begin() && span.getEnd() <= range.end());
			}
		};
	}

	private static CompoundCommand decideProposals(Document document, Predicate<? super Annotation> which, String verb,
			Function<Annotation, Command> decide) {
		List<Annotation> chosen = document.getAnnotations().stream()
				.filter(annotation -> annotation.getStatus() == AnnotationStatus.PROPOSED)
				.filter(which)
				.toList();
		CompoundCommand bulk = new CompoundCommand(verb + " " + chosen.size() + (chosen.size() == 1 ? " proposal" : " proposals"));
		chosen.forEach(annotation -> bulk.append(decide.apply(annotation)));
		return bulk;
	}

	private static Document documentOf(Annotation annotation) {
		if (annotation.eContainer() instanceof Document document) {
			return document;
		}
		throw new IllegalArgumentException("Annotation " + annotation.getId() + " is not in a document");
	}

	private static List<Span> toSpans(List<TextRange> ranges) {
		List<Span> spans = new ArrayList<>(ranges.size());
		for (TextRange range : ranges) {
			Span span = GlossatorFactory.eINSTANCE.createSpan();
			span.setBegin(range.begin());
			span.setEnd(range.end());
			spans.add(span);
		}
		return spans;
	}

	/** Names an edit for the undo and redo menus. */
	private static Command labelled(String label, Command command) {
		CompoundCommand labelled = new CompoundCommand(label);
		labelled.append(command);
		return labelled;
	}

	/** Adds a new annotation and gives it its id when it first executes. */
	private static final class AddAnnotationCommand extends AddCommand {

		private final Annotation annotation;
		private final String idLetter;

		AddAnnotationCommand(EditingDomain domain, Document document, Annotation annotation, String idLetter) {
			super(domain, document, DOCUMENT__ANNOTATIONS, annotation);
			this.annotation = annotation;
			this.idLetter = idLetter;
		}

		@Override
		public void doExecute() {
			if (annotation.getId() == null) {
				annotation.setId(idLetter + (HighestIds.of((Document) owner).highest(idLetter) + 1));
			}
			super.doExecute();
		}
	}
}
