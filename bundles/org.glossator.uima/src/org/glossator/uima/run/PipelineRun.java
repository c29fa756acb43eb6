package org.glossator.uima.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.Document;
import org.glossator.model.Schema;
import org.glossator.uima.SchemaTypes;
import org.glossator.uima.engine.EngineDescriptor;
import org.glossator.uima.engine.EngineException;
import org.glossator.uima.engine.Pipeline;

/**
 * Runs a pipeline over documents as a job, with progress and cancel, on as many threads as there are cores:
 * documents are processed in parallel, each by a pipeline that no other thread uses meanwhile (there are as many
 * pipelines as threads; engines and CAS are never shared between documents under way).
 * Each document's proposals are merged by {@link org.glossator.uima.ProposalMerge}, so a rerun adds only what is
 * new and never brings back what the annotator rejected. A document whose engine fails stays unchanged and the run
 * goes on with the others; the job's result lists every failure. Cancelling lets the documents under way finish,
 * so none is left half done. {@link #outcomes()} tells what happened to each document.
 */
public final class PipelineRun extends Job {

	private static final String BUNDLE = "org.glossator.uima";

	/** Until the run starts: the Progress view keeps a run that failed, to show why, not what it worked on. */
	private SchemaTypes types;
	private final List<EngineDescriptor> engines;
	private final List<Path> texts;
	/** As {@link #types}. */
	private RunDocuments documents;
	private final List<DocumentOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
	/** What the run did before the engines started, or null. */
	private String prepared;

	private PipelineRun(String name, SchemaTypes types, List<EngineDescriptor> engines, List<Path> texts, RunDocuments documents) {
		super(name);
		this.types = types;
		this.engines = List.copyOf(engines);
		this.texts = List.copyOf(texts);
		this.documents = documents;
	}

	/**
	 * A run over texts of a corpus, each loaded, merged into, saved and unloaded again (a document already loaded in
	 * the store stays loaded). The run owns the store until it is done: nothing else may use it meanwhile. When the
	 * engines hold the recommender and the corpus has its {@code retrainAfterDecisions} new decisions, the run
	 * retrains it first.
	 *
	 * @param texts texts of the corpus, relative to its folder or absolute; {@link CorpusStore#textFiles()} for all
	 */
	public static PipelineRun onCorpus(CorpusStore store, List<EngineDescriptor> engines, List<Path> texts) {
		return new PipelineRun("Pre-annotating " + texts.size() + (texts.size() == 1 ? " document" : " documents"),
				SchemaTypes.of(store.corpus().getSchema()), engines, texts, new CorpusDocuments(store));
	}

	/**
	 * A run over a document open in an editor: the engines read a snapshot, and the proposals join the document
	 * through the domain's command stack, as one undoable step, unsaved.
	 *
	 * @param schema the schema of the document's corpus
	 *
	 * @param modelThread runs work on the thread that owns the document (in the workbench, the display's
	 *            {@code syncExec} or {@code asyncExec})
	 */
	public static PipelineRun onOpenDocument(Schema schema, Document document, EditingDomain domain, Executor modelThread,
			List<EngineDescriptor> engines) {
		return new PipelineRun("Pre-annotating " + document.getTextPath(), SchemaTypes.of(schema), engines,
				List.of(Path.of(document.getTextPath())), new OpenDocument(document, domain, modelThread));
	}

	/** One entry per document the run reached, in the order they were done. */
	public List<DocumentOutcome> outcomes() {
		synchronized (outcomes) {
			return List.copyOf(outcomes);
		}
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SchemaTypes schemaTypes = types;
		RunDocuments runDocuments = documents;
		types = null;
		documents = null;
		if (runDocuments == null) {
			return Status.error(getName() + ": a run runs once.");
		}
		return runWith(schemaTypes, runDocuments, monitor);
	}

	private IStatus runWith(SchemaTypes types, RunDocuments documents, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), texts.size() + 1);
		try {
			prepared = documents.prepare(engines, progress.split(1));
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | IllegalArgumentException e) {
			return Status.error("Cannot retrain the recommender before the run, no document was changed: " + e.getMessage(), e);
		}
		BlockingQueue<Pipeline> idle = new LinkedBlockingQueue<>();
		List<Pipeline> started = Collections.synchronizedList(new ArrayList<>());
		try {
			// Started here, not by the first worker: an engine that cannot start fails the run once, not per document.
			Pipeline first = new Pipeline(types, engines);
			started.add(first);
			idle.add(first);
		} catch (EngineException e) {
			return Status.error(e.getMessage(), e);
		}
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), texts.size()));
		ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, getName());
			thread.setDaemon(true);
			return thread;
		});
		AtomicBoolean cancelled = new AtomicBoolean();
		try {
			CompletionService<DocumentOutcome> done = new ExecutorCompletionService<>(workers);
			for (Path text : texts) {
				// Workers read the monitor's flag themselves, so that no document starts once the user cancelled.
				done.submit(() -> cancelled.get() || monitor.isCanceled() ? null : process(text, idle, started, types, documents));
			}
			for (int remaining = texts.size(); remaining > 0;) {
				Future<DocumentOutcome> finished = done.poll(100, TimeUnit.MILLISECONDS);
				if (finished != null) {
					remaining--;
					DocumentOutcome outcome = finished.get();
					if (outcome != null) {
						outcomes.add(outcome);
						progress.subTask(outcome.text().getFileName().toString());
						progress.worked(1);
					}
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancelled.set(true);
		} catch (ExecutionException e) {
			return Status.error("The run failed: " + e.getCause(), e.getCause());
		} finally {
			workers.shutdown();
			awaitTermination(workers);
			started.forEach(Pipeline::close);
		}
		return cancelled.get() || monitor.isCanceled() ? Status.CANCEL_STATUS : result();
	}

	private DocumentOutcome process(Path text, BlockingQueue<Pipeline> idle, List<Pipeline> started, SchemaTypes types,
			RunDocuments documents) {
		Pipeline pipeline = idle.poll();
		Document document = null;
		try {
			if (pipeline == null) {
				pipeline = new Pipeline(types, engines);
				started.add(pipeline);
			}
			document = documents.read(text);
			List<Annotation> proposals = pipeline.propose(document);
			return new DocumentOutcome(text, documents.merge(text, document, proposals), null);
		} catch (EngineException | CorpusException | RuntimeException e) {
			return new DocumentOutcome(text, 0, e.getMessage());
		} finally {
			if (document != null) {
				documents.release(document);
			}
			if (pipeline != null) {
				idle.add(pipeline);
			}
		}
	}

	private IStatus result() {
		List<DocumentOutcome> all = outcomes();
		int added = all.stream().mapToInt(DocumentOutcome::added).sum();
		MultiStatus status = new MultiStatus(BUNDLE, 0, added + (added == 1 ? " proposal" : " proposals") + " added to "
				+ all.size() + (all.size() == 1 ? " document" : " documents"));
		if (prepared != null) {
			status.add(Status.info(prepared));
		}
		all.stream().filter(outcome -> outcome.failure() != null)
				.forEach(outcome -> status.add(Status.error(outcome.text() + ": " + outcome.failure())));
		return status;
	}

	private static void awaitTermination(ExecutorService workers) {
		// The documents under way finish, so that none is left half merged, even when this thread is interrupted.
		boolean interrupted = false;
		while (true) {
			try {
				workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
				break;
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
