package org.glossator.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AnnotationType;
import org.glossator.model.Span;

/**
 * Turns the spans of a document into the non-overlapping style ranges a StyledText needs: where spans nest or
 * overlap, the innermost (shortest) annotation colours the stretch. Proposals get a dashed border, accepted
 * annotations a solid one.
 */
public final class SpanHighlighter {

	private final Function<AnnotationType, Color> borderColor;
	private final Function<AnnotationType, Color> backgroundColor;

	public SpanHighlighter(Function<AnnotationType, Color> borderColor, Function<AnnotationType, Color> backgroundColor) {
		this.borderColor = borderColor;
		this.backgroundColor = backgroundColor;
	}

	public StyleRange[] styleRanges(Collection<Annotation> shown) {
		return styleRanges(shown, 0, Integer.MAX_VALUE);
	}

	/** The style ranges within [from, to): spans reaching out of it are cut at its ends. */
	public StyleRange[] styleRanges(Collection<Annotation> shown, int from, int to) {
		List<Piece> pieces = new ArrayList<>();
		TreeSet<Integer> boundaries = new TreeSet<>();
		for (Annotation annotation : shown) {
			for (Span span : annotation.getSpans()) {
				int begin = Math.max(from, span.getBegin());
				int end = Math.min(to, span.getEnd());
				if (begin < end) {
					pieces.add(new Piece(annotation, begin, end));
					boundaries.add(begin);
					boundaries.add(end);
				}
			}
		}
		pieces.sort(Comparator.comparingInt(Piece::begin));
		// Sweep the stretches between consecutive boundaries; the shortest piece still open covers each one.
		PriorityQueue<Piece> open = new PriorityQueue<>(Comparator.comparingInt(Piece::extent));
		List<StyleRange> ranges = new ArrayList<>();
		int next = 0;
		Integer begin = boundaries.pollFirst();
		for (Integer end = boundaries.pollFirst(); end != null; begin = end, end = boundaries.pollFirst()) {
			while (next < pieces.size() && pieces.get(next).begin() <= begin) {
				open.add(pieces.get(next++));
			}
			while (!open.isEmpty() && open.peek().end() <= begin) {
				open.poll();
			}
			if (!open.isEmpty()) {
				ranges.add(styleRange(open.peek().annotation(), begin, end));
			}
		}
		return ranges.toArray(StyleRange[]::new);
	}

	private StyleRange styleRange(Annotation annotation, int begin, int end) {
		StyleRange range = new StyleRange(begin, end - begin, null, backgroundColor.apply(annotation.getType()));
		range.borderStyle = annotation.getStatus() == AnnotationStatus.PROPOSED ? SWT.BORDER_DASH : SWT.BORDER_SOLID;
		range.borderColor = borderColor.apply(annotation.getType());
		range.data = annotation;
		return range;
	}

	private record Piece(Annotation annotation, int begin, int end) {
		int extent() {
			return end - begin;
		}
	}
}
