package org.glossator.uima.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.glossator.core.edit.AnnotationEditingDomainFactory;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.Document;
import org.glossator.uima.ProposalMerge;
import org.glossator.uima.engine.EngineDescriptor;
import org.glossator.uima.engines.RecommenderRetraining;

/**
 * Documents of a corpus store, each loaded, merged into and saved, then unloaded again if the run loaded it, so
 * that a run over a large corpus holds few documents at a time. The store is not thread-safe: every use of it, and
 * every change to a document, happens under the store's lock; only the engines run in parallel.
 */
final class CorpusDocuments implements RunDocuments {

	private final CorpusStore store;
	/** For the merge commands only: a batch run saves each document, so there is nothing to undo. */
	private final EditingDomain domain;
	private final Set<Document> loadedByRun = new HashSet<>();

	CorpusDocuments(CorpusStore store) {
		this.store = store;
		this.domain = AnnotationEditingDomainFactory.create(store.resourceSet());
	}

	/** Retrains the recommender first if the corpus holds enough new decisions, so that the run proposes with what they taught. */
	@Override
	public String prepare(List<EngineDescriptor> engines, IProgressMonitor monitor) throws IOException {
		synchronized (store) {
			RecommenderRetraining.Result result = RecommenderRetraining.retrainIfDue(store, engines, monitor);
			return result.retrained().isEmpty() ? null
					: "The recommender was retrained first, on " + result.decisions() + " decisions (" + result.retrained() + ")";
		}
	}

	@Override
	public Document read(Path text) throws CorpusException {
		synchronized (store) {
			String name = text.getFileName().toString();
			boolean loaded = store.corpus().getDocuments().stream().anyMatch(document -> document.getTextPath().equals(name));
			Document document = store.load(text);
			if (!loaded) {
				loadedByRun.add(document);
			}
			// Resolving a proxy reads the resource set, which other threads change while they load documents.
			EcoreUtil.resolveAll(document);
			return document;
		}
	}

	@Override
	public int merge(Path text, Document document, List<Annotation> proposals) throws CorpusException {
		synchronized (store) {
			ProposalMerge merge = new ProposalMerge(domain, document, proposals);
			if (!merge.canExecute()) {
				return 0;
			}
			merge.execute();
			try {
				store.save(document);
			} catch (CorpusException e) {
				merge.undo();
				throw e;
			}
			return merge.getResult().size();
		}
	}

	@Override
	public void release(Document document) {
		synchronized (store) {
			if (loadedByRun.remove(document)) {
				store.unload(document);
			}
		}
	}
}
