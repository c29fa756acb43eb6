package org.glossator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Span;
import org.glossator.ui.editor.AnnotationEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs inside the real product (application org.glossator.app.application) under a real display. */
class SampleDocumentEditorTest {

	private static final String SAMPLE_PROJECT = "Sample Corpus";
	private static final String SAMPLE_TEXT = "000_99a4f567e82471d6.txt";

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void firstStartPutsTheSampleCorpusIntoTheWorkspace() {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLE_PROJECT);
		assertTrue(project.isOpen(), "the product creates the sample corpus project on first start");
		assertTrue(project.getFile("schema.xmi").exists());
		assertTrue(project.getFile(SAMPLE_TEXT).exists());
		assertTrue(project.getFile("000_99a4f567e82471d6.glossator").exists());
	}

	@Test
	void sampleDocumentOpensWithEveryAnnotationInItsTypeColour() throws Exception {
		IFile text = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLE_PROJECT).getFile(SAMPLE_TEXT);
		assertEquals(AnnotationEditor.ID, IDE.getDefaultEditor(text).getId(), "double-click opens the annotation editor");

		IEditorPart part = IDE.openEditor(page(), text);
		AnnotationEditor editor = assertInstanceOf(AnnotationEditor.class, part);
		EditorFixture.waitForAnnotations(editor);
		StyledText widget = editor.getTextWidget();
		String expectedText = Files.readString(Path.of(text.getLocationURI()), StandardCharsets.UTF_8);
		assertEquals(expectedText, widget.getText(), "the text is shown unchanged");

		int checkedSpans = 0;
		for (Annotation annotation : editor.getDocument().getAnnotations()) {
			for (Span span : annotation.getSpans()) {
				if (annotation.getStatus() == AnnotationStatus.REJECTED) {
					assertNull(editor.getStyleAt(span.getBegin()), "rejected proposals are hidden");
					continue;
				}
				RGB typeColour = rgb(annotation.getType().getColor());
				for (int offset = span.getBegin(); offset < span.getEnd(); offset++) {
					StyleRange style = editor.getStyleAt(offset);
					assertNotNull(style, annotation.getId() + " is highlighted at " + offset);
					assertEquals(lighter(typeColour), style.background.getRGB(), annotation.getId() + " background");
					if (annotation.getStatus() == AnnotationStatus.PROPOSED) {
						assertEquals(SWT.BORDER_DASH, style.borderStyle, annotation.getId() + ", a proposal, has a dashed border");
						assertEquals(typeColour, style.borderColor.getRGB(), annotation.getId() + " has its type's colour");
						assertFalse(style.underline, annotation.getId() + " is not underlined");
					} else {
						assertEquals(SWT.NONE, style.borderStyle, annotation.getId() + ", accepted, has no border");
						assertTrue(style.underline && style.underlineStyle == SWT.UNDERLINE_SINGLE, annotation.getId() + " is underlined");
						assertEquals(typeColour, style.underlineColor.getRGB(), annotation.getId() + " has its type's colour");
					}
				}
				checkedSpans++;
			}
		}
		assertTrue(checkedSpans >= 50, "the sample has a few dozen annotated spans, saw " + checkedSpans);
		assertNull(editor.getStyleAt(0), "text outside annotations stays plain");

		Path screenshot = Screenshots.take(widget.getShell(), "sample-document");
		assertTrue(Files.size(screenshot) > 10_000, "a real picture was written: " + screenshot);

		// The proposals, further down, with their dashed frames.
		Annotation proposal = editor.getDocument().getAnnotations().stream()
				.filter(annotation -> annotation.getStatus() == AnnotationStatus.PROPOSED)
				.findFirst()
				.orElseThrow();
		widget.setTopPixel(widget.getTopPixel() + widget.getLocationAtOffset(proposal.getSpans().get(0).getBegin()).y - 100);
		EditorFixture.settle();
		Screenshots.take(widget.getShell(), "sample-document-proposals");
	}

	@Test
	void aDocumentWhoseTextChangedOpensAsAnErrorNamingTheFileNotACrash() throws Exception {
		IProject sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLE_PROJECT);
		IProject broken = ResourcesPlugin.getWorkspace().getRoot().getProject("Changed Text");
		try {
			broken.create(null);
			broken.open(null);
			for (String name : new String[] { "schema.xmi", "000_99a4f567e82471d6.glossator" }) {
				sample.getFile(name).copy(broken.getFile(name).getFullPath(), true, null);
			}
			try (var edited = new ByteArrayInputStream("Someone rewrote the text.".getBytes(StandardCharsets.UTF_8))) {
				broken.getFile(SAMPLE_TEXT).create(edited, true, null);
			}

			IEditorPart part = IDE.openEditor(page(), broken.getFile(SAMPLE_TEXT));
			// The text shows at once; the annotations, which do not fit it, load in the background.
			EditorFixture.waitForAnnotations((AnnotationEditor) part);

			assertNull(((AnnotationEditor) part).getDocument(), "no half-loaded document is shown");
			String message = textsShownBy(part);
			assertTrue(message.contains("was made for another version of"), message);
			assertTrue(message.contains("000_99a4f567e82471d6"), "the message names the file: " + message);
			Screenshots.take(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "changed-text-error");
		} finally {
			broken.delete(true, null);
		}
	}

	/** What a part shows as text: the workbench's error part has no API for its message. */
	private static String textsShownBy(IEditorPart part) {
		StringBuilder texts = new StringBuilder();
		collectTexts((Control) part.getSite().getService(MPart.class).getWidget(), texts);
		return texts.toString();
	}

	private static void collectTexts(Control control, StringBuilder texts) {
		if (control instanceof Text text) {
			texts.append(text.getText()).append('\n');
		} else if (control instanceof Label label) {
			texts.append(label.getText()).append('\n');
		} else if (control instanceof StyledText styled) {
			texts.append(styled.getText(), 0, Math.min(200, styled.getCharCount())).append('\n');
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTexts(child, texts);
			}
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static RGB rgb(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
	}

	/** 30 % of the colour over white: the tint the editor promises behind annotated text. */
	private static RGB lighter(RGB c) {
		return new RGB(mix(c.red), mix(c.green), mix(c.blue));
	}

	private static int mix(int channel) {
		return (int) Math.round(channel * 0.3 + 255 * 0.7);
	}
}
