package org.glossator.uima.run;

import java.nio.file.Path;
import java.util.List;

import org.glossator.core.store.CorpusException;
import org.glossator.model.Annotation;
import org.glossator.model.Document;

/** Where a {@link PipelineRun} reads its documents and puts the proposals; called from several threads at once. */
interface RunDocuments {

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
