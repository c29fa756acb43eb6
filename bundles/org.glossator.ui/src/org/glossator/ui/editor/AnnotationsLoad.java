package org.glossator.ui.editor;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.glossator.core.edit.AnnotationCommands;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.core.store.UnsavedChanges;
import org.glossator.model.Annotation;
import org.glossator.model.Document;

/**
 * Loads the annotations of the editor's text in the background while the editor shows the text: the store's load
 * (parse, integrity check) and what the editor builds from the document (index, change tracking, pending proposals,
 * Problems markers), so that the UI thread only installs the result. First it hands over the store's preview of the
 * annotations at the start of the text, if there is one, for the editor to show until the result comes (the editor
 * ignores it if it showed it in its first paint already).
 * <p>
 * Thread safety: the store (each editor has its own), its resource set and the document are this job's alone from
 * the end of the preview's read, which it waits for, until the result reaches the UI thread through {@link Display#asyncExec}, which orders the job's
 * writes before the UI thread's reads. The editor creates its editing domain, which registers itself on the resource
 * set, before the job starts; until the result arrives it runs no command (keys and commands wait for the
 * annotations), views attach only afterwards ({@link AnnotationEditorTracker}), and the UI thread reads nothing of the
 * store but the schema's type lists and keys when a key is pressed: those were complete before the job started, and
 * loading annotations does not change them (annotations point at the schema's types, not the other way round). The
 * preview belongs to no resource and this job keeps no reference to it: it is the UI thread's once handed over.
 */
final class AnnotationsLoad extends Job {

	/** What the editor needs of a loaded document, built off the UI thread. */
	record Loaded(Document document, AnnotationIndex index, DocumentChanges changes, Set<Annotation> pendingProposals, Kept kept) {
	}

	/**
	 * The document's unsaved changes kept when the workbench last ended without saving them: where, when, and the
	 * version they hold (null if none), or why it cannot be restored (null if it can).
	 */
	record Kept(UnsavedChanges unsaved, FileTime keptAt, Document version, Exception failure) {

		static Kept read(CorpusStore store, Document document) {
			UnsavedChanges unsaved = store.unsavedChangesOf(document);
			try {
				Document version = unsaved.read(document);
				return new Kept(unsaved, unsaved.keptAt(), version, null);
			} catch (CorpusException | RuntimeException e) {
				// Whatever goes wrong with them, the document loads.
				return new Kept(unsaved, null, null, e);
			}
		}
	}

	private final CorpusStore store;
	private final Path textFile;
	/** The text as the editor read it, which the document takes if the file has not changed since; until the load. */
	private CorpusStore.TextVersion shownText;
	private final IFile markedFile;
	private final Display display;
	/** Until it is read: the preview, once shown, holds the text as well, which is not to outlive the install. */
	private CompletableFuture<Document> preview;
	private final Consumer<Document> onPreview;
	private final Consumer<Loaded> onLoaded;
	private final Consumer<CorpusException> onFailure;

	/**
	 * @param shownText the text as the editor read it to show it
	 * @param markedFile the workspace file whose Problems markers show the document's findings, or null
	 * @param preview the store's preview of the annotations at the start of the text (or null) being read from the
	 *            store, which this job waits for
	 * @param onPreview given that preview, if any, on the UI thread, before the result
	 * @param onLoaded given the result on the UI thread
	 * @param onFailure given the store's refusal, which names the file, on the UI thread
	 */
	AnnotationsLoad(CorpusStore store, Path textFile, CorpusStore.TextVersion shownText, IFile markedFile, Display display,
			CompletableFuture<Document> preview, Consumer<Document> onPreview, Consumer<Loaded> onLoaded,
			Consumer<CorpusException> onFailure) {
		super("Loading the annotations of " + textFile.getFileName());
		this.store = store;
		this.textFile = textFile;
		this.shownText = shownText;
		this.markedFile = markedFile;
		this.display = display;
		this.preview = preview;
		this.onPreview = onPreview;
		this.onLoaded = onLoaded;
		this.onFailure = onFailure;
		setPriority(INTERACTIVE);
		// The editor's status line shows the load; a Stop button in the Progress view would leave the editor empty.
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		Runnable result;
		try {
			// The editor may have taken the preview for its first paint already; if it came too late for that, it shows
			// now, until the whole file is loaded.
			Document start = preview.join();
			preview = null;
			if (start != null && !deliver(() -> onPreview.accept(start))) {
				return Status.OK_STATUS;
			}
			CorpusStore.TextVersion shown = shownText;
			shownText = null;
			Document document = store.load(textFile, shown);
			if (monitor.isCanceled()) {
				// Only the editor cancels (a system job has no Stop button), when it closes: it ignores what arrives.
				throw new CorpusException(textFile, "Loading the annotations of " + textFile.getFileName() + " was cancelled.");
			}
			// The index takes longest of what the editor builds: another thread builds it meanwhile, reading the
			// annotations only. This thread reads them too, and writes only the document's adapters until it joins.
			CompletableFuture<AnnotationIndex> index = CompletableFuture.supplyAsync(() -> AnnotatedText.prepareIndex(document));
			// A workspace operation, which may wait for others: better here than on the UI thread.
			ProblemMarkers.updateOrLog(markedFile, store.lastValidation(document));
			// The first new annotation then costs no scan of every id.
			AnnotationCommands.countIds(document);
			Set<Annotation> pending = pendingProposals(document);
			if (monitor.isCanceled()) {
				throw new CorpusException(textFile, "Loading the annotations of " + textFile.getFileName() + " was cancelled.");
			}
			// Read here too, as reading them after a crash takes as long as a load of their own.
			Kept kept = Kept.read(store, document);
			Loaded loaded = new Loaded(document, index.join(), new DocumentChanges(document), pending, kept);
			result = () -> onLoaded.accept(loaded);
		} catch (CorpusException e) {
			result = () -> onFailure.accept(e);
		} catch (RuntimeException e) {
			// Never leave the editor waiting: it shows the failure in place of the text, as for a broken file.
			ILog.of(getClass()).error("Cannot load the annotations of " + textFile, e);
			CorpusException failure = new CorpusException(textFile, "Cannot load the annotations of " + textFile + ": " + e, e);
			result = () -> onFailure.accept(failure);
		} finally {
			monitor.done();
		}
		deliver(result);
		return Status.OK_STATUS;
	}

	/** Hands a result to the UI thread; false if the workbench closed meanwhile, and nobody waits for it. */
	private boolean deliver(Runnable result) {
		try {
			display.asyncExec(result);
			return true;
		} catch (SWTException e) {
			return false;
		}
	}

	/** The proposals among the annotations, which the editor counts from then on from each batch of changes. */
	static Set<Annotation> pendingProposals(Document document) {
		Set<Annotation> pending = new HashSet<>();
		document.getAnnotations().stream().filter(AnnotationEditor::isProposal).forEach(pending::add);
		return pending;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == AnnotationEditor.LOADING_FAMILY;
	}
}
