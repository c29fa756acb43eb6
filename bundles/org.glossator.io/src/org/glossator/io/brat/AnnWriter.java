package org.glossator.io.brat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.glossator.io.LossReport;
import org.glossator.io.internal.AcceptedAnnotations;
import org.glossator.io.internal.CodePointOffsets;
import org.glossator.model.Annotation;
import org.glossator.model.Argument;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.Relation;
import org.glossator.model.Span;
import org.glossator.model.validation.AnnotationValidator;

/**
 * Writes the .ann file of one document: entities and event triggers as T lines, then E, R
 * and A lines. Offsets are converted to code points; a span that crosses a line break or a
 * tab is split there, because brat fragments may not contain one (the importer joins them again).
 */
final class AnnWriter {

	private final Document document;
	private final String documentName;
	private final LossReport report;
	private final CodePointOffsets offsets;
	private final BratIds ids;
	private final StringBuilder textBounds = new StringBuilder();
	private final StringBuilder events = new StringBuilder();
	private final StringBuilder relations = new StringBuilder();
	private final StringBuilder attributes = new StringBuilder();
	private int attributeCount;

	AnnWriter(Document document, String documentName, LossReport report) {
		this.document = document;
		this.documentName = documentName;
		this.report = report;
		this.offsets = new CodePointOffsets(document.getText());
		this.ids = new BratIds(document.getAnnotations());
	}

	String write() {
		for (Annotation annotation : AcceptedAnnotations.of(document, documentName, report)) {
			if (annotation instanceof EntityMention) {
				writeTextBound(ids.of(annotation), annotation);
			} else if (annotation instanceof Event event) {
				writeEvent(event);
			} else if (annotation instanceof Relation relation) {
				writeRelation(relation);
			}
		}
		return textBounds.append(events).append(relations).append(attributes).toString();
	}

	private boolean writeTextBound(String id, Annotation annotation) {
		List<int[]> fragments = fragments(annotation.getSpans());
		if (fragments.isEmpty()) {
			lose(annotation, "", "covers only line breaks and tabs");
			return false;
		}
		String text = document.getText();
		textBounds.append(id).append('\t').append(annotation.getType().getName()).append(' ')
				.append(fragments.stream()
						.map(fragment -> offsets.toCodePoint(fragment[0]) + " " + offsets.toCodePoint(fragment[1]))
						.collect(Collectors.joining(";")))
				.append('\t')
				.append(fragments.stream().map(fragment -> text.substring(fragment[0], fragment[1])).collect(Collectors.joining(" ")))
				.append('\n');
		writeAttributes(annotation);
		return true;
	}

	private void writeEvent(Event event) {
		if (!writeTextBound(ids.triggerOf(event), event)) {
			return;
		}
		events.append(ids.of(event)).append('\t').append(event.getType().getName()).append(':').append(ids.triggerOf(event));
		Map<String, Integer> roleCounts = new HashMap<>();
		for (Argument argument : AcceptedAnnotations.arguments(event)) {
			if (argument.getFiller() instanceof Relation) {
				lose(event, " argument " + argument.getRole(), "argument filled by a relation");
				continue;
			}
			// brat numbers repeated roles: Participant, Participant2, Participant3
			int count = roleCounts.merge(argument.getRole(), 1, Integer::sum);
			events.append(' ').append(argument.getRole()).append(count > 1 ? String.valueOf(count) : "")
					.append(':').append(ids.of(argument.getFiller()));
		}
		events.append('\n');
	}

	private void writeRelation(Relation relation) {
		if (relation.getSource() instanceof Relation || relation.getTarget() instanceof Relation) {
			lose(relation, "", "relation between relations");
			return;
		}
		relations.append(ids.of(relation)).append('\t').append(relation.getType().getName())
				.append(" Arg1:").append(ids.of(relation.getSource()))
				.append(" Arg2:").append(ids.of(relation.getTarget())).append('\n');
		for (AttributeValue value : relation.getAttributes()) {
			lose(relation, " attribute " + value.getName(), "attribute on a relation");
		}
	}

	private void writeAttributes(Annotation annotation) {
		for (AttributeValue value : annotation.getAttributes()) {
			if (value.getValue() != null && (value.getValue().isEmpty() || value.getValue().chars().anyMatch(Character::isWhitespace))) {
				lose(annotation, " attribute " + value.getName() + "='" + value.getValue() + "'", "attribute value empty or with spaces");
				continue;
			}
			attributes.append('A').append(++attributeCount).append('\t').append(value.getName()).append(' ').append(ids.of(annotation))
					.append(value.getValue() == null ? "" : " " + value.getValue()).append('\n');
		}
	}

	/** The spans, cut at line breaks and tabs, without empty pieces. */
	private List<int[]> fragments(List<Span> spans) {
		String text = document.getText();
		List<int[]> fragments = new ArrayList<>();
		for (Span span : spans) {
			int begin = span.getBegin();
			for (int i = span.getBegin(); i <= span.getEnd(); i++) {
				if (i == span.getEnd() || cutsFragments(text.charAt(i))) {
					if (i > begin) {
						fragments.add(new int[] { begin, i });
					}
					begin = i + 1;
				}
			}
		}
		return fragments;
	}

	/** Characters a brat fragment may not hold. */
	static boolean cutsFragments(char c) {
		return c == '\n' || c == '\r' || c == '\t';
	}

	private void lose(Annotation annotation, String detail, String reason) {
		report.add(documentName, AnnotationValidator.label(annotation) + detail, reason);
	}
}
