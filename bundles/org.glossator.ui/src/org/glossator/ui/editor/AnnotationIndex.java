package org.glossator.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AnnotationType;
import org.glossator.model.Document;
import org.glossator.model.Event;
import org.glossator.model.Relation;
import org.glossator.model.Span;

/**
 * The shown annotations of a document (see {@link #shows}) in text order (by the begin of their first span), so that the editor finds
 * what is under the caret, what comes next and what is on screen without walking every annotation. Rebuilt after
 * each change of the document.
 */
final class AnnotationIndex {

	private static final Comparator<Annotation> TEXT_ORDER = Comparator
			.comparingInt(AnnotationIndex::firstBegin)
			.thenComparingInt(annotation -> -lastEnd(annotation));

	private final List<Annotation> inTextOrder;
	private final Map<Annotation, List<Relation>> relationsBySource = new HashMap<>();
	/** The source each relation is filed under in {@link #relationsBySource}. */
	private final Map<Relation, Annotation> sourceByRelation = new HashMap<>();
	/** Events and relations by the annotations they point at (fillers, targets), to draw links whose source is off screen. */
	private final Map<Annotation, List<Annotation>> linksByTarget = new HashMap<>();
	/** Where each event or relation is filed in {@link #linksByTarget}, so that it is taken out as it was put in. */
	private final Map<Annotation, List<Annotation>> targetsByLink = new HashMap<>();
	/**
	 * At least the longest stretch any annotation covers, from its first begin to its last end: bounds backward
	 * searches. Never shrinks, which keeps it true after removals at the cost of a longer search.
	 */
	private int longestReach;

	private final Set<AnnotationType> hiddenTypes;

	AnnotationIndex(Document document, Set<AnnotationType> hiddenTypes) {
		this.hiddenTypes = hiddenTypes;
		inTextOrder = new ArrayList<>();
		int reach = 0;
		for (Annotation annotation : document.getAnnotations()) {
			if (shows(annotation)) {
				inTextOrder.add(annotation);
				reach = Math.max(reach, lastEnd(annotation) - firstBegin(annotation));
				fileLinks(annotation);
			} else if (showsRelation(annotation)) {
				fileRelation((Relation) annotation);
			}
		}
		inTextOrder.sort(TEXT_ORDER);
		longestReach = reach;
	}

	/** Takes an annotation out, wherever it was. */
	void remove(Annotation annotation) {
		int at = indexOf(annotation);
		if (at >= 0) {
			inTextOrder.remove(at);
		}
		List<Annotation> targets = targetsByLink.remove(annotation);
		if (targets != null) {
			targets.forEach(target -> linksByTarget.get(target).remove(annotation));
		}
		Annotation source = sourceByRelation.remove(annotation);
		if (source != null) {
			relationsBySource.get(source).remove(annotation);
		}
	}

	/** Puts an annotation in its place, if it is shown (a relation: under its source and target, if not rejected). */
	void add(Annotation annotation) {
		if (shows(annotation)) {
			int at = Collections.binarySearch(inTextOrder, annotation, TEXT_ORDER);
			inTextOrder.add(at < 0 ? -at - 1 : at, annotation);
			longestReach = Math.max(longestReach, lastEnd(annotation) - firstBegin(annotation));
			fileLinks(annotation);
		} else if (showsRelation(annotation)) {
			fileRelation((Relation) annotation);
		}
	}

	private boolean showsRelation(Annotation annotation) {
		return annotation instanceof Relation relation && relation.eContainer() != null && relation.getStatus() != AnnotationStatus.REJECTED
				&& !hiddenTypes.contains(relation.getType());
	}

	private void fileRelation(Relation relation) {
		relationsBySource.computeIfAbsent(relation.getSource(), source -> new ArrayList<>()).add(relation);
		sourceByRelation.put(relation, relation.getSource());
		fileLink(relation, relation.getTarget());
	}

	private void fileLinks(Annotation annotation) {
		if (annotation instanceof Event event) {
			event.getArguments().forEach(argument -> fileLink(event, argument.getFiller()));
		}
	}

	private void fileLink(Annotation link, Annotation target) {
		if (target != null) {
			linksByTarget.computeIfAbsent(target, key -> new ArrayList<>()).add(link);
			targetsByLink.computeIfAbsent(link, key -> new ArrayList<>()).add(target);
		}
	}

	/** The shown annotations with a span overlapping [begin, end), in text order. */
	List<Annotation> overlapping(int begin, int end) {
		List<Annotation> found = new ArrayList<>();
		int last = firstBeginningAfter(end - 1);
		for (int i = firstBeginningAfter(begin - longestReach - 1); i < last; i++) {
			Annotation candidate = inTextOrder.get(i);
			if (candidate.getSpans().stream().anyMatch(span -> span.getBegin() < end && begin < span.getEnd())) {
				found.add(candidate);
			}
		}
		return found;
	}

	/** Whether the annotation is drawn: it has text, is not a rejected proposal and its type is not hidden. */
	boolean shows(Annotation annotation) {
		return annotation.eContainer() != null && annotation.getStatus() != AnnotationStatus.REJECTED
				&& !annotation.getSpans().isEmpty() && !hiddenTypes.contains(annotation.getType());
	}

	List<Annotation> inTextOrder() {
		return inTextOrder;
	}

	/** The relations, not rejected, that start at an annotation. */
	List<Relation> relationsFrom(Annotation source) {
		return relationsBySource.getOrDefault(source, List.of());
	}

	/** The events (as the triggers of arguments) and relations that point at an annotation. */
	List<Annotation> linksTo(Annotation target) {
		return linksByTarget.getOrDefault(target, List.of());
	}

	/** The innermost shown annotation with a span covering the offset (or ending right at it), or null. */
	Annotation at(int offset) {
		Annotation innermost = null;
		int innermostExtent = Integer.MAX_VALUE;
		for (int i = firstBeginningAfter(offset) - 1; i >= 0; i--) {
			Annotation candidate = inTextOrder.get(i);
			for (Span span : candidate.getSpans()) {
				int extent = span.getEnd() - span.getBegin();
				if (span.getBegin() <= offset && offset <= span.getEnd() && extent < innermostExtent) {
					innermost = candidate;
					innermostExtent = extent;
				}
			}
			if (firstBegin(candidate) < offset - longestReach) {
				break;
			}
		}
		return innermost;
	}

	/** Where an annotation is in text order, -1 if it is not there. */
	private int indexOf(Annotation annotation) {
		return annotation.getSpans().isEmpty() ? SortedLists.sameIndexOf(inTextOrder, annotation)
				: SortedLists.indexOf(inTextOrder, annotation, TEXT_ORDER);
	}

	/** Index of the first annotation whose first span begins after the offset. */
	int firstBeginningAfter(int offset) {
		int low = 0;
		int high = inTextOrder.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (firstBegin(inTextOrder.get(middle)) <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/** The next (step +1) or previous (step -1) annotation after the given one that passes the filter, wrapping around. */
	Annotation next(Annotation from, int step, Predicate<Annotation> filter) {
		int size = inTextOrder.size();
		if (size == 0) {
			return null;
		}
		int start = from == null ? (step > 0 ? -1 : size) : indexOf(from);
		for (int i = 1; i <= size; i++) {
			Annotation candidate = inTextOrder.get(Math.floorMod(start + i * step, size));
			if (filter.test(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static int firstBegin(Annotation annotation) {
		return annotation.getSpans().get(0).getBegin();
	}

	private static int lastEnd(Annotation annotation) {
		return annotation.getSpans().get(annotation.getSpans().size() - 1).getEnd();
	}
}
