package org.glossator.uima.run;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.glossator.core.store.CorpusException;
import org.glossator.model.Annotation;
import org.glossator.model.Argument;
import org.glossator.model.Document;
import org.glossator.model.Event;
import org.glossator.model.Relation;
import org.glossator.uima.ProposalMerge;

/**
 * A document open in an editor, which owns it and changes it on its own thread. The engines read a snapshot taken
 * on that thread, and the proposals join the document there too, through the editor's command stack: one undoable
 * step, left unsaved like any other edit.
 */
final class OpenDocument implements RunDocuments {

	private final Document document;
	private final EditingDomain domain;
	private final Executor modelThread;

	OpenDocument(Document document, EditingDomain domain, Executor modelThread) {
		this.document = document;
		this.domain = domain;
		this.modelThread = modelThread;
	}

	@Override
	public Document read(Path text) throws CorpusException {
		return onModelThread(() -> {
			Document snapshot = EcoreUtil.copy(document);
			snapshot.setText(document.getText());
			return snapshot;
		});
	}

	@Override
	public int merge(Path text, Document snapshot, List<Annotation> proposals) throws CorpusException {
		return onModelThread(() -> {
			proposals.forEach(proposal -> pointIntoDocument(proposal, snapshot));
			ProposalMerge merge = new ProposalMerge(domain, document, proposals);
			if (!merge.canExecute()) {
				return 0;
			}
			domain.getCommandStack().execute(merge);
			return merge.getResult().size();
		});
	}

	@Override
	public void release(Document snapshot) {
		// A snapshot belongs to no resource: nothing to free.
	}

	/**
	 * Proposals refer to annotations of the snapshot (an argument filled by an accepted mention); make them refer
	 * to the same annotations of the document, by id, which snapshot and document share. An annotation deleted
	 * meanwhile leaves the reference pointing outside the document, and the merge drops what depends on it.
	 */
	private void pointIntoDocument(Annotation proposal, Document snapshot) {
		if (proposal instanceof Relation relation) {
			relation.setSource(original(relation.getSource(), snapshot));
			relation.setTarget(original(relation.getTarget(), snapshot));
		} else if (proposal instanceof Event event) {
			for (Argument argument : event.getArguments()) {
				argument.setFiller(original(argument.getFiller(), snapshot));
			}
		}
	}

	private Annotation original(Annotation annotation, Document snapshot) {
		if (annotation == null || annotation.eContainer() != snapshot) {
			return annotation;
		}
		return document.getAnnotations().stream().filter(other -> other.getId().equals(annotation.getId())).findFirst().orElse(annotation);
	}

	private <T> T onModelThread(Callable<T> work) throws CorpusException {
		FutureTask<T> task = new FutureTask<>(work);
		modelThread.execute(task);
		try {
			return task.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CorpusException(Path.of(document.getTextPath()), "Interrupted while waiting for " + document.getTextPath(), e);
		} catch (ExecutionException e) {
			throw new CorpusException(Path.of(document.getTextPath()), "Cannot run on " + document.getTextPath() + ": " + e.getCause(), e.getCause());
		}
	}
}
