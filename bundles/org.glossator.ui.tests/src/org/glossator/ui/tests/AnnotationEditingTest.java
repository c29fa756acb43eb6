package org.glossator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.text.IFindReplaceTarget;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Argument;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.Relation;
import org.glossator.ui.editor.AnnotationEditor;
import org.junit.jupiter.api.Test;

/** Drives the real annotation editor inside the product: keys, workbench commands, undo and redo, save. */
class AnnotationEditingTest {

	private static final String UNDO = "org.eclipse.ui.edit.undo";
	private static final String REDO = "org.eclipse.ui.edit.redo";
	private static final String SAVE = "org.eclipse.ui.file.save";

	@Test
	void selectingTextAndPressingATypeKeyCreatesAnEntityThatUndoAndRedoTakeBackAndRestore() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Create Entity")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			int before = editor.getDocument().getAnnotations().size();
			// "ebel forc": snapping widens it to the words "rebel forces".
			int offset = fixture.select("rebel forces", 0, false);
			fixture.text().setSelection(offset + 1, offset + 10);

			fixture.typeKey('o');

			assertEquals(before + 1, editor.getDocument().getAnnotations().size());
			Annotation created = editor.getCurrentAnnotation();
			assertInstanceOf(EntityMention.class, created);
			assertEquals("ORG", created.getType().getName());
			assertEquals("rebel forces", fixture.coveredText(created));
			assertEquals("T48", created.getId(), "brat-like ids continue after the highest in use");
			assertTrue(editor.isDirty());
			StyleRange shown = fixture.editor.getStyleAt(offset + 3);
			assertNotNull(shown, "the new entity is drawn at once");

			fixture.command(UNDO);
			assertEquals(before, editor.getDocument().getAnnotations().size());
			assertNull(fixture.editor.getStyleAt(offset + 3));
			assertFalse(editor.isDirty(), "undoing every change leaves nothing to save");

			fixture.command(REDO);
			assertEquals(before + 1, editor.getDocument().getAnnotations().size());
			Annotation restored = editor.getDocument().getAnnotations().get(before);
			assertEquals("T48", restored.getId());
			assertEquals("rebel forces", fixture.coveredText(restored));
		}
	}

	@Test
	void anEventWithTwoArgumentsIsMadeByKeyboardAlone() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Event By Keyboard")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			int sentence = editor.getDocument().getText().indexOf("The fiercest clashes");
			fixture.select("Aleppo", sentence, false);
			fixture.typeKey('g');
			Annotation aleppo = editor.getCurrentAnnotation();
			fixture.select("HTS", sentence, false);
			fixture.typeKey('o');
			Annotation hts = editor.getCurrentAnnotation();
			fixture.select("clashes", sentence, false);
			fixture.typeKey('a');
			Event attack = assertInstanceOf(Event.class, editor.getCurrentAnnotation());
			assertEquals("Attack", attack.getType().getName());
			assertEquals("clashes", fixture.coveredText(attack));

			fixture.command("org.glossator.ui.addArgument");
			assertTrue(editor.isLinking());
			fixture.command("org.glossator.ui.accept");
			assertArrayEquals(new String[] { "Agent", "Target", "Place" }, fixture.choicesOffered("Role"),
					"only the roles of Attack that take a GPE");
			fixture.choose("Role", "Place");

			fixture.command("org.glossator.ui.addArgument");
			fixture.command("org.glossator.ui.nextAnnotation");
			fixture.command("org.glossator.ui.accept");
			fixture.choose("Role", "Agent");

			List<Argument> arguments = attack.getArguments();
			assertEquals(2, arguments.size());
			assertEquals("Place", arguments.get(0).getRole());
			assertSame(aleppo, arguments.get(0).getFiller());
			assertEquals("Agent", arguments.get(1).getRole());
			assertSame(hts, arguments.get(1).getFiller());
			assertSame(attack, editor.getCurrentAnnotation());
			Screenshots.take(fixture.text().getShell(), "event-with-arguments");

			fixture.command("org.glossator.ui.jumpArgument");
			assertSame(aleppo, editor.getCurrentAnnotation(), "from the event to its first filler");
			fixture.command("org.glossator.ui.jumpArgument");
			assertSame(hts, editor.getCurrentAnnotation());
			fixture.command("org.glossator.ui.jumpArgument");
			assertSame(attack, editor.getCurrentAnnotation(), "and from the last filler back to the event");

			fixture.command(UNDO);
			fixture.command(UNDO);
			assertTrue(attack.getArguments().isEmpty());
		}
	}

	@Test
	void aRelationIsMadeByKeyboardFromTheTypesTheSchemaAllows() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Relation By Keyboard")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			int sentence = editor.getDocument().getText().indexOf("Ahmed al-Dalati, deputy head");
			fixture.select("Ahmed al-Dalati", sentence, false);
			Annotation dalati = editor.getCurrentAnnotation();
			assertEquals("T37", dalati.getId());

			fixture.command("org.glossator.ui.addRelation");
			fixture.command("org.glossator.ui.accept");
			fixture.choose("Relation", "Member-of");

			Relation relation = (Relation) editor.getDocument().getAnnotations().stream()
					.filter(annotation -> annotation instanceof Relation r && r.getSource() == dalati && r.getId().equals("R6"))
					.findFirst().orElseThrow();
			assertEquals("Member-of", relation.getType().getName());
			assertEquals("T38", relation.getTarget().getId(), "Ahrar al-Sham, the next annotation");
		}
	}

	@Test
	void aSecondFragmentMakesASpanDiscontinuous() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Discontinuous")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			int sentence = editor.getDocument().getText().indexOf("Turkey, Iran, and Russia convened");
			fixture.select("Turkey", sentence, false);
			Annotation turkey = editor.getCurrentAnnotation();
			int convened = editor.getDocument().getText().indexOf("convened", sentence);
			fixture.text().setSelection(convened, convened + "convened".length());

			fixture.command("org.glossator.ui.addFragment");

			assertEquals(2, turkey.getSpans().size());
			assertEquals("Turkey convened", fixture.coveredText(turkey));
			fixture.command(UNDO);
			assertEquals(1, turkey.getSpans().size());
		}
	}

	@Test
	void aSpanIsSplitAtTheCaretAndItsFragmentsMergedAgain() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Split")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			int at = fixture.select("Recep Tayyip Erdogan", 0, false);
			Annotation erdogan = editor.getCurrentAnnotation();
			fixture.text().setCaretOffset(at + "Recep ".length());
			fixture.command("org.glossator.ui.splitSpan");
			assertEquals(2, erdogan.getSpans().size());
			assertEquals("Recep Tayyip Erdogan", fixture.coveredText(erdogan), "the space at the cut drops out");
			assertEquals(at + "Recep".length(), erdogan.getSpans().get(0).getEnd());

			fixture.command("org.glossator.ui.mergeSpans");
			assertEquals(1, erdogan.getSpans().size());
			assertEquals("Recep Tayyip Erdogan", fixture.coveredText(erdogan));
		}
	}

	@Test
	void proposalsAreReviewedWithNextAcceptAndReject() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Review")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			fixture.command("org.glossator.ui.nextProposal");
			Annotation first = editor.getCurrentAnnotation();
			assertEquals(AnnotationStatus.PROPOSED, first.getStatus());
			assertEquals("T44", first.getId(), "2011 comes first in the text");

			fixture.command("org.glossator.ui.accept");
			assertEquals(AnnotationStatus.ACCEPTED, first.getStatus());

			fixture.command("org.glossator.ui.nextProposal");
			Annotation second = editor.getCurrentAnnotation();
			assertEquals(AnnotationStatus.PROPOSED, second.getStatus());
			int at = second.getSpans().get(0).getBegin();
			fixture.command("org.glossator.ui.rejectOrDelete");
			assertEquals(AnnotationStatus.REJECTED, second.getStatus(), "rejecting keeps the decision");
			assertTrue(editor.getDocument().getAnnotations().contains(second));
			assertNull(fixture.editor.getStyleAt(at), "rejected proposals are hidden");

			fixture.command(UNDO);
			assertEquals(AnnotationStatus.PROPOSED, second.getStatus());
		}
	}

	@Test
	void typeKeysChangeTheTypeAndCommandsMoveBoundaries() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Change")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			fixture.select("Damasco", 0, false);
			Annotation damasco = editor.getCurrentAnnotation();
			fixture.typeKey('l');
			assertEquals("LOC", damasco.getType().getName());

			fixture.command("org.glossator.ui.endEarlier");
			assertEquals("Damasc", fixture.coveredText(damasco));
			fixture.command("org.glossator.ui.endLaterWord");
			assertEquals("Damasco", fixture.coveredText(damasco));
			fixture.command("org.glossator.ui.beginEarlierWord");
			assertEquals(" Damasco", fixture.coveredText(damasco));
			fixture.command("org.glossator.ui.beginLater");
			assertEquals("Damasco", fixture.coveredText(damasco));
		}
	}

	@Test
	void savedAnnotationsAreThereAfterReopening() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Save")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			fixture.select("Western officials", 0, true);
			fixture.typeKey('p');
			fixture.command(SAVE);
			assertFalse(editor.isDirty());
			EditorFixture.page().closeAllEditors(false);

			AnnotationEditor reopened = fixture.open(EditorFixture.SAMPLE_TEXT);
			Annotation saved = reopened.getDocument().getAnnotations().stream().filter(a -> a.getId().equals("T48")).findFirst().orElseThrow();
			assertEquals("PER", saved.getType().getName());
			assertEquals("Western officials", fixture.coveredText(saved));
			assertFalse(reopened.isDirty());
		}
	}

	@Test
	void highlightingKeptUpToDateStepByStepEqualsHighlightingDrawnAfresh() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Incremental")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			fixture.select("rebel forces", 0, true);
			fixture.typeKey('o');
			fixture.select("Damasco", 0, false);
			fixture.typeKey('l');
			fixture.command("org.glossator.ui.endLaterWord");
			fixture.select("Iyad Ahmed", 0, false);
			fixture.command("org.glossator.ui.rejectOrDelete");
			fixture.command("org.glossator.ui.nextProposal");
			fixture.command("org.glossator.ui.rejectOrDelete");
			fixture.select("government troops", 0, true);
			fixture.typeKey('o');
			int fragment = editor.getDocument().getText().indexOf("soldiers");
			fixture.text().setSelection(fragment, fragment + "soldiers".length());
			fixture.command("org.glossator.ui.addFragment");
			fixture.command(UNDO);
			fixture.command(UNDO);
			fixture.command(REDO);
			List<String> stepByStep = stylesOfEveryOffset(fixture);
			fixture.command(SAVE);
			EditorFixture.page().closeAllEditors(false);

			fixture.open(EditorFixture.SAMPLE_TEXT);
			List<String> afresh = stylesOfEveryOffset(fixture);

			assertEquals(afresh.size(), stepByStep.size());
			for (int offset = 0; offset < afresh.size(); offset++) {
				assertEquals(afresh.get(offset), stepByStep.get(offset), "style at " + offset);
			}
		}
	}

	/** Per offset of the text: the line colour and style drawn there (border or underline), or "-" for plain text. */
	private static List<String> stylesOfEveryOffset(EditorFixture fixture) {
		List<String> styles = new java.util.ArrayList<>();
		for (int offset = 0; offset < fixture.text().getCharCount(); offset++) {
			StyleRange style = fixture.editor.getStyleAt(offset);
			styles.add(style == null ? "-"
					: style.underline ? style.underlineColor.getRGB() + "/underline" : style.borderColor.getRGB() + "/" + style.borderStyle);
		}
		return styles;
	}

	@Test
	void rightToLeftTextIsAnnotatedAtTheRightOffsets() throws Exception {
		String text = "Reuters: \u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633 \u0628\u0634\u0627\u0631 \u0627\u0644\u0623\u0633\u062f \u0641\u064a \u062f\u0645\u0634\u0642.\r\n"
				+ "\u05e9\u05dc\u05d5\u05dd \u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd \ud835\udc00 end.\r\n";
		try (EditorFixture fixture = EditorFixture.withText("Right To Left", "rtl.txt", text)) {
			AnnotationEditor editor = fixture.open("rtl.txt");
			assertEquals(text, fixture.text().getText());
			fixture.select("\u062f\u0645\u0634\u0642", 0, false);
			fixture.typeKey('g');
			Annotation damascus = editor.getCurrentAnnotation();
			assertEquals("\u062f\u0645\u0634\u0642", fixture.coveredText(damascus), "Damascus in Arabic, without the full stop");
			fixture.select("\u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd", 0, true);
			fixture.typeKey('g');
			assertEquals("\u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd", fixture.coveredText(editor.getCurrentAnnotation()));
			Screenshots.take(fixture.text().getShell(), "right-to-left");
			fixture.command(SAVE);
			assertFalse(editor.isDirty());
		}
	}

	@Test
	void ctrlClickOnAnAnnotationMakesItAnArgumentOfTheCurrentEvent() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Link By Mouse")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			Event meeting = (Event) editor.getDocument().getAnnotations().stream().filter(a -> a.getId().equals("E4")).findFirst().orElseThrow();
			Annotation hezbollah = editor.getDocument().getAnnotations().stream().filter(a -> a.getId().equals("T33")).findFirst().orElseThrow();
			editor.select(meeting);
			fixture.text().setTopIndex(fixture.text().getLineAtOffset(hezbollah.getSpans().get(0).getBegin()));
			EditorFixture.settle();
			Point at = fixture.text().getLocationAtOffset(hezbollah.getSpans().get(0).getBegin() + 2);
			org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
			click.button = 1;
			click.x = at.x;
			click.y = at.y + fixture.text().getLineHeight() / 2;
			click.stateMask = SWT.MOD1;
			fixture.text().notifyListeners(SWT.MouseDown, click);
			EditorFixture.settle();
			// Participant is the only role of Meeting that takes an ORG: no need to ask.
			Argument added = meeting.getArguments().get(meeting.getArguments().size() - 1);
			assertEquals("Participant", added.getRole());
			assertSame(hezbollah, added.getFiller());
		}
	}

	@Test
	void findSelectsTextWithTheWorkbenchsFindAction() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Find")) {
			AnnotationEditor editor = fixture.open(EditorFixture.SAMPLE_TEXT);
			assertNotNull(editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.FIND.getId()));
			IFindReplaceTarget find = editor.getAdapter(IFindReplaceTarget.class);
			int found = find.findAndSelect(-1, "homs", true, false, true);
			assertEquals(editor.getDocument().getText().indexOf("Homs"), found);
			assertEquals("Homs", fixture.text().getSelectionText());
			int next = find.findAndSelect(found + 1, "Homs", true, true, true);
			assertEquals(editor.getDocument().getText().indexOf("Homs", found + 1), next);
			assertEquals(-1, find.findAndSelect(-1, "Hom", true, true, true), "whole words only");
		}
	}

	@Test
	void theEditorsKeysAreBoundWhileItIsActive() throws Exception {
		try (EditorFixture fixture = EditorFixture.sampleCopy("Keys")) {
			fixture.open(EditorFixture.SAMPLE_TEXT);
			IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
			assertEquals("org.glossator.ui.accept", bindings.getPerfectMatch(KeySequence.getInstance("CR")).getParameterizedCommand().getId());
			assertEquals("org.glossator.ui.nextAnnotation", bindings.getPerfectMatch(KeySequence.getInstance("TAB")).getParameterizedCommand().getId());
			assertEquals("org.glossator.ui.rejectOrDelete", bindings.getPerfectMatch(KeySequence.getInstance("DEL")).getParameterizedCommand().getId());
			assertEquals("org.glossator.ui.addArgument", bindings.getPerfectMatch(KeySequence.getInstance("M1+M2+A")).getParameterizedCommand().getId());
		}
	}
}
