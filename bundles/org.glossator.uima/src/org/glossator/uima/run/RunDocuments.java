package org.glossator.uima.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glossator.core.store.CorpusException;
import org.glossator.model.Annotation;
import org.glossator.model.Document;
import org.glossator.uima.engine.EngineDescriptor;

/** Where a {@link PipelineRun} reads its documents and puts the proposals; called from several threads at once. */
interface RunDocuments {

	/**
	 * Before the engines start: brings what they read up to date (the recommender's models).
	 *
	 * @return what was done, for the run's result, or null if nothing
	 * @throws IllegalArgumentException if an engine's setting is not valid
	 */
	default String prepare(List<EngineDescriptor> engines, IProgressMonitor monitor) throws IOException {
		return null;
	}

	/** The document as the engines may read it on a worker thread; {@link #release} must follow. */
	Document read(Path text) throws CorpusException;

	/**
	 * Adds the proposals the engines made on what {@link #read} gave to the document and keeps them.
	 *
	 * @return how many were new
	 */
	int merge(Path text, Document read, List<Annotation> proposals) throws CorpusException;

	/** Done with what {@link #read} gave, merged or not. */
	void release(Document read);
}
