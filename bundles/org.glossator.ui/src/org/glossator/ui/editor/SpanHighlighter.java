package org.glossator.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AnnotationType;
import org.glossator.model.Span;

/**
 * Turns the spans of a document into the non-overlapping style ranges a StyledText needs: where spans nest or
 * overlap, the innermost (shortest) annotation colours the stretch. Proposals get a dashed border in the type's colour,
 * accepted annotations an underline: GTK draws a border by asking Pango for the region of each bordered range of the
 * whole paragraph, most of it off screen, at every paint (a third of a page's paint in the editor benchmark), whereas
 * an underline is drawn with the text.
 * <p>
 * The result shares one style object per type and status, as StyledText wants its styles: handed one distinct
 * StyleRange per span, it compares each with all others.
 */
public final class SpanHighlighter {

	/** Ranges as (start, length) pairs, and for each the style it uses: the same few instances again and again. */
	public record Highlighting(int[] ranges, StyleRange[] styles) {
	}

	private final Function<AnnotationType, Color> lineColor;
	private final Function<AnnotationType, Color> backgroundColor;

	/**
	 * @param lineColor the colour of a type's underline and border
	 * @param backgroundColor the colour behind a type's spans
	 */
	public SpanHighlighter(Function<AnnotationType, Color> lineColor, Function<AnnotationType, Color> backgroundColor) {
		this.lineColor = lineColor;
		this.backgroundColor = backgroundColor;
	}

	/** The highlighting within [from, to): spans reaching out of it are cut at its ends. */
	public Highlighting highlighting(Collection<Annotation> shown, int from, int to) {
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
		IntStream.Builder startsAndLengths = IntStream.builder();
		List<StyleRange> styleOfRange = new ArrayList<>();
		Map<List<Object>, StyleRange> styles = new HashMap<>();
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
				Annotation covering = open.peek().annotation();
				startsAndLengths.add(begin).add(end - begin);
				styleOfRange.add(styles.computeIfAbsent(List.of(covering.getType(), covering.getStatus()), key -> style(covering)));
			}
		}
		return new Highlighting(startsAndLengths.build().toArray(), styleOfRange.toArray(StyleRange[]::new));
	}

	private StyleRange style(Annotation annotation) {
		StyleRange style = new StyleRange(0, 0, null, backgroundColor.apply(annotation.getType()));
		Color line = lineColor.apply(annotation.getType());
		if (annotation.getStatus() == AnnotationStatus.PROPOSED) {
			style.borderStyle = SWT.BORDER_DASH;
			style.borderColor = line;
		} else {
			style.underline = true;
			style.underlineStyle = SWT.UNDERLINE_SINGLE;
			style.underlineColor = line;
		}
		return style;
	}

	private record Piece(Annotation annotation, int begin, int end) {
		int extent() {
			return end - begin;
		}
	}
}
