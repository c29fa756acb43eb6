package org.glossator.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.glossator.core.store.CorpusLayout;
import org.glossator.core.store.CorpusStore;
import org.glossator.core.store.UnsavedChanges;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.glossator.model.Role;
import org.glossator.model.RelationType;
import org.glossator.model.Schema;
import org.glossator.model.Span;
import org.glossator.model.validation.AnnotationValidator;
import org.glossator.ui.editor.AnnotationEditor;
import org.junit.jupiter.api.Test;

/**
 * The annotation editor on a generated document of 2 million tokens and 200,000 annotations, beside a plain
 * StyledText holding the same text without annotations, in the same run: open until the text is painted, until the
 * annotations on screen are painted from the store's preview and until all annotations (loaded in the background) are
 * painted, create and undo one annotation, repaint after scrolling a page, heap per annotation. Writes a Markdown table.
 */
class EditorBenchmark {

	private static final int TOKENS = 2_000_000;
	private static final int ENTITIES = 150_000;
	private static final int EVENTS = 30_000;
	private static final int RELATIONS = 20_000;
	private static final int SCROLLS = 30;
	/** Create and undo pairs. */
	private static final int EDITS = 11;
	/** A frame of GTK's frame clock, and a little more. */
	private static final long FRAME_MS = 20;
	private static final GlossatorFactory MODEL = GlossatorFactory.eINSTANCE;
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
	/** CPU time of the UI thread in the last {@link #nanosUntilPainted} step. */
	private static long lastCpu;
	/** CPU time of the other Java threads while the editor opened, in {@link #openUntilPainted}. */
	private static long lastOtherThreadsCpu;
	/** What the step given to {@link #openUntilPainted} measured while StyledText measured the lines. */
	private static long[] lastWhileMeasuring;

	@Test
	void largeDocument() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Benchmark");
		if (project.exists()) {
			project.delete(true, null);
		}
		project.create(null);
		project.open(null);
		Path folder = Path.of(project.getLocationURI());
		Files.copy(Path.of(ResourcesPlugin.getWorkspace().getRoot().getProject("Sample Corpus").getFile("schema.xmi").getLocationURI()),
				folder.resolve("schema.xmi"));
		String text = generatedText(new Random(42));
		IFile textFile = project.getFile("large.txt");
		textFile.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		int annotationCount = annotate(folder, text, new Random(7));
		project.refreshLocal(IProject.DEPTH_INFINITE, null);

		Display display = Display.getCurrent();
		List<String> rows = new ArrayList<>();
		// A known window size, so that the editor's text area does not depend on the harness's default window.
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		EditorFigures measured = measureEditor(display, page, textFile, text, annotationCount);
		long[][] editorOpen = measured.open();
		Point textSize = measured.textSize();
		long heapEditor = measured.heap();

		// Baseline: a plain StyledText of the editor's text area's size with the same text and no annotations, measured
		// after the editor (so with the code already compiled by the JIT, which favours it).
		long heapBeforePlain = usedHeap();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		StyledText[] plainText = new StyledText[1];
		long plainOpen = nanosUntilPainted(display, () -> {
			StyledText plain = new StyledText(shell, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
			plainText[0] = plain;
			plain.setText(text);
			Rectangle trim = shell.computeTrim(0, 0, textSize.x, textSize.y);
			shell.setSize(trim.width, trim.height);
			shell.layout();
			shell.open();
			return plain;
		});
		long plainOpenCpu = lastCpu;
		long plainIdleStart = System.nanoTime();
		long plainIdleStartCpu = THREADS.getCurrentThreadCpuTime();
		runUntilIdle(display);
		long plainIdle = plainOpen + System.nanoTime() - plainIdleStart;
		long plainIdleCpu = plainOpenCpu + THREADS.getCurrentThreadCpuTime() - plainIdleStartCpu;
		StyledText plain = plainText[0];
		long heapPlain = usedHeap() - heapBeforePlain;
		long[][] plainScrolls = scrolls(display, plain, true, 0);
		long[][] plainScrollsOnly = scrolls(display, plain, false, SCROLLS);
		long[][] plainPageDowns = pageDowns(display, plain, 2 * SCROLLS);
		// A selection made by key, at the top of the text shown, while the plain StyledText measures its lines again (as
		// the editor's keys, on a second, JIT-warm pass).
		plain.setText(text);
		long[] plainKeysWhileMeasuring = keysWhileMeasuring(display, plain, () -> plain.setSelection(0, 5), () -> plain.setSelection(0));
		assertStillMeasuring(display);
		shell.dispose();

		long[] apart = measuredApart(folder);

		// The same document once more, without the preview the store wrote when it saved it, as a document written by
		// another tool opens: with the code compiled by the JIT by now, which favours this open.
		deletePreviews(folder);
		long[][] withoutPreview = openUntilPainted(display, () -> (AnnotationEditor) IDE.openEditor(page, textFile, AnnotationEditor.ID),
				editor -> typeKeysWhileMeasuring(display, editor, text.indexOf(" benchmarkfree ") + 1));
		long[] keysWhileMeasuring = lastWhileMeasuring;
		page.closeAllEditors(false);

		rows.add(row("Open until the text is painted", ms(editorOpen[0][0], editorOpen[1][0]), ms(plainOpen, plainOpenCpu), ""));
		rows.add(row("Open until the annotations on screen are painted (from the store's preview)", ms(editorOpen[0][3], editorOpen[1][3]),
				ms(plainOpen, plainOpenCpu), "< 2000 ms, at most 2x plain"));
		rows.add(row("Open until all annotations are loaded and painted (editor usable)", ms(editorOpen[0][1], editorOpen[1][1]),
				ms(plainOpen, plainOpenCpu), "< 2000 ms, at most 2x plain"));
		rows.add(row("... CPU of the other threads meanwhile (the annotations loading in the background)", ms(measured.loadingCpu()), "-", ""));
		rows.add(row("... the same without a preview (the load writes one), opened again after the plain text (JIT warm)",
				ms(withoutPreview[0][1], withoutPreview[1][1]), ms(plainOpen, plainOpenCpu), ""));
		rows.add(row("Open until the UI thread is idle (StyledText has measured every line)", ms(editorOpen[0][2], editorOpen[1][2]),
				ms(plainIdle, plainIdleCpu), ""));
		rows.add(row("... of which loading the annotation file (CorpusStore.load, measured apart)", ms(apart[0], apart[1]), "-", ""));
		rows.add(row("Reading the preview (CorpusStore.loadPreview, measured apart, JIT warm)", ms(apart[4], apart[5]), "-", ""));
		rows.add(row("Saving the document with its preview (CorpusStore.save, measured apart)", ms(apart[2], apart[3]), "-", ""));
		rows.add(row("Keeping its unsaved changes for after a crash (UnsavedChanges.keep, which the editor runs on a thread of its own a second after a change; measured apart)",
				ms(apart[6], apart[7]), "-", ""));
		rows.add(row("Create one annotation (command, paint), the first", ms(measured.creates()[0][0], measured.creates()[1][0]), "-", "< 50 ms"));
		rows.add(row("Create one annotation, median of " + EDITS + " (each undone)", median(measured.creates()), "-", "< 50 ms"));
		rows.add(row("A key pressed while StyledText measures the lines, until its change is painted: create one annotation (second open; plain: select a word), median of "
				+ EDITS, ms(keysWhileMeasuring[medianIndex(keysWhileMeasuring)]), ms(plainKeysWhileMeasuring[medianIndex(plainKeysWhileMeasuring)]),
				"< 50 ms"));
		rows.add(row("... slowest", ms(max(keysWhileMeasuring)), ms(max(plainKeysWhileMeasuring)), ""));
		rows.add(row("Undo it (command, paint), the first", ms(measured.undos()[0][0], measured.undos()[1][0]), "-", "< 50 ms"));
		rows.add(row("Undo it, median of " + EDITS, median(measured.undos()), "-", "< 50 ms"));
		rows.add(row("Scroll a page, redraw() and paint, median of " + SCROLLS, median(measured.scrolls()), median(plainScrolls), "< 16 ms"));
		rows.add(row("Scroll a page, redraw() and paint, slowest", ms(max(measured.scrolls()[0])), ms(max(plainScrolls[0])), ""));
		rows.add(row("Scroll a page and paint (no redraw()), median of " + SCROLLS, median(measured.scrollsOnly()), median(plainScrollsOnly), "< 16 ms"));
		rows.add(row("Scroll a page and paint (no redraw()), slowest", ms(max(measured.scrollsOnly()[0])), ms(max(plainScrollsOnly[0])), ""));
		rows.add(row("Page Down (the caret moves with the page), median of " + SCROLLS, median(measured.pageDowns()), median(plainPageDowns), "< 16 ms"));
		rows.add(row("Page Down, slowest", ms(max(measured.pageDowns()[0])), ms(max(plainPageDowns[0])), ""));
		rows.add(row("Heap after opening", mb(heapEditor), mb(heapPlain), ""));
		rows.add(row("Heap per annotation (editor minus plain text)", String.format(Locale.ROOT, "%.0f bytes",
				(heapEditor - heapPlain) / (double) annotationCount), "-", ""));
		rows.add(row("Text area", textSize.x + " x " + textSize.y + " px", textSize.x + " x " + textSize.y + " px", ""));
		report(text, annotationCount, rows);
		project.delete(true, null);
	}

	/** The editor's figures, measured in a method of its own so that nothing holds the editor once it is closed. */
	private record EditorFigures(long[][] open, long loadingCpu, long heap, Point textSize, long[][] creates, long[][] undos,
			long[][] scrolls, long[][] scrollsOnly, long[][] pageDowns) {
	}

	/** Opens the generated document in the editor, edits and scrolls it, and closes it. */
	private static EditorFigures measureEditor(Display display, IWorkbenchPage page, IFile textFile, String text, int annotationCount)
			throws Exception {
		long heapBefore = usedHeap();
		AnnotationEditor[] opened = new AnnotationEditor[1];
		long[][] editorOpen = openUntilPainted(display, () -> {
			opened[0] = (AnnotationEditor) IDE.openEditor(page, textFile, AnnotationEditor.ID);
			return opened[0];
		});
		long loadingCpu = lastOtherThreadsCpu;
		AnnotationEditor editor = opened[0];
		long heapEditor = usedHeap() - heapBefore;
		assertEquals(annotationCount, editor.getDocument().getAnnotations().size());
		StyledText widget = editor.getTextWidget();
		Point textSize = widget.getSize();

		EntityType per = editor.getSchema().getEntityTypes().get(0);
		int free = text.indexOf(" benchmarkfree ");
		// The first create and undo of the session (code paths not yet compiled by the JIT), then the same pair again and again:
		// one pair is a single sample, too noisy to judge by.
		long[][] creates = new long[2][EDITS];
		long[][] undos = new long[2][EDITS];
		for (int i = 0; i < EDITS; i++) {
			widget.setSelection(free + 1, free + 1 + "benchmarkfree".length());
			creates[0][i] = nanosUntilPainted(display, () -> {
				editor.applyType(per);
				return widget;
			});
			creates[1][i] = lastCpu;
			assertEquals(annotationCount + 1, editor.getDocument().getAnnotations().size());
			undos[0][i] = nanosUntilPainted(display, () -> {
				editor.getEditingDomain().getCommandStack().undo();
				return widget;
			});
			undos[1][i] = lastCpu;
			assertEquals(annotationCount, editor.getDocument().getAnnotations().size());
		}
		long[][] editorScrolls = scrolls(display, widget, true, 0);
		long[][] editorScrollsOnly = scrolls(display, widget, false, SCROLLS);
		long[][] editorPageDowns = pageDowns(display, widget, 2 * SCROLLS);
		page.closeAllEditors(false);
		// What the closing left to do, before the heap is measured for the plain text.
		runUntilIdle(display);
		return new EditorFigures(editorOpen, loadingCpu, heapEditor, textSize, creates, undos, editorScrolls, editorScrollsOnly,
				editorPageDowns);
	}

	/**
	 * What of the editor's opening is reading the annotation file, in a store of its own; what a save costs, now that it
	 * writes the preview as well; and what reading that preview costs: {load, its CPU, save, its CPU, preview, its CPU}.
	 * A method of its own, so that the document it loads is garbage before the next open.
	 */
	private static long[] measuredApart(Path folder) throws Exception {
		long loadCpuStart = THREADS.getCurrentThreadCpuTime();
		long load = nanos(() -> CorpusStore.open(folder).load(folder.resolve("large.txt")));
		long loadCpu = THREADS.getCurrentThreadCpuTime() - loadCpuStart;
		CorpusStore apart = CorpusStore.open(folder);
		Document loaded = apart.load(folder.resolve("large.txt"));
		long saveCpuStart = THREADS.getCurrentThreadCpuTime();
		long save = nanos(() -> apart.save(loaded));
		long saveCpu = THREADS.getCurrentThreadCpuTime() - saveCpuStart;
		UnsavedChanges unsaved = apart.unsavedChangesOf(loaded);
		long keepCpuStart = THREADS.getCurrentThreadCpuTime();
		long keep = nanos(() -> assertTrue(unsaved.keep(loaded, () -> true)));
		long keepCpu = THREADS.getCurrentThreadCpuTime() - keepCpuStart;
		unsaved.discard();
		long previewCpuStart = THREADS.getCurrentThreadCpuTime();
		long previewRead = nanos(() -> assertNotNull(CorpusStore.open(folder).loadPreview(folder.resolve("large.txt"))));
		long previewCpu = THREADS.getCurrentThreadCpuTime() - previewCpuStart;
		return new long[] { load, loadCpu, save, saveCpu, previewRead, previewCpu, keep, keepCpu };
	}

	/** Removes the previews the store keeps in the corpus folder. */
	private static void deletePreviews(Path folder) throws IOException {
		Path previews = CorpusLayout.previewFolderOf(folder);
		List<Path> files;
		try (Stream<Path> listed = Files.list(previews)) {
			files = listed.toList();
		}
		assertFalse(files.isEmpty(), "the store wrote a preview of the generated document");
		for (Path file : files) {
			Files.delete(file);
		}
	}

	/** Sentences of the sample text, shuffled, until there are enough tokens; paragraphs of about twenty sentences. */
	private static String generatedText(Random random) throws IOException {
		String sample = Files.readString(Path.of(ResourcesPlugin.getWorkspace().getRoot().getProject("Sample Corpus")
				.getFile("000_99a4f567e82471d6.txt").getLocationURI()), StandardCharsets.UTF_8);
		String[] sentences = sample.replace('\n', ' ').split("(?<=[.!?]) ");
		StringBuilder text = new StringBuilder(TOKENS * 7);
		int tokens = 0;
		int inParagraph = 0;
		text.append("Benchmark text with a benchmarkfree word. ");
		while (tokens < TOKENS) {
			String sentence = sentences[random.nextInt(sentences.length)].trim();
			text.append(sentence).append(++inParagraph % 20 == 0 ? "\n" : " ");
			tokens += sentence.split("\\s+").length;
		}
		return text.toString();
	}

	/** Entity mentions on every so many words, events with arguments among them, and relations between neighbours. */
	private static int annotate(Path folder, String text, Random random) throws Exception {
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(folder.resolve("large.txt"));
		Schema schema = store.corpus().getSchema();
		List<int[]> words = new ArrayList<>();
		Matcher word = Pattern.compile("\\p{L}+").matcher(text);
		int skip = text.indexOf("benchmarkfree") + "benchmarkfree".length();
		while (word.find()) {
			if (word.start() > skip) {
				words.add(new int[] { word.start(), word.end() });
			}
		}
		int stride = words.size() / (ENTITIES + EVENTS);
		// Event types none of whose roles is required, so that every generated event is valid.
		List<EventType> optionalRoleTypes = schema.getEventTypes().stream()
				.filter(type -> type.getRoles().stream().allMatch(role -> role.getMinOccurs() == 0)).toList();
		List<Annotation> entities = new ArrayList<>();
		int events = 0;
		for (int i = 0; i * stride < words.size() && entities.size() + events < ENTITIES + EVENTS; i++) {
			int[] at = words.get(i * stride);
			if (i % 6 == 5 && events < EVENTS && entities.size() >= 2) {
				EventType type = optionalRoleTypes.get(random.nextInt(optionalRoleTypes.size()));
				Event event = MODEL.createEvent();
				event.setId("E" + ++events);
				place(event, type, at);
				for (Role role : type.getRoles().subList(0, 2)) {
					Annotation filler = recent(entities, role.getFillerTypes());
					if (filler != null) {
						Argument argument = MODEL.createArgument();
						argument.setRole(role.getName());
						argument.setFiller(filler);
						event.getArguments().add(argument);
					}
				}
				document.getAnnotations().add(event);
			} else {
				EntityMention mention = MODEL.createEntityMention();
				mention.setId("T" + (entities.size() + 1));
				place(mention, schema.getEntityTypes().get(random.nextInt(schema.getEntityTypes().size())), at);
				if (random.nextInt(10) == 0) {
					mention.setStatus(AnnotationStatus.PROPOSED);
					mention.setOrigin("benchmark");
					mention.setConfidence(random.nextDouble());
				}
				entities.add(mention);
				document.getAnnotations().add(mention);
			}
		}
		// Ally-of takes persons, organisations and places at both ends; ends of other types are skipped.
		RelationType allyOf = schema.getRelationTypes().stream().filter(type -> type.getName().equals("Ally-of")).findFirst().orElseThrow();
		for (int from = 0, relations = 0; relations < RELATIONS; from = (from + 7) % (entities.size() - 1)) {
			Annotation source = entities.get(from);
			Annotation target = entities.get(from + 1);
			if (allyOf.getSourceTypes().contains(source.getType()) && allyOf.getTargetTypes().contains(target.getType())) {
				Relation relation = MODEL.createRelation();
				relation.setId("R" + ++relations);
				relation.setType(allyOf);
				relation.setSource(source);
				relation.setTarget(target);
				document.getAnnotations().add(relation);
			}
		}
		assertEquals(0, AnnotationValidator.validate(document).getChildren().size(), "the generated annotations follow the schema");
		store.save(document);
		return document.getAnnotations().size();
	}

	/** The latest entity of one of the given types (any type if none is given), among the last few. */
	private static Annotation recent(List<Annotation> entities, List<AnnotationType> types) {
		for (int i = entities.size() - 1; i >= Math.max(0, entities.size() - 20); i--) {
			if (types.isEmpty() || types.contains(entities.get(i).getType())) {
				return entities.get(i);
			}
		}
		return null;
	}

	private static void place(Annotation annotation, AnnotationType type, int[] at) {
		annotation.setType(type);
		Span span = MODEL.createSpan();
		span.setBegin(at[0]);
		span.setEnd(at[1]);
		annotation.getSpans().add(span);
	}

	/**
	 * Scrolls page by page from a page on; with {@code redraw}, a full repaint of each page scrolled to (StyledText lays
	 * the visible lines out anew), an upper bound of what scrolling needs to paint. Each series starts at a page of its
	 * own, so that every step shows a page not shown before, as reading through a document does: a page shown before
	 * costs the editor less (it remembers where it drew the labels).
	 */
	private static long[][] scrolls(Display display, StyledText text, boolean redraw, int firstPage) {
		int pageHeight = text.getClientArea().height;
		text.setTopPixel(firstPage * pageHeight);
		long[] times = new long[SCROLLS];
		long[] cpu = new long[SCROLLS];
		for (int i = 0; i < SCROLLS; i++) {
			int top = text.getTopPixel() + pageHeight;
			times[i] = nanosUntilPainted(display, () -> {
				text.setTopPixel(top);
				if (redraw) {
					text.redraw();
				}
				return text;
			});
			cpu[i] = lastCpu;
			assertEquals(top, text.getTopPixel(), "the text scrolled a whole page");
		}
		return new long[][] { times, cpu };
	}

	/**
	 * Pages down from the top as a reader does with the Page Down key (a key event, so that the editor's own handling
	 * runs), the caret moving with the page (so it stays in a paragraph on screen, unlike scrolling with the scroll bar,
	 * which leaves it behind). From a page on, with the caret at its top, as {@link #scrolls}.
	 */
	private static long[][] pageDowns(Display display, StyledText text, int firstPage) {
		text.setTopPixel(firstPage * text.getClientArea().height);
		int offset = -1;
		for (int y = text.getTopMargin(); offset < 0; y++) {
			offset = text.getOffsetAtPoint(new Point(text.getLeftMargin(), y));
		}
		text.setCaretOffset(offset);
		long[] times = new long[SCROLLS];
		long[] cpu = new long[SCROLLS];
		for (int i = 0; i < SCROLLS; i++) {
			int top = text.getTopPixel();
			times[i] = nanosUntilPainted(display, () -> {
				org.eclipse.swt.widgets.Event key = new org.eclipse.swt.widgets.Event();
				key.keyCode = SWT.PAGE_DOWN;
				text.notifyListeners(SWT.KeyDown, key);
				return text;
			});
			cpu[i] = lastCpu;
			int step = i;
			assertTrue(text.getTopPixel() > top, () -> "Page Down " + step + " scrolled from " + top + " to " + text.getTopPixel() + ", caret at "
					+ text.getCaretOffset());
		}
		return new long[][] { times, cpu };
	}

	/**
	 * Opens the editor, then runs the event loop until its text has painted with the annotations loaded in the
	 * background: the wall and UI thread CPU times ({wall, cpu}) until the first paint of the text (index 0), until
	 * the first paint with annotations, the preview's or the loaded ones (index 3), until the first paint after the
	 * annotations were installed (index 1), and until the UI thread was idle (index 2), all from the open request. The
	 * area is invalidated through the parent after the open, as in {@link #nanosUntilPainted}.
	 */
	private static long[][] openUntilPainted(Display display, Callable<AnnotationEditor> open) {
		return openUntilPainted(display, open, null);
	}

	/**
	 * As {@link #openUntilPainted(Display, Callable)}, running a step on the editor once all annotations have painted,
	 * while StyledText still measures the lines (its result in {@link #lastWhileMeasuring}); the time until the UI thread
	 * is idle then includes the step.
	 */
	private static long[][] openUntilPainted(Display display, Callable<AnnotationEditor> open, Function<AnnotationEditor, long[]> whileMeasuring) {
		long otherThreadsStart = otherThreadsCpu();
		long startCpu = THREADS.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		AnnotationEditor editor = call(open);
		long[][] times = { { -1, -1, -1, -1 }, { -1, -1, -1, -1 } };
		StyledText text = editor.getTextWidget();
		PaintListener listener = event -> {
			long now = System.nanoTime() - start;
			long cpu = THREADS.getCurrentThreadCpuTime() - startCpu;
			if (times[0][0] < 0) {
				times[0][0] = now;
				times[1][0] = cpu;
			}
			// The editor installs the preview or the document before it asks for the paint, on this thread.
			if (times[0][3] < 0 && (editor.isShowingPreview() || editor.getDocument() != null)) {
				times[0][3] = now;
				times[1][3] = cpu;
			}
			if (times[0][1] < 0 && editor.getDocument() != null) {
				times[0][1] = now;
				times[1][1] = cpu;
			}
		};
		text.addPaintListener(listener);
		paintUntil(display, text, () -> times[0][1] >= 0);
		text.removePaintListener(listener);
		assertTrue(times[0][1] >= 0, "the annotations painted within two minutes");
		lastOtherThreadsCpu = otherThreadsCpu() - otherThreadsStart;
		if (whileMeasuring != null) {
			lastWhileMeasuring = whileMeasuring.apply(editor);
			assertStillMeasuring(display);
		}
		runUntilIdle(display);
		times[0][2] = System.nanoTime() - start;
		times[1][2] = THREADS.getCurrentThreadCpuTime() - startCpu;
		return times;
	}

	/**
	 * Runs the event loop until nothing is left to do: then StyledText has also measured every line, which it does
	 * after setting a wrapped text in slices of about 50 ms between events (seconds of CPU for a large text).
	 */
	private static void runUntilIdle(Display display) {
		while (display.readAndDispatch()) {
			// the next event or slice
		}
	}

	/** The CPU time of every live Java thread but this one: the background load, the workbench's jobs. */
	private static long otherThreadsCpu() {
		long current = Thread.currentThread().getId();
		return Arrays.stream(THREADS.getAllThreadIds()).filter(id -> id != current).map(THREADS::getThreadCpuTime)
				.filter(cpu -> cpu > 0).sum();
	}

	/**
	 * Runs a step that returns a text widget, then the event loop until that widget has painted: on GTK 3 update()
	 * does not paint, it only flushes exposures. The area is invalidated again through the parent (which does not make
	 * StyledText lay anything out anew), in case the step's own paint already happened. Leaves the UI thread's CPU
	 * time for the same span in {@link #lastCpu}: on a shared machine it varies far less than the wall time.
	 * <p>
	 * Each step starts a frame after the last paint, as keys pressed by a person or repeated by the keyboard do (30 a
	 * second at the most): GTK paints at most once per frame of its 60 Hz frame clock, so a step started right after a
	 * paint waits for the next frame (16.7 ms), however little it has to do.
	 */
	private static long nanosUntilPainted(Display display, Callable<StyledText> step) {
		runFor(display, FRAME_MS);
		long startCpu = THREADS.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		StyledText text = call(step);
		boolean[] painted = { false };
		PaintListener listener = event -> painted[0] = true;
		text.addPaintListener(listener);
		paintUntil(display, text, () -> painted[0]);
		long time = System.nanoTime() - start;
		lastCpu = THREADS.getCurrentThreadCpuTime() - startCpu;
		text.removePaintListener(listener);
		assertTrue(painted[0], "the text painted within two minutes");
		return time;
	}

	/** {@link #keysWhileMeasuring} with the editor's type key on a word, each annotation undone after it painted. */
	private static long[] typeKeysWhileMeasuring(Display display, AnnotationEditor editor, int word) {
		EntityType per = editor.getSchema().getEntityTypes().get(0);
		StyledText widget = editor.getTextWidget();
		int annotations = editor.getDocument().getAnnotations().size();
		widget.setSelection(word, word + "benchmarkfree".length());
		return keysWhileMeasuring(display, widget, () -> editor.applyType(per), () -> {
			assertEquals(annotations + 1, editor.getDocument().getAnnotations().size());
			editor.getEditingDomain().getCommandStack().undo();
			widget.setSelection(word, word + "benchmarkfree".length());
		});
	}

	/**
	 * Presses a key again and again at a random moment of StyledText's measuring of the lines, which it does in slices of
	 * 50 ms between events for seconds after a large text is set: a key waits for the slice under way, as a person's
	 * does. From the key (posted from another thread, as the window system's event would come) to the paint after it.
	 */
	private static long[] keysWhileMeasuring(Display display, StyledText widget, Runnable key, Runnable afterPaint) {
		Random random = new Random(11);
		long[] times = new long[EDITS];
		for (int i = 0; i < EDITS; i++) {
			runFor(display, FRAME_MS);
			long delay = random.nextInt(100);
			long[] pressed = { 0 };
			boolean[] handled = { false };
			long[] painted = { 0 };
			PaintListener listener = event -> {
				if (handled[0] && painted[0] == 0) {
					painted[0] = System.nanoTime();
				}
			};
			widget.addPaintListener(listener);
			Thread presser = new Thread(() -> {
				try {
					Thread.sleep(delay);
				} catch (InterruptedException e) {
					return;
				}
				pressed[0] = System.nanoTime();
				display.asyncExec(() -> {
					key.run();
					handled[0] = true;
				});
			});
			presser.start();
			long deadline = System.nanoTime() + 10_000_000_000L;
			while (painted[0] == 0 && System.nanoTime() < deadline) {
				if (!display.readAndDispatch()) {
					display.timerExec(1, () -> {
					});
					display.sleep();
				}
			}
			widget.removePaintListener(listener);
			assertTrue(painted[0] > 0, "the key's change painted within ten seconds");
			times[i] = painted[0] - pressed[0];
			afterPaint.run();
		}
		return times;
	}

	/** Checks that StyledText was still measuring lines after keys pressed meanwhile: more than a slice was left to do. */
	private static void assertStillMeasuring(Display display) {
		long left = System.nanoTime();
		runUntilIdle(display);
		left = System.nanoTime() - left;
		assertTrue(left > 100_000_000L, "StyledText measured lines for " + ms(left) + " more after the keys");
	}

	/** Runs the event loop for a while. */
	private static void runFor(Display display, long milliseconds) {
		long end = System.nanoTime() + milliseconds * 1_000_000;
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(1, () -> {
				});
				display.sleep();
			}
		}
	}

	/**
	 * Invalidates the text through its parent (which does not make StyledText lay anything out anew), then runs the
	 * event loop until the paint listeners say done, for two minutes at the most.
	 */
	private static void paintUntil(Display display, StyledText text, BooleanSupplier done) {
		Rectangle bounds = text.getBounds();
		text.getParent().redraw(bounds.x, bounds.y, bounds.width, bounds.height, true);
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (!done.getAsBoolean() && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	private static <T> T call(Callable<T> step) {
		try {
			return step.call();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@FunctionalInterface
	private interface Step {
		void run() throws Exception;
	}

	private static long nanos(Step step) {
		long start = System.nanoTime();
		try {
			step.run();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return System.nanoTime() - start;
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static long max(long[] values) {
		return Arrays.stream(values).max().orElse(0);
	}

	/** The median wall time, and the UI thread's CPU time in that same step. */
	private static String median(long[][] timesAndCpu) {
		int at = medianIndex(timesAndCpu[0]);
		return ms(timesAndCpu[0][at], timesAndCpu[1][at]);
	}

	private static int medianIndex(long[] values) {
		Integer[] order = new Integer[values.length];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, (a, b) -> Long.compare(values[a], values[b]));
		return order[values.length / 2];
	}

	private static String ms(long nanos, long cpuNanos) {
		return ms(nanos) + " (CPU " + ms(cpuNanos) + ")";
	}

	private static String ms(long nanos) {
		return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
	}

	private static String mb(long bytes) {
		return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
	}

	private static String row(String what, String editor, String plain, String target) {
		return "| " + what + " | " + editor + " | " + plain + " | " + target + " |";
	}

	private static void report(String text, int annotations, List<String> rows) throws IOException {
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "Document: %,d characters, %,d annotations; %d cores, Java %s.%n%n", text.length(),
				annotations, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
		report.append("| Measure | Annotation editor | Plain StyledText | Target |\n| --- | --- | --- | --- |\n");
		rows.forEach(row -> report.append(row).append('\n'));
		System.out.println(report);
		Path out = Path.of(System.getProperty("glossator.benchmark.results", "target/editor-benchmark.md"));
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}
}
