package org.glossator.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.glossator.core.edit.AnnotationCommands;
import org.glossator.core.edit.TextRange;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationType;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.ui.tests.EditorFixture;
import org.glossator.ui.tests.Screenshots;
import org.junit.jupiter.api.Test;

/** What the editor paints above the text, read back from the screen's pixels. */
class AnnotationDrawingTest {

	@Test
	void labelsOfNestedAnnotationsStackInsteadOfOverlapping() throws Exception {
		String text = "Delegates of the United Nations Security Council met in Geneva.\n";
		try (EditorFixture fixture = EditorFixture.withText("Nested Labels", "nested.txt", text)) {
			AnnotationEditor editor = fixture.open("nested.txt");
			int united = text.indexOf("United");
			int council = text.indexOf("Security Council") + "Security Council".length();
			run(editor, commands(editor).createEntityMention(editor.getDocument(), type(editor, "ORG", EntityType.class), List.of(new TextRange(united, council))));
			run(editor, commands(editor).createEntityMention(editor.getDocument(), type(editor, "GPE", EntityType.class),
					List.of(new TextRange(united, united + "United Nations".length()))));
			// The frame of the selected annotation would ink the lower row too.
			editor.select(null);
			EditorFixture.settle();
			StyledText widget = editor.getTextWidget();
			Point at = widget.getLocationAtOffset(united);
			ImageData pixels = capture(widget);
			int background = pixels.getPixel(widget.getClientArea().width - 12, at.y - 2);
			int lowerRow = ink(pixels, background, at.x, at.x + 18, at.y - AnnotatedText.LABEL_ROW, at.y - 1);
			int upperRow = ink(pixels, background, at.x, at.x + 18, at.y - 2 * AnnotatedText.LABEL_ROW, at.y - AnnotatedText.LABEL_ROW - 1);
			Screenshots.take(widget.getShell(), "nested-labels");
			assertTrue(lowerRow > 5, "the outer annotation's label right above the text (" + lowerRow + " pixels of ink)");
			assertTrue(upperRow > 5, "the inner one's in the row above it, not on top of the first (" + upperRow + " pixels of ink)");
		}
	}

	@Test
	void argumentsWhoseTriggerOrFillerIsOffScreenAreStillDrawnFromTheEdge() throws Exception {
		String text = "Rebels attacked the town on Monday.\n" + "Nothing happened here.\n".repeat(300) + "They held Homs.\n";
		try (EditorFixture fixture = EditorFixture.withText("Off Screen Links", "far.txt", text)) {
			AnnotationEditor editor = fixture.open("far.txt");
			int attacked = text.indexOf("attacked");
			int homs = text.indexOf("Homs");
			run(editor, commands(editor).createEntityMention(editor.getDocument(), type(editor, "GPE", EntityType.class), List.of(new TextRange(homs, homs + 4))));
			Annotation place = editor.getDocument().getAnnotations().get(0);
			run(editor, commands(editor).createEvent(editor.getDocument(), type(editor, "Attack", EventType.class),
					List.of(new TextRange(attacked, attacked + "attacked".length()))));
			Event attack = (Event) editor.getDocument().getAnnotations().get(1);
			run(editor, commands(editor).addArgument(attack, "Place", place));
			editor.select(null);
			StyledText widget = editor.getTextWidget();

			widget.setTopPixel(0);
			EditorFixture.settle();
			Point trigger = widget.getLocationAtOffset(attacked);
			assertTrue(trigger.y > AnnotatedText.ARC_RISE, "the trigger's line is on screen: " + trigger);
			int right = widget.getClientArea().width - widget.getRightMargin();
			ImageData top = capture(widget);
			int background = top.getPixel(right + 2, trigger.y + 2);
			int arc = trigger.y - AnnotatedText.ARC_RISE;
			int towardsFiller = ink(top, background, trigger.x + 30, right - 2, arc, arc);
			Screenshots.take(widget.getShell(), "off-screen-filler");
			assertTrue(towardsFiller > (right - trigger.x - 32) / 2,
					"from the trigger to the right margin, towards the filler far below (" + towardsFiller + " pixels of ink)");

			widget.setTopIndex(widget.getLineCount() - 1);
			EditorFixture.settle();
			Point filler = widget.getLocationAtOffset(homs);
			ImageData bottom = capture(widget);
			arc = filler.y - AnnotatedText.ARC_RISE;
			int fromTrigger = ink(bottom, background, widget.getLeftMargin() + 2, filler.x - 2, arc, arc);
			Screenshots.take(widget.getShell(), "off-screen-trigger");
			assertTrue(fromTrigger > (filler.x - widget.getLeftMargin() - 4) / 2,
					"from the left margin to the filler, whose trigger is far above (" + fromTrigger + " pixels of ink)");
		}
	}

	@Test
	void noLabelOfALineHiddenAboveTheTextStraysIntoTheTopMargin() throws Exception {
		StringBuilder text = new StringBuilder();
		for (int line = 1; line <= 40; line++) {
			text.append("Line ").append(line).append(" says Rebels went home.\n");
		}
		try (EditorFixture fixture = EditorFixture.withText("Top Margin", "margin.txt", text.toString())) {
			AnnotationEditor editor = fixture.open("margin.txt");
			EntityType per = type(editor, "PER", EntityType.class);
			for (int at = text.indexOf("Rebels"); at >= 0; at = text.indexOf("Rebels", at + 1)) {
				run(editor, commands(editor).createEntityMention(editor.getDocument(), per, List.of(new TextRange(at, at + "Rebels".length()))));
			}
			editor.select(null);
			StyledText widget = editor.getTextWidget();
			// Scrolled so that line 10's text is just hidden under the top margin, where its labels would go.
			int hidden = text.indexOf("Line 10 ");
			widget.setTopPixel(0);
			EditorFixture.settle();
			int lineTop = widget.getTopMargin() - widget.getLineHeight() - 4;
			widget.setTopPixel(widget.getLocationAtOffset(hidden).y - lineTop);
			EditorFixture.settle();
			assertTrue(Math.abs(widget.getLocationAtOffset(hidden).y - lineTop) <= 1, "line 10 is right above the text area");
			ImageData pixels = capture(widget);
			int right = widget.getClientArea().width - widget.getRightMargin();
			// In the left margin: a scroll bar may be drawn over the right one.
			int background = pixels.getPixel(widget.getLeftMargin() / 2, 2);
			int stray = ink(pixels, background, widget.getLeftMargin(), right, 0, widget.getTopMargin() - 1);
			Screenshots.take(widget.getShell(), "top-margin");
			assertTrue(stray == 0, "nothing in the top margin above the first line shown (" + stray + " pixels of ink)");
			Point next = widget.getLocationAtOffset(text.indexOf("Rebels", hidden + 20));
			assertTrue(ink(pixels, background, next.x, next.x + 18, next.y - AnnotatedText.LABEL_ROW, next.y - 1) > 5,
					"the first line shown still has its label");
		}
	}

	@Test
	void captionsOfConnectionsThatShareTheirMiddleDoNotOverlap() throws Exception {
		String text = "The rebels fiercely attacked the old walled city of Homs today.\n";
		try (EditorFixture fixture = EditorFixture.withText("Captions", "captions.txt", text)) {
			AnnotationEditor editor = fixture.open("captions.txt");
			int rebels = text.indexOf("rebels");
			int homs = text.indexOf("Homs");
			int attacked = text.indexOf("attacked");
			run(editor, commands(editor).createEntityMention(editor.getDocument(), type(editor, "PER", EntityType.class),
					List.of(new TextRange(rebels, rebels + "rebels".length()))));
			run(editor, commands(editor).createEntityMention(editor.getDocument(), type(editor, "GPE", EntityType.class),
					List.of(new TextRange(homs, homs + "Homs".length()))));
			run(editor, commands(editor).createEvent(editor.getDocument(), type(editor, "Attack", EventType.class),
					List.of(new TextRange(attacked, attacked + "attacked".length()))));
			Annotation agent = editor.getDocument().getAnnotations().get(0);
			Annotation place = editor.getDocument().getAnnotations().get(1);
			Event attack = (Event) editor.getDocument().getAnnotations().get(2);
			run(editor, commands(editor).addArgument(attack, "Agent", agent));
			run(editor, commands(editor).addArgument(attack, "Target", place));
			editor.select(null);
			StyledText widget = editor.getTextWidget();
			int lineTop = widget.getLocationAtOffset(0).y;
			int before = captionColumns(widget, lineTop);
			// The same filler in a second role: both captions would sit at the middle of the same connection.
			run(editor, commands(editor).addArgument(attack, "Place", place));
			int after = captionColumns(widget, lineTop);
			Screenshots.take(widget.getShell(), "captions");
			assertTrue(before > 20, "the Agent and Target captions are drawn (" + before + " columns of ink)");
			assertTrue(after >= before + 12, "the Place caption is drawn beside the Target caption, not over it (" + before + " columns of ink before, "
					+ after + " after)");
		}
	}

	@Test
	void pageDownAndUpPageThroughAParagraphTallerThanTheScreen() throws Exception {
		String text = "Rebels went home and the army stayed in Homs. ".repeat(600) + "\nThe end.\n";
		try (EditorFixture fixture = EditorFixture.withText("Paging", "paging.txt", text)) {
			AnnotationEditor editor = fixture.open("paging.txt");
			StyledText widget = editor.getTextWidget();
			int page = widget.getClientArea().height - widget.getTopMargin() - widget.getBottomMargin();
			for (int key : new int[] { SWT.PAGE_DOWN, SWT.PAGE_DOWN, SWT.PAGE_DOWN, SWT.PAGE_DOWN, SWT.PAGE_UP }) {
				int before = widget.getTopPixel();
				org.eclipse.swt.widgets.Event press = new org.eclipse.swt.widgets.Event();
				press.keyCode = key;
				widget.notifyListeners(SWT.KeyDown, press);
				EditorFixture.settle();
				int moved = widget.getTopPixel() - before;
				assertTrue(key == SWT.PAGE_DOWN ? moved > page / 2 : moved < -page / 2, "a key scrolls by about a page: " + moved + " pixels of " + page);
				int caretY = widget.getLocationAtOffset(widget.getCaretOffset()).y;
				assertTrue(caretY >= 0 && caretY < widget.getClientArea().height, "the caret moves with the page: at y " + caretY);
			}
		}
	}

	/**
	 * How many pixel columns have ink around the connection row of the line at lineTop, not counting the row's own
	 * horizontal lines: the captions' letters, and the few legs of the brackets.
	 */
	private static int captionColumns(StyledText widget, int lineTop) {
		ImageData pixels = capture(widget);
		int right = widget.getClientArea().width - widget.getRightMargin();
		int background = pixels.getPixel(right + 2, lineTop + 2);
		int row = lineTop - AnnotatedText.ARC_RISE;
		int columns = 0;
		for (int x = 0; x < pixels.width; x++) {
			columns += ink(pixels, background, x, x, row - 5, row - 1) + ink(pixels, background, x, x, row + 1, row + 5) > 0 ? 1 : 0;
		}
		return columns;
	}

	private static AnnotationCommands commands(AnnotationEditor editor) {
		return new AnnotationCommands(editor.getEditingDomain());
	}

	private static void run(AnnotationEditor editor, Command command) {
		editor.getEditingDomain().getCommandStack().execute(command);
		EditorFixture.settle();
	}

	private static <T extends AnnotationType> T type(AnnotationEditor editor, String name, Class<T> kind) {
		return editor.getSchema().eContents().stream().filter(kind::isInstance).map(kind::cast)
				.filter(type -> type.getName().equals(name)).findFirst().orElseThrow();
	}

	/** The widget's pixels as the screen shows them. */
	private static ImageData capture(StyledText widget) {
		Display display = widget.getDisplay();
		// Paint now and give the X server time to show it, so the pixels read are the latest.
		widget.redraw();
		widget.update();
		EditorFixture.settleFor(300);
		Point origin = widget.toDisplay(0, 0);
		Image image = new Image(display, widget.getSize().x, widget.getSize().y);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** How many pixels of the rectangle [x1, x2] x [y1, y2] differ from the background. */
	private static int ink(ImageData pixels, int background, int x1, int x2, int y1, int y2) {
		int count = 0;
		for (int y = Math.max(0, y1); y <= Math.min(pixels.height - 1, y2); y++) {
			for (int x = Math.max(0, x1); x <= Math.min(pixels.width - 1, x2); x++) {
				count += pixels.getPixel(x, y) != background ? 1 : 0;
			}
		}
		return count;
	}
}
