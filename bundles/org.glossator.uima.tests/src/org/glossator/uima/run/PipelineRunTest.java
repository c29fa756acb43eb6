package org.glossator.uima.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.glossator.core.edit.AnnotationCommands;
import org.glossator.core.edit.AnnotationEditingDomainFactory;
import org.glossator.core.store.CorpusLayout;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.uima.SampleCorpus;
import org.glossator.uima.engine.CorpusPipeline;
import org.glossator.uima.engine.EngineDescriptor;
import org.glossator.uima.engine.EngineRegistry;
import org.glossator.uima.engine.PipelineStep;
import org.glossator.uima.engines.GazetteerAnnotator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus pipeline stored in a corpus folder, run over its documents on real files. */
class PipelineRunTest {

	private static final int DOCUMENTS = 12;
	private static final List<String> EXPECTED = List.of("GPE Aleppo", "DATE 5 December 2024", "MONEY $2", "GPE Homs");

	@TempDir
	Path folder;

	private EngineRegistry registry;

	@BeforeEach
	void createCorpus() throws Exception {
		registry = new EngineRegistry(RegistryFactory.getRegistry());
		SampleCorpus.copySchema(folder);
		for (int i = 0; i < DOCUMENTS; i++) {
			Files.writeString(folder.resolve(name(i)), "Report " + i + ": rebels entered Aleppo on 5 December 2024, and bread cost $2 in Homs.\n");
		}
		Files.createDirectory(folder.resolve("lists"));
		Files.writeString(folder.resolve("lists/GPE.txt"), "Aleppo\nHoms\n");
		new CorpusPipeline(List.of(new PipelineStep("org.glossator.uima.segmentation", Map.of()),
				new PipelineStep("org.glossator.uima.gazetteer", Map.of(GazetteerAnnotator.PARAM_TERM_LISTS, "lists/GPE.txt")),
				new PipelineStep("org.glossator.uima.patterns", Map.of()))).save(folder);
	}

	@Test
	void everyDocumentGetsItsProposalsSavedAndARerunAddsNothingNorBringsBackARejection() throws Exception {
		PipelineRun first = PipelineRun.onCorpus(CorpusStore.open(folder), corpusEngines(), allTexts());
		first.schedule();
		first.join();
		assertTrue(first.getResult().isOK(), first.getResult().toString());
		assertEquals(DOCUMENTS, first.outcomes().size());
		assertTrue(first.outcomes().stream().allMatch(outcome -> outcome.added() == EXPECTED.size() && outcome.failure() == null),
				first.outcomes().toString());
		assertEquals(DOCUMENTS * EXPECTED.size() + " proposals added to " + DOCUMENTS + " documents", first.getResult().getMessage());

		CorpusStore store = CorpusStore.open(folder);
		for (int i = 0; i < DOCUMENTS; i++) {
			Document document = store.load(Path.of(name(i)));
			assertEquals(EXPECTED, describe(document), name(i));
			assertTrue(document.getAnnotations().stream().allMatch(annotation -> annotation.getStatus() == AnnotationStatus.PROPOSED));
		}
		Document third = store.load(Path.of(name(3)));
		AdapterFactoryEditingDomain domain = AnnotationEditingDomainFactory.create(store.resourceSet());
		AnnotationCommands commands = new AnnotationCommands(domain);
		domain.getCommandStack().execute(commands.reject(third.getAnnotations().get(3)));
		domain.getCommandStack().execute(commands.accept(third.getAnnotations().get(0)));
		store.save(third);
		List<byte[]> saved = new ArrayList<>();
		for (int i = 0; i < DOCUMENTS; i++) {
			saved.add(Files.readAllBytes(CorpusLayout.annotationFileOf(folder.resolve(name(i)))));
		}

		PipelineRun second = PipelineRun.onCorpus(CorpusStore.open(folder), corpusEngines(), allTexts());
		second.schedule();
		second.join();
		assertEquals("0 proposals added to " + DOCUMENTS + " documents", second.getResult().getMessage());
		for (int i = 0; i < DOCUMENTS; i++) {
			assertArrayEquals(saved.get(i), Files.readAllBytes(CorpusLayout.annotationFileOf(folder.resolve(name(i)))),
					name(i) + " was not even written again");
		}
		Document reloaded = CorpusStore.open(folder).load(Path.of(name(3)));
		assertEquals(List.of(AnnotationStatus.ACCEPTED, AnnotationStatus.PROPOSED, AnnotationStatus.PROPOSED, AnnotationStatus.REJECTED),
				reloaded.getAnnotations().stream().map(Annotation::getStatus).toList());
	}

	@Test
	void aDocumentAlreadyLoadedInTheStoreStaysLoadedAndTheOthersAreUnloaded() throws Exception {
		CorpusStore store = CorpusStore.open(folder);
		Document open = store.load(Path.of(name(5)));
		PipelineRun run = PipelineRun.onCorpus(store, corpusEngines(), store.textFiles());
		run.schedule();
		run.join();
		assertEquals(List.of(open), store.corpus().getDocuments());
		assertEquals(EXPECTED, describe(open));
		assertEquals(store.corpus().getDocuments().size() + 1, store.resourceSet().getResources().size(), "the schema and the open document");
	}

	@Test
	void documentsRunInParallelOnPipelinesOfTheirOwn() throws Exception {
		assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two cores");
		RendezvousAnnotator.MEETING.reset();
		RendezvousAnnotator.INSTANCES_AND_THREADS.clear();
		List<EngineDescriptor> engines = new ArrayList<>(corpusEngines());
		engines.add(registry.engine("test.rendezvous"));
		PipelineRun run = PipelineRun.onCorpus(CorpusStore.open(folder), engines, allTexts());
		run.schedule();
		run.join();
		assertTrue(run.getResult().isOK(), run.getResult().toString());
		// A pipeline serves one thread at a time, but may pass from one worker to the other between documents.
		assertEquals(2, RendezvousAnnotator.INSTANCES_AND_THREADS.stream().map(entry -> entry.split("@")[0]).distinct().count(),
				"two pipelines: " + RendezvousAnnotator.INSTANCES_AND_THREADS);
		assertEquals(2, RendezvousAnnotator.INSTANCES_AND_THREADS.stream().map(entry -> entry.split("@")[1]).distinct().count(),
				"two threads: " + RendezvousAnnotator.INSTANCES_AND_THREADS);
		CorpusStore store = CorpusStore.open(folder);
		for (int i = 0; i < DOCUMENTS; i++) {
			assertEquals(EXPECTED, describe(store.load(Path.of(name(i)))), name(i));
		}
	}

	@Test
	void anEngineThatFailsLeavesEveryDocumentUnchangedAndIsReportedPerDocument() throws Exception {
		List<EngineDescriptor> engines = new ArrayList<>(corpusEngines());
		engines.add(registry.engine("test.throwing"));
		PipelineRun run = PipelineRun.onCorpus(CorpusStore.open(folder), engines, allTexts());
		run.schedule();
		run.join();
		assertEquals(IStatus.ERROR, run.getResult().getSeverity());
		assertEquals(DOCUMENTS, run.getResult().getChildren().length);
		assertTrue(run.outcomes().stream().allMatch(outcome -> outcome.added() == 0
				&& outcome.failure().startsWith("Engine test.throwing failed on " + outcome.text().getFileName())), run.outcomes().toString());
		assertNoAnnotationFiles();
	}

	@Test
	void anEngineThatCannotStartFailsTheRunOnce() throws Exception {
		PipelineRun run = PipelineRun.onCorpus(CorpusStore.open(folder), List.of(registry.engine("test.missing-class")), allTexts());
		run.schedule();
		run.join();
		assertEquals(IStatus.ERROR, run.getResult().getSeverity());
		assertTrue(run.getResult().getMessage().startsWith("Engine test.missing-class cannot start"), run.getResult().getMessage());
		assertEquals(List.of(), run.outcomes());
		assertNoAnnotationFiles();
	}

	@Test
	void aCancelledRunTouchesNoDocument() throws Exception {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		IStatus result = PipelineRun.onCorpus(CorpusStore.open(folder), corpusEngines(), allTexts()).run(cancelled);
		assertEquals(IStatus.CANCEL, result.getSeverity());
		assertNoAnnotationFiles();
	}

	@Test
	void proposalsJoinAnOpenDocumentAsOneUndoableStepOnItsThreadUnsaved() throws Exception {
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of(name(0)));
		AdapterFactoryEditingDomain domain = AnnotationEditingDomainFactory.create(store.resourceSet());
		AtomicInteger onModelThread = new AtomicInteger();
		Executor modelThread = work -> {
			onModelThread.incrementAndGet();
			work.run();
		};
		PipelineRun run = PipelineRun.onOpenDocument(store.corpus().getSchema(), document, domain, modelThread, corpusEngines());
		run.schedule();
		run.join();
		assertTrue(run.getResult().isOK(), run.getResult().toString());
		assertEquals(EXPECTED, describe(document));
		assertEquals(2, onModelThread.get(), "the snapshot and the merge");
		assertEquals(List.of(document), store.corpus().getDocuments());
		assertNoAnnotationFiles();
		domain.getCommandStack().undo();
		assertEquals(List.of(), document.getAnnotations());
		assertFalse(domain.getCommandStack().canUndo());
	}

	@Test
	void aRunThatFailedKeepsNothingOfTheOpenDocumentItRanOn() throws Exception {
		List<EngineDescriptor> engines = new ArrayList<>(corpusEngines());
		engines.add(registry.engine("test.throwing"));
		RunAndDocument failed = failedRunOnOpenDocument(engines);
		assertEquals(IStatus.ERROR, failed.run().getResult().getSeverity());
		for (int i = 0; i < 10 && failed.document().get() != null; i++) {
			System.gc();
			Thread.sleep(50);
		}
		assertNull(failed.document().get(), "a failed run, which the Progress view keeps to show why, keeps nothing of the document");
		failed.run().schedule();
		failed.run().join();
		assertTrue(failed.run().getResult().getMessage().endsWith("a run runs once."), failed.run().getResult().getMessage());
	}

	private record RunAndDocument(PipelineRun run, WeakReference<Document> document) {
	}

	/** A run on a document open in a store of its own, of which only the run and a weak reference are left. */
	private RunAndDocument failedRunOnOpenDocument(List<EngineDescriptor> engines) throws Exception {
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of(name(0)));
		AdapterFactoryEditingDomain domain = AnnotationEditingDomainFactory.create(store.resourceSet());
		PipelineRun run = PipelineRun.onOpenDocument(store.corpus().getSchema(), document, domain, Runnable::run, engines);
		run.schedule();
		run.join();
		return new RunAndDocument(run, new WeakReference<>(document));
	}

	private List<EngineDescriptor> corpusEngines() throws Exception {
		return CorpusPipeline.load(folder).engines(registry, folder);
	}

	private List<Path> allTexts() {
		List<Path> texts = new ArrayList<>();
		for (int i = 0; i < DOCUMENTS; i++) {
			texts.add(Path.of(name(i)));
		}
		return texts;
	}

	private void assertNoAnnotationFiles() throws Exception {
		try (var files = Files.list(folder)) {
			assertEquals(List.of(), files.filter(file -> file.toString().endsWith(CorpusLayout.ANNOTATION_EXTENSION)).toList());
		}
	}

	private static String name(int i) {
		return String.format("news-%02d.txt", i);
	}

	private static List<String> describe(Document document) {
		return document.getAnnotations().stream()
				.map(annotation -> annotation.getType().getName() + " " + SampleCorpus.covered(document, annotation))
				.toList();
	}
}
