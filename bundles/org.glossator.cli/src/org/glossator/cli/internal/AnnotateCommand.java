package org.glossator.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.uima.engine.CorpusPipeline;
import org.glossator.uima.engine.EngineDescriptor;
import org.glossator.uima.engine.EngineRegistry;
import org.glossator.uima.run.DocumentOutcome;
import org.glossator.uima.run.PipelineRun;
import org.xml.sax.SAXParseException;

/**
 * Runs the corpus pipeline over the corpus, or the documents named, as the workbench's pre-annotation does
 * ({@link PipelineRun}): each document's new proposals are merged and saved, a rerun adds only what is new.
 */
final class AnnotateCommand implements Command {

	private static final String PIPELINE = "--pipeline";

	@Override
	public String name() {
		return "annotate";
	}

	@Override
	public String summary() {
		return "run the corpus pipeline's engines and add their proposals";
	}

	@Override
	public String usage() {
		return """
				Usage: glossator annotate --corpus <folder> [--pipeline <file>] [<document>.txt...]
				Runs the engines of the corpus's pipeline.xml (or of the pipeline file given) over every document,
				or the documents named, and saves their proposals beside the others: an annotation already there,
				or one the annotator rejected, is not proposed again, so a rerun adds nothing new. Prints the new
				proposals per document; progress on stderr. A document whose engine fails stays unchanged, the
				others go on, and the exit code is 1. Installed engines: %s
				""".formatted(String.join(", ", engines().engines().stream().map(EngineDescriptor::id).toList()));
	}

	private static EngineRegistry engines() {
		return new EngineRegistry(RegistryFactory.getRegistry());
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException, CorpusException {
		Arguments parsed = new Arguments(arguments, Set.of("--corpus", PIPELINE), Set.of());
		CorpusStore store = CorpusStore.open(parsed.corpus());
		Path pipelineFile = parsed.has(PIPELINE) ? Path.of(parsed.value(PIPELINE, null)) : store.folder().resolve(CorpusPipeline.FILE);
		if (!Files.isRegularFile(pipelineFile)) {
			throw new CorpusException(pipelineFile, "No pipeline " + pipelineFile + ": set one up in the workbench, or give one with " + PIPELINE);
		}
		CorpusPipeline pipeline = readPipeline(pipelineFile);
		if (pipeline.steps().isEmpty()) {
			throw new CorpusException(pipelineFile, "The pipeline " + pipelineFile + " has no steps");
		}
		List<EngineDescriptor> engineSteps = pipeline.engines(engines(), store.folder());
		List<Path> texts = new ArrayList<>();
		for (String name : parsed.operands()) {
			Path text = store.folder().resolve(name).normalize();
			if (!store.textFiles().contains(text)) {
				throw new CorpusException(text, name + " is no text of the corpus " + store.folder());
			}
			texts.add(text);
		}
		PipelineRun run = PipelineRun.onCorpus(store, engineSteps, texts.isEmpty() ? store.textFiles() : texts);
		StderrProgress progress = new StderrProgress(err);
		// The job manager hands a job the monitor its progress provider makes; a headless run has none but this one.
		IJobManager jobs = Job.getJobManager();
		jobs.setProgressProvider(new ProgressProvider() {
			@Override
			public IProgressMonitor createMonitor(Job job) {
				return job == run ? progress : new NullProgressMonitor();
			}
		});
		try {
			run.schedule();
			run.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			err.println("glossator annotate: interrupted; the documents done so far are saved");
			return Cli.FAILED;
		} finally {
			jobs.setProgressProvider(null);
		}
		int failures = 0;
		for (DocumentOutcome outcome : run.outcomes()) {
			String name = store.folder().relativize(store.folder().resolve(outcome.text())).toString();
			if (outcome.failure() == null) {
				out.println(name + ": " + outcome.added() + " new proposals");
			} else {
				failures++;
				err.println("glossator annotate: " + name + ": " + outcome.failure());
			}
		}
		IStatus result = run.getResult();
		if (result.getSeverity() == IStatus.ERROR && run.outcomes().isEmpty()) {
			err.println("glossator annotate: " + result.getMessage());
			return Cli.FAILED;
		}
		out.println(result.getMessage());
		return failures == 0 ? Cli.OK : Cli.FAILED;
	}

	/** The pipeline file, or a problem naming it and, for XML that is not well-formed, the line. */
	private static CorpusPipeline readPipeline(Path file) throws CorpusException {
		try {
			return CorpusPipeline.read(file);
		} catch (CorpusException e) {
			for (Throwable cause = e; cause != null; cause = cause.getCause()) {
				if (cause instanceof SAXParseException parse) {
					throw new CorpusException(file, file + ", line " + parse.getLineNumber() + ": " + parse.getMessage(), e);
				}
			}
			throw e;
		}
	}
}
