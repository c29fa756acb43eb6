package org.glossator.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.LineStyleEvent;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Caret;
import org.eclipse.swt.widgets.Composite;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.Document;
import org.glossator.model.Event;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.glossator.model.Span;

/**
 * The text of a document with its annotations drawn over it: spans tinted in their type's colour and underlined in it
 * (proposals framed with dashes instead), the type's name above each annotation (in the space line spacing leaves, as
 * brat does), and the selected annotation framed boldly with its arguments' fillers. Only what is on screen is painted.
 */
final class AnnotatedText {

	/** Rows of type labels above every visual line, where labels of nested or close annotations stack. */
	static final int LABEL_ROWS = 2;
	static final int LABEL_ROW = 11;
	/** Height of the connection row's line above the text, over the label rows. */
	static final int ARC_RISE = LABEL_ROWS * LABEL_ROW + 8;
	/** Room above every visual line: the label rows and, above them, a row for connections. */
	static final int LABEL_SPACE = ARC_RISE + 6;
	/**
	 * How many laid-out lines StyledText keeps for painting, from the line above the top one (its renderer's cache, 300
	 * in SWT 3.132), far more than a screen shows. Were a later SWT to keep more, a line laid out out of sight beyond
	 * these could be painted later from that cache without its styles: check this number when SWT changes.
	 */
	private static final int PAINTED_LINES = 300;
	/** More annotations changed at once than this are indexed anew (a restore, a pipeline's proposals). */
	private static final int BULK_CHANGE = 5_000;
	private static final int PROVISIONAL_WIDTH = 800;
	private static final int PROVISIONAL_HEIGHT = 600;

	private final StyledText text;
	/** An empty stand-in until {@link #install} brings the loaded document. */
	private Document document = GlossatorFactory.eINSTANCE.createDocument();
	/** The text shown before {@link #install}, to compare with the loaded document's; then null. */
	private String shownBeforeInstall;
	/** Whether the annotations shown are the store's preview of the start of the text, until {@link #install}. */
	private boolean previewing;
	private final LocalResourceManager resources;
	private final SpanHighlighter highlighter;
	private final Font labelFont;
	private AnnotationIndex index;
	private Annotation selected;
	private Annotation candidate;
	private final Consumer<Annotation> onSelect;
	private final Set<AnnotationType> hiddenTypes = new HashSet<>();
	private final DrawnPositions positions;
	/** Where this paint's connection captions went. */
	private CaptionPlaces captions;
	/** The first and last paragraph (logical line) on screen in this paint. */
	private int[] visibleLines;
	/** The text's caret, also while it is taken from the text (see {@link #parkCaret}). */
	private final Caret caret;

	/**
	 * Shows a text with no annotations, or those of the store's preview of its start (or null), until {@link #install}
	 * brings them.
	 */
	AnnotatedText(Composite parent, String content, Document preview, Consumer<Annotation> onSelect) {
		this.onSelect = onSelect;
		text = new StyledText(parent, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
		text.setContent(new LineTextContent());
		text.setMargins(8, LABEL_SPACE + 6, 8, 8);
		text.setLineSpacing(LABEL_SPACE);
		resources = new LocalResourceManager(JFaceResources.getResources(), text);
		index = new AnnotationIndex(document, hiddenTypes);
		highlighter = new SpanHighlighter(type -> colour(TypeColors.of(type)), type -> colour(TypeColors.tint(TypeColors.of(type))));
		labelFont = resources.create(FontDescriptor.createFrom(text.getFont()).setHeight(7));
		positions = new DrawnPositions(text);
		caret = text.getCaret();
		text.addLineStyleListener(this::styleLine);
		text.addPaintListener(this::paintOverlays);
		text.addCaretListener(event -> {
			if (text.getCaret() == null) {
				text.setCaret(caret);
			}
		});
		text.addVerifyKeyListener(event -> {
			if ((event.keyCode == SWT.PAGE_DOWN || event.keyCode == SWT.PAGE_UP) && (event.stateMask & SWT.MODIFIER_MASK) == 0) {
				event.doit = false;
				page(event.keyCode == SWT.PAGE_DOWN ? 1 : -1);
			}
		});
		text.addListener(SWT.MouseHover, event -> {
			int offset = text.getOffsetAtPoint(new Point(event.x, event.y));
			Annotation hovered = offset < 0 ? null : index.at(offset);
			text.setToolTipText(hovered == null ? null : AnnotationDescription.of(hovered, document));
		});
		// Wrapped at about the width it will have: until the workbench lays the editor out the text is 0 pixels wide,
		// and StyledText would lay the first paragraph out at one word per visual line, which SWT's TextLayout handles in
		// quadratic time (seconds for a paragraph of a few thousand characters).
		Rectangle room = parent.getClientArea();
		text.setSize(Math.max(room.width, PROVISIONAL_WIDTH), Math.max(room.height, PROVISIONAL_HEIGHT));
		shownBeforeInstall = content;
		if (preview != null) {
			takePreview(preview, content.length());
		}
		text.setText(content);
	}

	/**
	 * Shows the annotations of a document loaded while the text was shown, with an index of them built off the UI
	 * thread ({@link #prepareIndex}), in place of the preview if there was one.
	 */
	void install(Document loaded, AnnotationIndex prepared) {
		document = loaded;
		previewing = false;
		boolean sameText = loaded.getText().equals(shownBeforeInstall);
		shownBeforeInstall = null;
		if (!sameText) {
			// The text changed on disk between the two reads: show the one the annotations were checked against.
			text.setText(loaded.getText());
		}
		// Built with no hidden types; types hidden meanwhile need an index of their own.
		index = hiddenTypes.isEmpty() ? prepared : new AnnotationIndex(loaded, hiddenTypes);
		restyle();
	}

	/**
	 * Shows the store's preview of the annotations at the start of the text while the whole document loads: drawn and
	 * described on hover as the loaded ones will be, but never made the current annotation, so that no command, view
	 * or selection listener gets at them. {@link #install} replaces them.
	 */
	void preview(Document start) {
		if (takePreview(start, text.getCharCount())) {
			restyle();
		}
	}

	private boolean takePreview(Document start, int length) {
		// The store checks a preview without its text (it is the preview of the version shown): one spoilt under its
		// right name may reach past the end.
		if (start.getAnnotations().stream().flatMap(annotation -> annotation.getSpans().stream()).anyMatch(span -> span.getEnd() > length)) {
			return false;
		}
		start.setText(shownBeforeInstall);
		document = start;
		previewing = true;
		index = new AnnotationIndex(start, hiddenTypes);
		return true;
	}

	/** Whether the annotations shown are the preview of {@link #preview}. */
	boolean isPreviewing() {
		return previewing;
	}

	/**
	 * Styles the lines StyledText keeps laid out for painting anew (they were laid out with another index) and paints:
	 * StyledText measures those few hundred lines again, not the document; it asks {@link #styleLine} for the others
	 * when it lays them out.
	 */
	private void restyle() {
		int firstLine = Math.max(0, text.getTopIndex() - 1);
		int lastLine = Math.min(text.getLineCount() - 1, firstLine + PAINTED_LINES - 1);
		int begin = text.getOffsetAtLine(firstLine);
		int end = lastLine + 1 < text.getLineCount() ? text.getOffsetAtLine(lastLine + 1) : text.getCharCount();
		text.redrawRange(begin, end - begin, true);
		repaint();
	}

	/** The index {@link #install} wants, built where the document was loaded: no type is hidden before it shows. */
	static AnnotationIndex prepareIndex(Document loaded) {
		return new AnnotationIndex(loaded, Collections.emptySet());
	}

	StyledText widget() {
		return text;
	}

	AnnotationIndex index() {
		return index;
	}

	Annotation selected() {
		return selected;
	}

	/** Redraws what a batch of changes touched; the rest of the document keeps its laid-out lines. */
	void refresh(DocumentChanges.Batch changes) {
		if (changes.removed().size() + changes.added().size() + changes.changed().size() > BULK_CHANGE) {
			// Each removal from the index moves what follows it: for a document changed whole, a new index is faster.
			refresh();
			return;
		}
		changes.removed().forEach(index::remove);
		changes.added().forEach(index::add);
		for (Annotation changed : changes.changed()) {
			index.remove(changed);
			index.add(changed);
		}
		dropVanished();
		if (changes.begin() < changes.end()) {
			int begin = Math.max(0, changes.begin());
			int end = Math.min(text.getCharCount(), changes.end());
			text.redrawRange(begin, end - begin, true);
		}
		repaint();
	}

	/** Redraws the whole document. */
	void refresh() {
		index = new AnnotationIndex(document, hiddenTypes);
		dropVanished();
		text.redrawRange(0, text.getCharCount(), true);
		repaint();
	}

	/**
	 * The styles of one line, asked for by the StyledText when it lays the line out: computed from the index, so that
	 * no style array of the whole document has to be kept in step (on large documents, changing such an array made
	 * StyledText re-lay-out the document).
	 * <p>
	 * Only for the lines whose layouts StyledText keeps for painting: those from the line above the top one on
	 * ({@link #PAINTED_LINES} of them). After a new text StyledText also lays out every other line once, in the
	 * background, to measure it, and it lays lines out for offset lookups; the styles, colours, underlines and borders
	 * only, do not change what it measures, and computing them for every line of a large document cost seconds of CPU.
	 */
	private void styleLine(LineStyleEvent event) {
		int first = Math.max(0, text.getTopIndex() - 1);
		int lineIndex = text.getLineAtOffset(event.lineOffset);
		if (lineIndex < first || lineIndex >= first + PAINTED_LINES) {
			return;
		}
		SpanHighlighter.Highlighting line = lineStyles(event.lineOffset, event.lineText);
		event.ranges = line.ranges();
		event.styles = line.styles();
	}

	private SpanHighlighter.Highlighting lineStyles(int lineOffset, String lineText) {
		int end = lineOffset + lineText.length();
		return highlighter.highlighting(index.overlapping(lineOffset, end), lineOffset, end);
	}

	/** The style drawn at an offset, as {@link #styleLine} gives it to the StyledText for its line; null for plain text. */
	StyleRange styleAt(int offset) {
		int line = text.getLineAtOffset(offset);
		SpanHighlighter.Highlighting styles = lineStyles(text.getOffsetAtLine(line), text.getLine(line));
		int[] ranges = styles.ranges();
		for (int i = 0; i < styles.styles().length; i++) {
			if (ranges[2 * i] <= offset && offset < ranges[2 * i] + ranges[2 * i + 1]) {
				return styles.styles()[i];
			}
		}
		return null;
	}

	/**
	 * Paints the visible area again, overlays included. Not through StyledText's redraw methods: they also drop the
	 * layouts of the lines they cover, which are then laid out and styled anew (milliseconds per long paragraph), and
	 * start a new measuring pass over the whole document in the background. Invalidating the area through the parent
	 * keeps them.
	 */
	private void repaint() {
		Rectangle bounds = text.getBounds();
		text.getParent().redraw(bounds.x, bounds.y, bounds.width, bounds.height, true);
	}

	/** Forgets the current and candidate annotations when they are no longer shown. */
	private void dropVanished() {
		if (selected != null && !index.shows(selected)) {
			select(null);
		}
		if (candidate != null && !index.shows(candidate)) {
			candidate = null;
		}
	}

	/** Makes an annotation (or none) the current one, framed boldly. */
	void select(Annotation annotation) {
		if (annotation != selected && !previewing) {
			selected = annotation;
			repaint();
			onSelect.accept(annotation);
		}
	}

	boolean isHidden(AnnotationType type) {
		return hiddenTypes.contains(type);
	}

	/** Shows or hides every annotation of a type. */
	void setHidden(AnnotationType type, boolean hidden) {
		if (hidden ? hiddenTypes.add(type) : hiddenTypes.remove(type)) {
			refresh();
		}
	}

	Annotation candidate() {
		return candidate;
	}

	/** Marks the annotation offered as the other end of a new argument or relation (or none). */
	void setCandidate(Annotation annotation) {
		candidate = annotation;
		repaint();
	}

	private Color colour(RGB rgb) {
		return resources.create(ColorDescriptor.createFrom(rgb));
	}

	private void paintOverlays(PaintEvent paint) {
		positions.beginPaint();
		paintOverlays(paint.gc);
		parkCaret();
	}

	/** Where an offset is drawn; only while painting. */
	private Point location(int offset) {
		return positions.location(offset);
	}

	private void paintOverlays(GC gc) {
		gc.setFont(labelFont);
		gc.setAntialias(SWT.ON);
		List<Annotation> inOrder = index.inTextOrder();
		int[] shown = visibleAnnotations(inOrder);
		// The begins of the first and last annotation drawn: shown annotations that begin in between are on screen.
		int[] visible = shown[0] < shown[1] ? new int[] { firstBegin(inOrder.get(shown[0])), firstBegin(inOrder.get(shown[1] - 1)) }
				: new int[] { 1, 0 };
		LabelRows rows = new LabelRows();
		captions = new CaptionPlaces();
		for (int i = shown[0]; i < shown[1]; i++) {
			Annotation annotation = inOrder.get(i);
			paintLabel(gc, annotation, firstBegin(annotation), rows);
			if (annotation instanceof Event trigger) {
				for (Argument argument : trigger.getArguments()) {
					connect(gc, trigger, argument.getFiller(), argument.getRole(), false, visible);
				}
			}
			for (Relation relation : index.relationsFrom(annotation)) {
				connect(gc, annotation, relation.getTarget(), relationLabel(relation), true, visible);
			}
			// Links into this annotation from a trigger or source off screen, which the loop does not reach.
			for (Annotation link : index.linksTo(annotation)) {
				if (link instanceof Event trigger && !onScreen(trigger, visible) && index.shows(trigger)) {
					trigger.getArguments().stream().filter(argument -> argument.getFiller() == annotation)
							.forEach(argument -> connect(gc, trigger, annotation, argument.getRole(), false, visible));
				} else if (link instanceof Relation relation && !onScreen(relation.getSource(), visible) && index.shows(relation.getSource())) {
					connect(gc, relation.getSource(), annotation, relationLabel(relation), true, visible);
				}
			}
		}
		if (selected != null) {
			paintSelection(gc);
		}
		if (candidate != null) {
			gc.setLineWidth(2);
			gc.setLineStyle(SWT.LINE_DASH);
			gc.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			frame(gc, candidate);
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.setLineWidth(1);
		}
	}

	private static String relationLabel(Relation relation) {
		return relation.getType() == null ? "?" : relation.getType().getName();
	}

	private static boolean onScreen(Annotation annotation, int[] visible) {
		int begin = firstBegin(annotation);
		return visible[0] <= begin && begin <= visible[1];
	}

	private static int firstBegin(Annotation annotation) {
		return annotation.getSpans().get(0).getBegin();
	}

	/**
	 * Where the labels of one paint go: each on the lowest row of its visual line where it does not run into a label
	 * already drawn, so that labels of nested, overlapping and close annotations stack and all stay readable; when
	 * every row is taken there, after the last label of the lowest row.
	 */
	private static final class LabelRows {
		private static final int GAP = 3;
		private int lineTop = Integer.MIN_VALUE;
		private final int[] rowEnds = new int[LABEL_ROWS];

		/** The row (0 = right above the text) and x for a label of the given width at x on the line at lineTop. */
		int[] place(int x, int width, int top) {
			if (top != lineTop) {
				lineTop = top;
				Arrays.fill(rowEnds, Integer.MIN_VALUE);
			}
			for (int row = 0; row < LABEL_ROWS; row++) {
				if (x >= rowEnds[row] + GAP) {
					rowEnds[row] = x + width;
					return new int[] { row, x };
				}
			}
			int shifted = rowEnds[0] + GAP;
			rowEnds[0] = shifted + width;
			return new int[] { 0, shifted };
		}
	}

	private void paintLabel(GC gc, Annotation annotation, int begin, LabelRows rows) {
		AnnotationType type = annotation.getType();
		String label = type == null ? "?" : type.getName();
		if (annotation.getStatus() == AnnotationStatus.PROPOSED) {
			label += annotation.getConfidence() == null ? " ?" : String.format(" %.0f%%", annotation.getConfidence() * 100);
		}
		Point at = location(begin);
		Point extent = gc.textExtent(label);
		int[] place = rows.place(at.x, extent.x, at.y);
		gc.setForeground(colour(TypeColors.of(type)));
		gc.drawString(label, place[1], at.y - (place[0] + 1) * LABEL_ROW, true);
	}

	/**
	 * Draws a connection labelled with a role or relation type in the space above the text: on one line as a bracket
	 * over both ends; across lines as a bracket from the upper end to the right margin that the lower line takes up
	 * from the left margin. An end off screen is not looked up (that would lay out the text up to it): its half of the
	 * connection is off screen too. Relations end in an arrowhead at their target.
	 */
	private void connect(GC gc, Annotation from, Annotation to, String label, boolean arrow, int[] visible) {
		if (to == null || !index.shows(to)) {
			return;
		}
		Point source = onScreen(from, visible) ? anchor(from) : null;
		Point target = onScreen(to, visible) ? anchor(to) : null;
		gc.setForeground(colour(TypeColors.of(from.getType())));
		if (source != null && target != null && source.y == target.y) {
			bracket(gc, source.x, target.x, source.y, true, true);
			caption(gc, label, (source.x + target.x) / 2, source.y);
		} else {
			boolean sourceFirst = from.getSpans().get(0).getBegin() < to.getSpans().get(0).getBegin();
			Point upper = sourceFirst ? source : target;
			Point lower = sourceFirst ? target : source;
			int right = text.getClientArea().width - text.getRightMargin();
			if (upper != null) {
				bracket(gc, upper.x, right, upper.y, true, false);
			}
			if (lower != null) {
				bracket(gc, text.getLeftMargin(), lower.x, lower.y, false, true);
			}
			// Beside the target, so that the connections of one event to several fillers are told apart.
			Point captioned = target != null ? target : source;
			boolean captionedUpper = captioned == upper;
			caption(gc, label, (captioned.x + (captionedUpper ? right : text.getLeftMargin())) / 2, captioned.y);
		}
		if (arrow && target != null) {
			int tip = target.y - LABEL_ROWS * LABEL_ROW;
			gc.setBackground(gc.getForeground());
			gc.fillPolygon(new int[] { target.x - 3, tip - 5, target.x + 3, tip - 5, target.x, tip });
		}
	}

	/** A horizontal line in the connection row above a visual line, with legs down to the labels where it has ends. */
	private static void bracket(GC gc, int x1, int x2, int lineTop, boolean leftLeg, boolean rightLeg) {
		int row = lineTop - ARC_RISE;
		int legEnd = lineTop - LABEL_ROWS * LABEL_ROW;
		gc.drawLine(x1, row, x2, row);
		if (leftLeg) {
			gc.drawLine(x1, row, x1, legEnd);
		}
		if (rightLeg) {
			gc.drawLine(x2, row, x2, legEnd);
		}
	}

	private void caption(GC gc, String label, int centreX, int lineTop) {
		Point extent = gc.textExtent(label);
		int row = lineTop - ARC_RISE;
		gc.setBackground(text.getBackground());
		gc.drawString(label, captions.place(centreX - extent.x / 2, extent.x, row), row - extent.y / 2, false);
	}

	/**
	 * Where the captions of one paint's connections go: centred on their connection, unless that runs into a caption
	 * already drawn in the same connection row (connections of one busy line often share their middle); then as near
	 * beside it as there is room. There is no room above or below the row, which fills the line spacing.
	 */
	private static final class CaptionPlaces {
		private static final int GAP = 4;
		/** The stretches [x1, x2) taken in each connection row, by the row's y. */
		private final Map<Integer, List<int[]>> taken = new HashMap<>();

		/** The x for a caption of the given width that would best start at x, in the row at y. */
		int place(int x, int width, int y) {
			List<int[]> row = taken.computeIfAbsent(y, key -> new ArrayList<>());
			int best = row.stream().mapToInt(stretch -> stretch[1] + GAP).max().orElse(x);
			for (int[] stretch : row) {
				for (int candidate : new int[] { x, stretch[1] + GAP, stretch[0] - GAP - width }) {
					if (Math.abs(candidate - x) < Math.abs(best - x) && isFree(row, candidate, width)) {
						best = candidate;
					}
				}
			}
			row.add(new int[] { best, best + width });
			return best;
		}

		private static boolean isFree(List<int[]> row, int x, int width) {
			return row.stream().allMatch(stretch -> x + width + GAP <= stretch[0] || stretch[1] + GAP <= x);
		}
	}

	/** Where connections meet an annotation: above the middle of its first span's first line. */
	private Point anchor(Annotation annotation) {
		Span first = annotation.getSpans().get(0);
		Point begin = location(first.getBegin());
		Point end = location(first.getEnd());
		int x = end.y == begin.y ? (begin.x + end.x) / 2 : begin.x + 8;
		return new Point(x, begin.y);
	}

	private void paintSelection(GC gc) {
		gc.setLineWidth(2);
		gc.setForeground(colour(TypeColors.of(selected.getType())));
		frame(gc, selected);
		if (selected instanceof Event event) {
			gc.setLineStyle(SWT.LINE_DOT);
			for (Argument argument : event.getArguments()) {
				if (argument.getFiller() != null && index.shows(argument.getFiller())) {
					frame(gc, argument.getFiller());
				}
			}
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		gc.setLineWidth(1);
	}

	/** Frames the spans of an annotation that are in the paragraphs on screen (others would be laid out for nothing). */
	private void frame(GC gc, Annotation annotation) {
		for (Span span : annotation.getSpans()) {
			if (span.getEnd() > span.getBegin() && span.getEnd() <= text.getCharCount()
					&& text.getLineAtOffset(span.getEnd()) >= visibleLines[0] && text.getLineAtOffset(span.getBegin()) <= visibleLines[1]) {
				Rectangle bounds = text.getTextBounds(span.getBegin(), span.getEnd() - 1);
				gc.drawRectangle(bounds.x - 1, bounds.y - 1, bounds.width + 1, bounds.height + 1);
			}
		}
	}

	boolean isOnScreen(int offset) {
		int y = text.getLocationAtOffset(offset).y;
		return y >= 0 && y + text.getLineHeight(offset) <= text.getClientArea().height;
	}

	/**
	 * The annotations drawn, as a range [from, to) of indices in text order: those whose first span begins on a visual
	 * line with text on screen. A line whose text is hidden under the top or bottom margin does not count, or its labels
	 * would stand alone in the margin. Paragraphs are often longer than the screen: the annotations of the logical lines
	 * on screen are narrowed down by bisection, looking up only where annotations begin, which their labels need anyway.
	 */
	private int[] visibleAnnotations(List<Annotation> inOrder) {
		int height = text.getClientArea().height;
		int topLine = text.getLineIndex(0);
		int bottomLine = text.getLineIndex(height - 1);
		visibleLines = new int[] { topLine, bottomLine };
		int from = index.firstBeginningAfter(text.getOffsetAtLine(topLine) - 1);
		int to = bottomLine + 1 < text.getLineCount() ? index.firstBeginningAfter(text.getOffsetAtLine(bottomLine + 1) - 1) : inOrder.size();
		int first = firstDrawnAtOrBelow(inOrder, from, to, text.getTopMargin() - text.getLineHeight() + 1);
		return new int[] { first, firstDrawnAtOrBelow(inOrder, first, to, height - text.getBottomMargin()) };
	}

	/** The first index in [from, to) of an annotation that begins at or below y (to if none does). */
	private int firstDrawnAtOrBelow(List<Annotation> inOrder, int from, int to, int y) {
		int low = from;
		int high = to;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (location(firstBegin(inOrder.get(middle))).y < y) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/**
	 * StyledText places its caret after every scroll; when the caret's paragraph is off screen, outside its cache of
	 * laid-out lines, it lays that paragraph out anew three or four times for it (milliseconds each on a paragraph of
	 * thousands of characters), more than painting the page scrolled to. A caret off screen shows nothing: it is taken
	 * from the text while its paragraph is off screen, and given back when that is on screen again or the caret moves.
	 * Done as the text paints after scrolling, before the next scroll (a later runnable would wait for an idle moment,
	 * which fast scrolling may not leave); StyledText hid the caret off screen, so taking it away draws nothing.
	 */
	private void parkCaret() {
		boolean onScreen = caretOnScreen();
		if (onScreen != (text.getCaret() != null) && !caret.isDisposed()) {
			text.setCaret(onScreen ? caret : null);
		}
	}

	/**
	 * Page Down (1) and Page Up (-1): scrolls by the height of the text area and keeps the caret where it was on the
	 * screen. StyledText's own paging looks for the visual line at the bottom edge and, on a paragraph taller than the
	 * text area, scrolls by nothing when that edge falls into the space between two lines, which the labels make large.
	 */
	private void page(int direction) {
		int top = text.getTopMargin();
		int bottom = text.getClientArea().height - text.getBottomMargin() - 1;
		Point caretAt = text.getLocationAtOffset(text.getCaretOffset());
		int before = text.getTopPixel();
		text.setTopPixel(before + direction * (bottom - top));
		if (text.getTopPixel() == before) {
			text.setCaretOffset(direction > 0 ? text.getCharCount() : 0);
			text.showSelection();
			return;
		}
		int x = Math.max(text.getLeftMargin(), caretAt.x);
		int y = Math.max(top, Math.min(bottom, caretAt.y));
		// The point may be in the space between lines or past a line's end: the nearest text above, then the line's start.
		// Steps shorter than a line of text find that line in a few lookups (each measures the line's paragraph).
		int offset = -1;
		int step = Math.max(1, text.getLineHeight() - 1);
		for (int above = 0; offset < 0 && above <= text.getLineHeight() + LABEL_SPACE && y - above >= 0; above += step) {
			offset = text.getOffsetAtPoint(new Point(x, y - above));
			if (offset < 0) {
				offset = text.getOffsetAtPoint(new Point(text.getLeftMargin(), y - above));
			}
		}
		text.setCaretOffset(offset >= 0 ? offset : text.getOffsetAtLine(text.getLineIndex(y)));
	}

	private boolean caretOnScreen() {
		int line = text.getLineAtOffset(text.getCaretOffset());
		return text.getLineIndex(0) <= line && line <= text.getLineIndex(text.getClientArea().height - 1);
	}
}
