package org.glossator.uima;

import static org.glossator.model.GlossatorPackage.Literals.ANNOTATION__CONFIDENCE;
import static org.glossator.model.GlossatorPackage.Literals.ANNOTATION__ORIGIN;
import static org.glossator.model.GlossatorPackage.Literals.ANNOTATION__STATUS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.glossator.core.edit.AnnotationCommands;
import org.glossator.core.edit.TextRange;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Argument;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.Relation;
import org.glossator.model.RelationType;

/**
 * Adds proposals to a document as one command, so one undo takes back a whole run. A proposal that repeats an
 * annotation already in the document (same type and spans; for a relation, same type and ends, either way round
 * when the type is symmetric) is left out whatever that annotation's status: the document keeps one annotation
 * per decision, and what the annotator rejected stays rejected instead of coming back as a new proposal.
 * Repeats among the proposals themselves are left out too, the first one kept.
 */
public final class ProposalMerge extends CompoundCommand {

	private final EditingDomain domain;
	private final AnnotationCommands commands;
	private final Document document;
	private final Set<Annotation> fresh = new LinkedHashSet<>();
	/** Proposals left out, each with the annotation it repeats, so that relations and arguments can point there. */
	private final Map<Annotation, Annotation> repeats = new HashMap<>();
	private final List<Annotation> added = new ArrayList<>();

	/**
	 * Decides, against the document as it is now, which proposals are new; execute the command (on the domain's
	 * command stack) right away. It cannot execute when none is new.
	 */
	public ProposalMerge(EditingDomain domain, Document document, List<Annotation> proposals) {
		super("Add proposals");
		this.domain = domain;
		this.commands = new AnnotationCommands(domain);
		this.document = document;
		Map<AnnotationKey, Annotation> known = new HashMap<>();
		document.getAnnotations().forEach(annotation -> AnnotationKey.of(annotation).forEach(key -> known.putIfAbsent(key, annotation)));
		// Relations last: their ends must already be resolved to document annotations or kept proposals.
		List<Annotation> ordered = new ArrayList<>(proposals.stream().filter(proposal -> !(proposal instanceof Relation)).toList());
		proposals.stream().filter(Relation.class::isInstance).forEach(ordered::add);
		for (Annotation proposal : ordered) {
			if (proposal instanceof Relation relation
					&& (endOf(relation.getSource()) == null || endOf(relation.getTarget()) == null)) {
				continue;
			}
			List<AnnotationKey> keys = AnnotationKey.of(proposal, this::endOf);
			Annotation repeated = known.get(keys.get(0));
			if (repeated != null) {
				repeats.put(proposal, repeated);
			} else {
				fresh.add(proposal);
				keys.forEach(key -> known.put(key, proposal));
			}
		}
		setLabel("Add " + fresh.size() + (fresh.size() == 1 ? " proposal" : " proposals"));
	}

	/** Annotations the merge added to the document, once executed. */
	@Override
	public Collection<?> getResult() {
		return List.copyOf(added);
	}

	@Override
	protected boolean prepare() {
		return !fresh.isEmpty();
	}

	@Override
	public void execute() {
		Map<Annotation, Annotation> created = new HashMap<>();
		for (Annotation proposal : fresh) {
			Annotation annotation = create(proposal, created);
			created.put(proposal, annotation);
			added.add(annotation);
			appendAndExecute(SetCommand.create(domain, annotation, ANNOTATION__STATUS, AnnotationStatus.PROPOSED));
			appendAndExecute(SetCommand.create(domain, annotation, ANNOTATION__ORIGIN, proposal.getOrigin()));
			if (proposal.getConfidence() != null) {
				appendAndExecute(SetCommand.create(domain, annotation, ANNOTATION__CONFIDENCE, proposal.getConfidence()));
			}
			for (AttributeValue attribute : proposal.getAttributes()) {
				appendAndExecute(commands.setAttribute(annotation, attribute.getName(), attribute.getValue()));
			}
		}
		for (Annotation proposal : fresh) {
			if (proposal instanceof Event event) {
				for (Argument argument : event.getArguments()) {
					Annotation filler = merged(argument.getFiller(), created);
					if (filler != null) {
						appendAndExecute(commands.addArgument((Event) created.get(event), argument.getRole(), filler));
					}
				}
			}
		}
	}

	private Annotation create(Annotation proposal, Map<Annotation, Annotation> created) {
		Command command;
		if (proposal instanceof EntityMention) {
			command = commands.createEntityMention(document, (EntityType) proposal.getType(), ranges(proposal));
		} else if (proposal instanceof Event) {
			command = commands.createEvent(document, (EventType) proposal.getType(), ranges(proposal));
		} else {
			Relation relation = (Relation) proposal;
			command = commands.createRelation(document, (RelationType) relation.getType(), merged(relation.getSource(), created),
					merged(relation.getTarget(), created));
		}
		appendAndExecute(command);
		return (Annotation) command.getResult().iterator().next();
	}

	/** What a relation end stands for in the merged document: itself, the annotation it repeats, or nothing. */
	private Annotation endOf(Annotation end) {
		if (repeats.containsKey(end)) {
			return repeats.get(end);
		}
		return fresh.contains(end) ? end : inDocument(end);
	}

	/** What a proposal or annotation stands for once merged, or null if for nothing. */
	private Annotation merged(Annotation annotation, Map<Annotation, Annotation> created) {
		Annotation standIn = repeats.getOrDefault(annotation, annotation);
		return created.containsKey(standIn) ? created.get(standIn) : inDocument(standIn);
	}

	private Annotation inDocument(Annotation annotation) {
		return annotation != null && annotation.eContainer() == document ? annotation : null;
	}

	private static List<TextRange> ranges(Annotation annotation) {
		return annotation.getSpans().stream().map(span -> new TextRange(span.getBegin(), span.getEnd())).toList();
	}
}
