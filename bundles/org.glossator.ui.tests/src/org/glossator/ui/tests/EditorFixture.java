package org.glossator.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.EntityType;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Span;
import org.glossator.ui.editor.AnnotationEditor;

/** A corpus project of its own per test, the annotation editor on it, and the keys a person would press. */
public final class EditorFixture implements AutoCloseable {

	static final String SAMPLE_PROJECT = "Sample Corpus";
	public static final String SAMPLE_TEXT = "000_99a4f567e82471d6.txt";

	/** The line {@link #LARGE_TEXT} repeats. */
	public static final String LARGE_TEXT_LINE = "Rebels met officials in Homs and Damasco.\n";
	/** With its places annotated ({@link #saveLargeDocument}), 20,000 annotations of 3.5 MB: the store keeps a preview. */
	public static final String LARGE_TEXT = LARGE_TEXT_LINE.repeat(10_000);

	public final IProject project;
	AnnotationEditor editor;

	/** A copy of the sample corpus. */
	public static EditorFixture sampleCopy(String name) throws CoreException {
		EditorFixture fixture = new EditorFixture(name);
		IProject sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLE_PROJECT);
		for (String file : new String[] { "schema.xmi", SAMPLE_TEXT, "000_99a4f567e82471d6.glossator" }) {
			sample.getFile(file).copy(fixture.project.getFile(file).getFullPath(), true, null);
		}
		return fixture;
	}

	/** The sample's schema with a text of one's own and no annotations yet. */
	public static EditorFixture withText(String name, String textFile, String text) throws CoreException {
		EditorFixture fixture = new EditorFixture(name);
		IProject sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLE_PROJECT);
		sample.getFile("schema.xmi").copy(fixture.project.getFile("schema.xmi").getFullPath(), true, null);
		fixture.project.getFile(textFile).create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return fixture;
	}

	private EditorFixture(String name) throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, null);
		}
		project.create(null);
		project.open(null);
	}

	/**
	 * Saves the places of {@link #LARGE_TEXT}, the fixture's large.txt, as GPE mentions through a store of the fixture's
	 * folder; returns the folder.
	 */
	public Path saveLargeDocument() throws Exception {
		return saveLargeDocument(mention -> {
		});
	}

	/** As {@link #saveLargeDocument()}, each mention set up further as given (as a proposal, say) before it is saved. */
	public Path saveLargeDocument(Consumer<EntityMention> setUp) throws Exception {
		Path folder = Path.of(project.getLocationURI());
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(folder.resolve("large.txt"));
		EntityType gpe = store.corpus().getSchema().getEntityTypes().stream().filter(type -> type.getName().equals("GPE"))
				.findFirst().orElseThrow();
		Matcher place = Pattern.compile("Homs|Damasco").matcher(LARGE_TEXT);
		while (place.find()) {
			EntityMention mention = GlossatorFactory.eINSTANCE.createEntityMention();
			mention.setId("T" + (document.getAnnotations().size() + 1));
			mention.setType(gpe);
			Span span = GlossatorFactory.eINSTANCE.createSpan();
			span.setBegin(place.start());
			span.setEnd(place.end());
			mention.getSpans().add(span);
			setUp.accept(mention);
			document.getAnnotations().add(mention);
		}
		store.save(document);
		project.refreshLocal(IProject.DEPTH_INFINITE, null);
		return folder;
	}

	/** Opens the editor on a file and waits until its annotations are loaded (or cannot be). */
	public AnnotationEditor open(String textFile) throws CoreException {
		editor = openLoading(textFile);
		waitForAnnotations(editor);
		return editor;
	}

	/** Opens the editor on a file: its annotations are loading yet. */
	public AnnotationEditor openLoading(String textFile) throws CoreException {
		IFile file = project.getFile(textFile);
		editor = (AnnotationEditor) IDE.openEditor(page(), file, AnnotationEditor.ID);
		return editor;
	}

	/** Runs the user interface until the editor's annotations are loaded or cannot be; fails after a minute. */
	public static void waitForAnnotations(AnnotationEditor editor) {
		long deadline = System.currentTimeMillis() + 60_000;
		while (editor.isLoadingAnnotations()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("the annotations of " + editor.getTitle() + " did not load within a minute");
			}
			settleFor(20);
		}
		settle();
	}

	StyledText text() {
		return editor.getTextWidget();
	}

	/** Puts the caret, or a selection, on the n-th (from 1) occurrence of a string at or after the given offset. */
	int select(String what, int from, boolean wholeString) {
		int offset = editor.getDocument().getText().indexOf(what, from);
		if (offset < 0) {
			throw new IllegalArgumentException(what + " is not in the text");
		}
		text().setFocus();
		if (wholeString) {
			text().setSelection(offset, offset + what.length());
		} else {
			text().setSelection(offset + 1);
		}
		settle();
		return offset;
	}

	public void typeKey(char key) {
		Event event = new Event();
		event.character = key;
		event.keyCode = key;
		text().notifyListeners(SWT.KeyDown, event);
		settle();
	}

	/** Runs a workbench command as its key binding would. */
	public void command(String commandId) throws Exception {
		editor.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
		settle();
	}

	/** Picks an entry of the choice popup the editor has open. */
	void choose(String title, String choice) {
		Shell popup = Arrays.stream(Display.getCurrent().getShells())
				.filter(shell -> !shell.isDisposed() && title.equals(shell.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no popup titled " + title + " is open"));
		org.eclipse.swt.widgets.List list = (org.eclipse.swt.widgets.List) find(popup, org.eclipse.swt.widgets.List.class::isInstance);
		int index = list.indexOf(choice);
		if (index < 0) {
			throw new AssertionError(choice + " is not offered, only " + Arrays.toString(list.getItems()));
		}
		list.setSelection(index);
		list.notifyListeners(SWT.DefaultSelection, new Event());
		settle();
	}

	String[] choicesOffered(String title) {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && title.equals(shell.getText())) {
				return ((org.eclipse.swt.widgets.List) find(shell, org.eclipse.swt.widgets.List.class::isInstance)).getItems();
			}
		}
		return new String[0];
	}

	private static Control find(Control control, Predicate<Control> wanted) {
		if (wanted.test(control)) {
			return control;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, wanted);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	String coveredText(Annotation annotation) {
		StringBuilder covered = new StringBuilder();
		annotation.getSpans().forEach(span -> covered.append(covered.length() == 0 ? "" : " ")
				.append(editor.getDocument().getText(), span.getBegin(), span.getEnd()));
		return covered.toString();
	}

	/** The workbench window's status line messages. */
	public static String statusLine() {
		return textsIn(page().getWorkbenchWindow().getShell(), CLabel.class);
	}

	static String textsIn(Control control, Class<? extends Control> kind) {
		StringBuilder texts = new StringBuilder();
		if (kind.isInstance(control) && control.isVisible()) {
			texts.append(control instanceof CLabel label ? label.getText() : ((Text) control).getText()).append('\n');
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				texts.append(textsIn(child, kind));
			}
		}
		return texts.toString();
	}

	public static void settle() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run what the last step queued
		}
	}

	/** Keeps the user interface running for a while, for what the workbench does on timers. */
	public static void settleFor(long milliseconds) {
		long end = System.currentTimeMillis() + milliseconds;
		Display display = Display.getCurrent();
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { });
				display.sleep();
			}
		}
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@Override
	public void close() throws CoreException {
		page().closeAllEditors(false);
		settle();
		project.delete(true, null);
	}
}
