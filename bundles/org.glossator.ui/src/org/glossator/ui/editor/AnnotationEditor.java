package org.glossator.ui.editor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IFindReplaceTarget;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.texteditor.FindReplaceAction;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.glossator.core.edit.AnnotationCommands;
import org.glossator.core.edit.AnnotationEditingDomainFactory;
import org.glossator.core.edit.CountingCommandStack;
import org.glossator.core.edit.TextRange;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusLayout;
import org.glossator.core.store.CorpusStore;
import org.glossator.core.store.UnsavedChanges;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.Document;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.RelationType;
import org.glossator.model.Role;
import org.glossator.model.Schema;
import org.glossator.model.Span;

/**
 * Annotates one source text: shows its standoff annotations over the text and changes them by keyboard and mouse,
 * every change a command on the document's command stack (undo, redo, dirty marker, save). Opens on either file of a
 * document (the text or its annotation file).
 * <p>
 * The text shows at once; the annotations load in the background ({@link AnnotationsLoad}) and appear when they are
 * there, those at the start of a large document's text even before, from the store's preview (drawn, but not for
 * selecting or editing). Until then {@link #getDocument()} is null, and keys and commands that need the annotations only say that
 * they are still loading ({@link #checkAnnotationsLoaded()}); an annotation file that cannot be loaded replaces the
 * text by the store's message, which names the file, and the file is left as it is.
 * <p>
 * A schema type's key applies the type: to the selected text (snapped to whole words unless snapping is off), to
 * the word under the caret when nothing is selected, or, when the caret is on an annotation of the same kind, as a
 * change of that annotation's type. The other keys are workbench commands ({@link EditorOperation}).
 */
public class AnnotationEditor extends EditorPart implements IEditingDomainProvider {

	public static final String ID = "org.glossator.ui.editor";
	/** Active while the editor is: its key bindings override the window's. */
	public static final String CONTEXT_ID = "org.glossator.ui.annotationEditorScope";
	/** The job family of the editors' annotation loads, for those who wait for them to end. */
	public static final Object LOADING_FAMILY = AnnotationsLoad.class;
	private static final String FIND_MESSAGES = "org.glossator.ui.editor.messages";

	private static final String LOADING = "Loading the annotations\u2026";
	/** How long the first paint may wait for the preview. */
	private static final long PREVIEW_WAIT_MS = 250;
	/** Where previews are read: the default asynchronous pool; tests hold it back so that a preview comes late. */
	static Executor previewReading = CompletableFuture::runAsync;

	private CorpusStore store;
	private Path textFile;
	/** Read in {@link #init}, shown by {@link #createPartControl}. */
	private String initialText;
	private AnnotationsLoad load;
	/** Null until the annotations are loaded, and for good if they cannot be. */
	private Document document;
	/**
	 * The store's preview of the annotations at the start of the text, or null: read on another thread, until which
	 * the load waits, as it needs the store. Until the controls are made.
	 */
	private CompletableFuture<Document> preview;
	/** Why the annotations cannot be loaded (the store's message, naming the file), or null. */
	private String loadFailure;
	/** What waits for the annotations, run once they are installed. */
	private final List<Runnable> waitingForAnnotations = new ArrayList<>();
	/** What runs instead when the annotations never come: the load failed or the editor closed first. */
	private final List<Runnable> insteadOfAnnotations = new ArrayList<>();
	private boolean disposed;
	private boolean loadScheduled;
	private Composite parent;
	/** Shown in place of the text when the annotations cannot be loaded. */
	private Text failureMessage;
	private AdapterFactoryEditingDomain domain;
	private AnnotationCommands commands;
	private AnnotatedText view;
	private CommandStackAction undo;
	private CommandStackAction redo;
	private FindReplaceAction find;
	private final CommandStackListener commandStackListener = event -> modelChanged();
	private AnnotationOutlinePage outline;
	private DocumentChanges changes;
	/** The current annotation, for the Properties view and other selection listeners. */
	private final CurrentAnnotation selection = new CurrentAnnotation();
	/** Whether the views that follow the current annotation have yet to be told of a change ({@link #currentChanged}). */
	private boolean viewsBehind;
	/** The Properties views' pages beside this editor. */
	private final List<PropertiesPage> propertiesPages = new ArrayList<>();
	/** Whether the document or the schema changed since the Properties pages last showed the current annotation. */
	private boolean propertiesStale;
	private boolean snapToWords = true;
	/** Set while choosing the other end of a new argument or relation. */
	private Link link;
	/** Suppresses taking the annotation under the caret while the editor moves the caret itself. */
	private boolean movingCaret;
	/**
	 * The proposals waiting for a decision, kept up to date from each batch of changes: counting them among 200,000
	 * annotations after every change cost more than the change.
	 */
	private Set<Annotation> pendingProposals = new HashSet<>();
	/** The workspace path of the corpus's schema file, or null when the input is not a workspace file. */
	private IPath schemaPath;
	private Display display;
	private final IResourceChangeListener schemaListener = this::workspaceChanged;
	/** Keeps the unsaved changes for after a crash, from the install on (or null). */
	private UnsavedChangesKeeper unsavedChanges;
	/** What {@link #tell} could not say yet, this editor not being the active one. */
	private String untold;
	/** Set when the schema file grew while the document had unsaved changes: taken in after the next save. */
	private boolean schemaChangePending;

	/** A pending argument (from an event) or relation (from any annotation) waiting for its other end. */
	private record Link(Annotation from, boolean relation) {
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		Path file = fileOf(input);
		textFile = CorpusLayout.textFileOf(file);
		CorpusStore.TextVersion shown;
		try {
			store = CorpusStore.open(file.getParent()).keepingPreviews();
			// Before the preview is read: the domain registers itself on the store's resource set, which belongs to the
			// preview's thread from then on, and then to the load.
			domain = AnnotationEditingDomainFactory.create(store.resourceSet());
			// Read once this thread has read the text, so that the first paint may show the annotations at its start: the
			// preview of the very text shown, even if the file changes meanwhile.
			CorpusStore opened = store;
			CompletableFuture<Integer> shownVersion = new CompletableFuture<>();
			// A preview is optional: whatever goes wrong while reading it, there is none.
			preview = shownVersion.thenApplyAsync(textCrc -> previewOf(opened, textFile, textCrc), previewReading).exceptionally(failure -> null);
			try {
				shown = store.readText(textFile);
			} catch (CorpusException | RuntimeException e) {
				shownVersion.completeExceptionally(e);
				throw e;
			}
			shownVersion.complete(shown.crc32c());
			initialText = shown.text();
		} catch (CorpusException e) {
			// The workbench shows this message in place of the editor: the workbench itself carries on.
			throw new PartInitException(e.getMessage(), e);
		}
		commands = new AnnotationCommands(domain);
		domain.getCommandStack().addCommandStackListener(commandStackListener);
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(LOADING);
		IFile inputFile = input.getAdapter(IFile.class);
		display = site.getShell().getDisplay();
		load = new AnnotationsLoad(store, textFile, shown, inputFile, display, preview, this::previewArrived, this::annotationsLoaded,
				this::annotationsFailed);
		if (inputFile != null) {
			schemaPath = inputFile.getFullPath().removeLastSegments(1).append(CorpusLayout.SCHEMA_FILE);
			ResourcesPlugin.getWorkspace().addResourceChangeListener(schemaListener, IResourceChangeEvent.POST_CHANGE);
		}
	}

	/** The text of the document an input is of (either of its files), or null if the editor cannot open it. */
	static Path textFileOf(IEditorInput input) {
		try {
			return CorpusLayout.textFileOf(fileOf(input)).toAbsolutePath().normalize();
		} catch (PartInitException | RuntimeException notADocument) {
			// Not on the local file system, or a URI no path stands for (file://host/...).
			return null;
		}
	}

	private static Path fileOf(IEditorInput input) throws PartInitException {
		IFile file = input.getAdapter(IFile.class);
		URI uri = file != null ? file.getLocationURI() : input instanceof IURIEditorInput uriInput ? uriInput.getURI() : null;
		if (uri == null || !"file".equals(uri.getScheme())) {
			throw new PartInitException("Glossator opens documents of a corpus folder on the local file system, not " + input.getName());
		}
		return Path.of(uri);
	}

	@Override
	public void createPartControl(Composite parent) {
		this.parent = parent;
		view = new AnnotatedText(parent, initialText, previewWithin(PREVIEW_WAIT_MS), this::currentChanged);
		initialText = null;
		// The preview, once shown, holds the text as well: only the view keeps it, until the install.
		preview = null;
		StyledText text = view.widget();
		text.addListener(SWT.KeyDown, this::keyPressed);
		text.addListener(SWT.MouseDown, this::mousePressed);
		// Tab moves between annotations here, not to the next control.
		text.addListener(SWT.Traverse, event -> event.doit = event.detail != SWT.TRAVERSE_TAB_NEXT && event.detail != SWT.TRAVERSE_TAB_PREVIOUS);
		text.addCaretListener(event -> {
			if (!movingCaret && text.getSelectionCount() == 0) {
				view.select(view.index().at(event.caretOffset));
			}
		});
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		getSite().setSelectionProvider(selection);
		undo = new CommandStackAction(domain.getCommandStack(), true);
		redo = new CommandStackAction(domain.getCommandStack(), false);
		find = new FindReplaceAction(ResourceBundle.getBundle(FIND_MESSAGES), "find.", this);
		// The active annotation editor keeps them; this one takes them when it becomes the active one.
		if (!(getSite().getPage().getActiveEditor() instanceof AnnotationEditor other) || other == this) {
			takeSharedActions(getEditorSite().getActionBars());
		}
		// As soon as the text has painted (with the preview, if there is one), or else once the events waiting now are
		// handled (an editor not shown yet): the load's thread, with the JIT compiling it and the collector, would take
		// the cores that the first paint needs (in the editor benchmark, 0.7 s instead of 0.33 s until the text and its
		// preview were painted), and the whole load takes as long either way. Those events include a slice of
		// StyledText's measuring of lines, which would delay the load by 50 ms or more. The results always find the
		// controls made.
		onNextPaint(this::startLoad);
		display.asyncExec(this::startLoad);
		// Written even before the new editor is the active one, which it becomes next.
		getEditorSite().getActionBars().getStatusLineManager().setMessage(LOADING);
	}

	private void startLoad() {
		if (!disposed && !loadScheduled) {
			loadScheduled = true;
			load.schedule();
		}
	}

	/**
	 * The store's preview, or null: the wait is short, as a preview takes tens of milliseconds to read; if it takes
	 * longer, the load hands it over when it is there ({@link #previewArrived}).
	 */
	private Document previewWithin(long milliseconds) {
		try {
			return preview.get(milliseconds, TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (ExecutionException | TimeoutException e) {
			return null;
		}
	}

	private static Document previewOf(CorpusStore store, Path textFile, int textCrc) {
		try {
			return store.loadPreview(textFile, textCrc);
		} catch (CorpusException e) {
			// Not a text of the corpus: reading the text says so.
			return null;
		}
	}

	/** The preview when it was not there yet as the controls were made. */
	private void previewArrived(Document start) {
		if (!view.isPreviewing() && !disposed && document == null && loadFailure == null) {
			view.preview(start);
		}
	}

	private void annotationsLoaded(AnnotationsLoad.Loaded loaded) {
		if (disposed) {
			loaded.changes().dispose();
		} else {
			install(loaded);
		}
	}

	/** Runs an action once the text has painted next. */
	private void afterNextPaint(Runnable action) {
		onNextPaint(() -> display.asyncExec(action));
	}

	/** Runs an action as the text paints next, within that paint. */
	private void onNextPaint(Runnable action) {
		StyledText text = view.widget();
		text.addPaintListener(new PaintListener() {
			@Override
			public void paintControl(PaintEvent event) {
				text.removePaintListener(this);
				action.run();
			}
		});
	}

	/** Shows the annotations and lets the keys, commands and views that waited for them at them. */
	private void install(AnnotationsLoad.Loaded loaded) {
		document = loaded.document();
		changes = loaded.changes();
		pendingProposals = loaded.pendingProposals();
		view.install(document, loaded.index());
		// After the paint the user waits for: it would compete with it for the cores.
		getSchema().getEntityTypes().stream().findFirst().ifPresent(type -> afterNextPaint(() -> FirstEditRehearsal.scheduleOnce(type)));
		setTitleToolTip(getEditorInput().getToolTipText());
		status(null);
		restoreThenKeepUnsavedChanges(loaded.kept());
		// Later than install, usually after the paint it asked for: listing every annotation (a sort, a table of as many
		// rows) takes longer on a large document than painting the annotations on screen, which the user waits for first.
		display.asyncExec(() -> {
			if (!disposed && outline != null) {
				outline.refresh();
			}
		});
		if (isActive() && getEditorSite().getActionBarContributor() instanceof AnnotationEditorContributor contributor) {
			contributor.update(this);
		}
		List<Runnable> waiting = List.copyOf(waitingForAnnotations);
		waitingForAnnotations.clear();
		insteadOfAnnotations.clear();
		waiting.forEach(Runnable::run);
	}

	/**
	 * Restores the changes kept when the workbench last ended without saving them (a crash), read by the load, in one
	 * step that undo takes back, and from then on keeps this editor's. Changes kept that cannot be restored are set
	 * aside, and the user told where; if they cannot be moved, this editor leaves them alone and keeps none of its own.
	 */
	private void restoreThenKeepUnsavedChanges(AnnotationsLoad.Kept kept) {
		UnsavedChanges unsaved = kept.unsaved();
		Exception failure = kept.failure();
		if (kept.version() != null) {
			Command restore = commands.restore(document, kept.version());
			domain.getCommandStack().execute(restore);
			// The stack reports a command that fails to its log only, and leaves it off the stack.
			if (domain.getCommandStack().getMostRecentCommand() == restore) {
				String when = kept.keptAt() == null ? "" : " (kept " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
						.format(LocalDateTime.ofInstant(kept.keptAt().toInstant(), ZoneId.systemDefault())) + ")";
				tell("Restored the changes not saved when Glossator ended" + when + "; Ctrl+Z takes them back.");
			} else {
				failure = new IllegalStateException("The document could not take them in; the error log says why.");
			}
		}
		if (failure != null) {
			ILog.of(getClass()).error("Cannot restore the unsaved changes in " + unsaved.file(), failure);
			String notRestored = "The changes not saved when Glossator ended are not restored: " + failure.getMessage();
			try {
				tell(notRestored + " They were moved to " + unsaved.setAside() + ".");
			} catch (IOException moveFailure) {
				tell(notRestored + " They stay in " + unsaved.file() + ", and this editor keeps no unsaved changes of its own for after a crash.");
				return;
			}
		}
		unsavedChanges = new UnsavedChangesKeeper(unsaved, document, (CountingCommandStack) domain.getCommandStack(), display, this::tell);
	}

	private void annotationsFailed(CorpusException failure) {
		if (disposed) {
			return;
		}
		loadFailure = failure.getMessage();
		showFailure();
		annotationsNeverCome();
	}

	private void annotationsNeverCome() {
		List<Runnable> instead = List.copyOf(insteadOfAnnotations);
		waitingForAnnotations.clear();
		insteadOfAnnotations.clear();
		instead.forEach(Runnable::run);
	}

	/** The store's message in place of the text: what is wrong, in which file. */
	private void showFailure() {
		setTitleToolTip(loadFailure);
		status(null);
		failureMessage = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		failureMessage.setText(loadFailure + "\n\nThe file was left as it is.");
		view.widget().dispose();
		parent.layout(true);
	}

	/**
	 * Whether the annotations are there; if not, says in the status line that they are still loading (or why they
	 * cannot be). Keys and commands that need the document ask this first.
	 */
	public boolean checkAnnotationsLoaded() {
		if (document == null) {
			status(loadFailure == null ? "Annotations are still loading." : "The annotations could not be loaded: " + loadFailure);
		}
		return document != null;
	}

	/** Whether the annotations are still being loaded (neither there nor failed). */
	public boolean isLoadingAnnotations() {
		return document == null && loadFailure == null && !disposed;
	}

	/**
	 * Runs an action on the UI thread once the annotations are there: at once if they are; never if they cannot be
	 * loaded or the editor closes first.
	 */
	public void whenAnnotationsLoaded(Runnable action) {
		whenAnnotationsLoaded(action, () -> {
		});
	}

	/**
	 * Runs an action on the UI thread once the annotations are there, or the other one if they never come: the load
	 * failed, or the editor closed first (then while it closes).
	 */
	public void whenAnnotationsLoaded(Runnable action, Runnable otherwise) {
		if (document != null) {
			action.run();
		} else if (isLoadingAnnotations()) {
			waitingForAnnotations.add(action);
			insteadOfAnnotations.add(otherwise);
		} else {
			otherwise.run();
		}
	}

	/**
	 * Makes an annotation (or none) the current one of the editor's selection provider at once; the views that follow it
	 * (Outline, Properties, and the workbench's selection) are told once the events waiting now are handled, usually
	 * after the editor's paint, which the user waits for first: in the editor benchmark they took 2 ms of a create, and
	 * up to 11 ms of the first. Changes meanwhile reach them once.
	 */
	private void currentChanged(Annotation current) {
		selection.take(current == null ? StructuredSelection.EMPTY : new StructuredSelection(current));
		if (!viewsBehind) {
			viewsBehind = true;
			display.asyncExec(() -> {
				viewsBehind = false;
				if (!disposed) {
					if (outline != null) {
						outline.follow(view.selected());
					}
					selection.tell();
					// The Properties view ignores a selection equal to the one it shows: so when the annotation it shows
					// changed, it is shown anew (later if its values are being edited).
					if (propertiesStale) {
						propertiesStale = !propertiesPages.stream().allMatch(PropertiesPage::refreshUnlessEditing);
					}
				}
			});
		}
	}

	private void modelChanged() {
		DocumentChanges.Batch batch = changes.take();
		// Changes to an annotation's parts (its attribute values) are not in the batch, which lists annotations.
		propertiesStale = true;
		view.refresh(batch);
		pendingProposals.removeAll(batch.removed());
		for (Annotation annotation : Stream.concat(batch.added().stream(), batch.changed().stream()).toList()) {
			if (isProposal(annotation)) {
				pendingProposals.add(annotation);
			} else {
				pendingProposals.remove(annotation);
			}
		}
		if (outline != null) {
			outline.updateSoon(batch);
		}
		// Views showing the current annotation (Properties) read it anew.
		currentChanged(view.selected());
		undo.update();
		redo.update();
		firePropertyChange(PROP_DIRTY);
		if (unsavedChanges != null) {
			unsavedChanges.changed(isDirty());
		}
		if (getEditorSite().getActionBarContributor() instanceof AnnotationEditorContributor contributor) {
			contributor.update(this);
		}
		Command last = domain.getCommandStack().getMostRecentCommand();
		if (last != null && last.getResult().size() == 1 && last.getResult().iterator().next() instanceof Annotation changed
				&& view.index().shows(changed)) {
			select(changed);
		}
	}

	/** The document, or null while its annotations load ({@link #whenAnnotationsLoaded}) or when they cannot be loaded. */
	public Document getDocument() {
		return document;
	}

	/** Whether the editor shows the store's preview of the annotations at the start of the text while they load. */
	public boolean isShowingPreview() {
		return view != null && loadFailure == null && view.isPreviewing();
	}

	/** The text file the editor shows, known before its annotations load. */
	public Path getTextFile() {
		return textFile;
	}

	public StyledText getTextWidget() {
		return view.widget();
	}

	/** The style the text shows at an offset (colours, underline or border of the annotation drawn there), or null. */
	public StyleRange getStyleAt(int offset) {
		return view.styleAt(offset);
	}

	/** The annotation the editor's keys act on: the one under the caret or the last one moved to. */
	public Annotation getCurrentAnnotation() {
		return view.selected();
	}

	public boolean isLinking() {
		return link != null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IFindReplaceTarget.class && failureMessage == null) {
			return adapter.cast(new TextFindTarget(view.widget()));
		}
		if (adapter == IGotoMarker.class) {
			return adapter.cast((IGotoMarker) marker -> {
				String id = marker.getAttribute(ProblemMarkers.ANNOTATION_ID, "");
				// Opening the editor from the Problems view asks this right away, before the annotations are there.
				whenAnnotationsLoaded(() -> document.getAnnotations().stream().filter(annotation -> id.equals(annotation.getId()))
						.findFirst().ifPresent(this::select));
			});
		}
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new PropertiesPage(this));
		}
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new AnnotationOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	/**
	 * The Properties view's page beside this editor, with the editor's Undo and Redo. The workbench's menu renderer keeps
	 * the actions of the page's context menu, and with them the page, after the page is disposed: so the page lets go of
	 * the editor then, or every closed editor would keep its whole document in memory.
	 */
	private static final class PropertiesPage extends PropertySheetPage {
		private AnnotationEditor editor;

		PropertiesPage(AnnotationEditor editor) {
			this.editor = editor;
		}

		@Override
		public void createControl(Composite parent) {
			super.createControl(parent);
			if (editor != null) {
				editor.propertiesPages.add(this);
			}
		}

		/** Shows the current annotation's values anew, unless the user is editing one of them in a cell. */
		boolean refreshUnlessEditing() {
			if (getControl() == null || getControl().isDisposed()) {
				return true;
			}
			Control focus = getControl().getDisplay().getFocusControl();
			for (Control inPage = focus; inPage != null; inPage = inPage.getParent()) {
				if (inPage == getControl()) {
					if (focus != getControl()) {
						return false;
					}
					break;
				}
			}
			refresh();
			return true;
		}

		@Override
		public void setActionBars(IActionBars actionBars) {
			super.setActionBars(actionBars);
			if (editor != null) {
				editor.shareUndoRedo(actionBars);
			}
		}

		@Override
		public void dispose() {
			super.dispose();
			if (editor != null) {
				editor.propertiesPages.remove(this);
				editor = null;
			}
		}
	}

	/**
	 * Makes Undo, Redo and Find of the editor's action bars act on this editor. All annotation editors of a workbench
	 * page share those action bars: so when the editor is made, and whenever it becomes the active one
	 * ({@link AnnotationEditorContributor#setActiveEditor}); a closing editor takes its own back ({@link #dispose}).
	 */
	void takeSharedActions(IActionBars actionBars) {
		if (undo == null) {
			return;
		}
		actionBars.setGlobalActionHandler(ActionFactory.FIND.getId(), find);
		shareUndoRedo(actionBars);
	}

	/**
	 * Makes Undo and Redo act on this document in the action bars of a part or page beside the editor (Outline,
	 * Properties), so that Ctrl+Z undoes a change made there while that view has the focus.
	 */
	public void shareUndoRedo(IActionBars actionBars) {
		actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		actionBars.updateActionBars();
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** The folder of the document's corpus: its schema, pipeline and other documents are there. */
	public Path getCorpusFolder() {
		return store.folder();
	}

	public Schema getSchema() {
		return store.corpus().getSchema();
	}

	public boolean isTypeHidden(AnnotationType type) {
		return view.isHidden(type);
	}

	/** Shows or hides every annotation of a type. */
	public void setTypeHidden(AnnotationType type, boolean hidden) {
		view.setHidden(type, hidden);
	}

	// --- keys and mouse

	private void keyPressed(org.eclipse.swt.widgets.Event event) {
		if (link != null && event.keyCode == SWT.ESC) {
			endLink("Cancelled.");
			return;
		}
		boolean plain = (event.stateMask & (SWT.MOD1 | SWT.MOD3)) == 0;
		if (plain && event.character > ' ' && link == null) {
			AnnotationType type = typeWithKey(String.valueOf(event.character));
			if (type != null) {
				applyType(type);
				event.doit = false;
			}
		}
	}

	private AnnotationType typeWithKey(String key) {
		return Stream.concat(getSchema().getEntityTypes().stream(), getSchema().getEventTypes().stream())
				.filter(type -> key.equals(type.getKey())).findFirst().orElse(null);
	}

	private void mousePressed(org.eclipse.swt.widgets.Event event) {
		if (event.button != 1) {
			return;
		}
		int offset = view.widget().getOffsetAtPoint(new Point(event.x, event.y));
		Annotation clicked = offset < 0 ? null : view.index().at(offset);
		Annotation current = view.selected();
		if (link == null && (event.stateMask & SWT.MOD1) != 0 && clicked != null && current != null && clicked != current) {
			// Ctrl+click links the current annotation to the clicked one: an argument from an event, else (or with
			// Shift as well) a relation.
			boolean relation = (event.stateMask & SWT.MOD2) != 0 || !(current instanceof Event);
			link = new Link(current, relation);
			event.doit = false;
		}
		if (link != null && clicked != null && clicked != link.from()) {
			view.setCandidate(clicked);
			completeLink();
		}
	}

	/** Runs one of the editor's commands; the workbench calls it through {@link EditorOperationHandler}. */
	public void perform(EditorOperation operation) {
		if (!checkAnnotationsLoaded()) {
			return;
		}
		Annotation current = view.selected();
		switch (operation) {
		case NEXT_ANNOTATION -> move(1, annotation -> true);
		case PREVIOUS_ANNOTATION -> move(-1, annotation -> true);
		case NEXT_PROPOSAL -> move(1, AnnotationEditor::isProposal);
		case PREVIOUS_PROPOSAL -> move(-1, AnnotationEditor::isProposal);
		case ACCEPT -> {
			if (link != null) {
				completeLink();
			} else if (isProposal(current)) {
				execute(commands.accept(current));
			}
		}
		case REJECT_OR_DELETE -> {
			if (current != null) {
				Annotation next = view.index().next(current, 1, annotation -> annotation != current);
				execute(isProposal(current) ? commands.reject(current) : commands.deleteAnnotation(current));
				select(next);
			}
		}
		case ACCEPT_ALL -> decideProposals(current, true);
		case REJECT_ALL -> decideProposals(current, false);
		case ADD_ARGUMENT -> startLink(current, false);
		case ADD_RELATION -> startLink(current, true);
		case ADD_FRAGMENT -> addFragment(current);
		case SPLIT_SPAN -> splitSpan(current);
		case MERGE_SPANS -> mergeSpans(current);
		case JUMP_ARGUMENT -> jumpArgument(current);
		case END_LATER -> moveBoundary(current, false, 1, false);
		case END_EARLIER -> moveBoundary(current, false, -1, false);
		case END_LATER_WORD -> moveBoundary(current, false, 1, true);
		case END_EARLIER_WORD -> moveBoundary(current, false, -1, true);
		case BEGIN_LATER -> moveBoundary(current, true, 1, false);
		case BEGIN_EARLIER -> moveBoundary(current, true, -1, false);
		case BEGIN_LATER_WORD -> moveBoundary(current, true, 1, true);
		case BEGIN_EARLIER_WORD -> moveBoundary(current, true, -1, true);
		case TOGGLE_WORD_SNAPPING -> {
			snapToWords = !snapToWords;
			status(snapToWords ? "New spans snap to whole words." : "New spans take the selection as it is.");
		}
		}
	}

	static boolean isProposal(Annotation annotation) {
		return annotation != null && annotation.getStatus() == AnnotationStatus.PROPOSED;
	}

	private void move(int step, Predicate<Annotation> filter) {
		if (link != null) {
			Annotation from = link.from();
			Annotation candidate = view.index().next(view.candidate(), step, annotation -> annotation != from);
			view.setCandidate(candidate);
			reveal(candidate);
			return;
		}
		Annotation next = view.index().next(view.selected(), step, filter);
		if (next == null) {
			status("No " + (filter.test(null) ? "annotation" : "proposal") + " to move to.");
		}
		select(next);
	}

	/** Makes an annotation the current one and shows it. */
	public void select(Annotation annotation) {
		reveal(annotation);
		view.select(annotation);
	}

	private void reveal(Annotation annotation) {
		if (annotation != null) {
			movingCaret = true;
			try {
				int begin = annotation.getSpans().get(0).getBegin();
				view.widget().setCaretOffset(begin);
				// Scrolling makes StyledText measure lines anew: only when the annotation is off screen.
				if (!view.isOnScreen(begin)) {
					view.widget().showSelection();
				}
			} finally {
				movingCaret = false;
			}
		}
	}

	// --- creating and changing annotations

	/** Applies a type as its key does (see the class comment). */
	public void applyType(AnnotationType type) {
		if (!checkAnnotationsLoaded()) {
			return;
		}
		Annotation current = view.selected();
		Point selection = view.widget().getSelectionRange();
		if (selection.y == 0 && current != null && sameKind(current.getType(), type)) {
			if (current.getType() != type) {
				execute(commands.changeType(current, type));
			} else if (isProposal(current)) {
				execute(commands.accept(current));
			}
			return;
		}
		TextRange range = selection.y > 0 ? new TextRange(selection.x, selection.x + selection.y) : wordAt(selection.x);
		if (snapToWords) {
			range = snapped(range);
		}
		if (range == null || range.begin() >= range.end()) {
			status("Select some text, or put the caret on a word, to annotate it.");
			return;
		}
		List<TextRange> spans = List.of(range);
		if (type instanceof EntityType entityType) {
			execute(commands.createEntityMention(document, entityType, spans));
		} else if (type instanceof EventType eventType) {
			execute(commands.createEvent(document, eventType, spans));
		}
	}

	private static boolean sameKind(AnnotationType a, AnnotationType b) {
		return a != null && b != null && a.eClass() == b.eClass();
	}

	private TextRange wordAt(int offset) {
		String text = document.getText();
		BreakIterator words = BreakIterator.getWordInstance();
		words.setText(text);
		int end = words.following(Math.min(offset, Math.max(0, text.length() - 1)));
		int begin = words.previous();
		return end == BreakIterator.DONE ? null : new TextRange(begin, end);
	}

	/** Widens a range to the words it touches, and trims white space at its ends. */
	private TextRange snapped(TextRange range) {
		if (range == null) {
			return null;
		}
		String text = document.getText();
		BreakIterator words = BreakIterator.getWordInstance();
		words.setText(text);
		int begin = words.isBoundary(range.begin()) ? range.begin() : words.preceding(range.begin());
		int end = words.isBoundary(range.end()) ? range.end() : words.following(range.end());
		while (begin < end && Character.isWhitespace(text.charAt(begin))) {
			begin++;
		}
		while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return new TextRange(begin, end);
	}

	/** Accepts or rejects in one step the proposals within the selected text, or else those of the current type. */
	private void decideProposals(Annotation current, boolean accept) {
		Point selection = view.widget().getSelectionRange();
		Predicate<Annotation> which;
		if (selection.y > 0) {
			which = AnnotationCommands.within(new TextRange(selection.x, selection.x + selection.y));
		} else if (current != null && current.getType() != null) {
			which = AnnotationCommands.ofType(current.getType());
		} else {
			status("Select some text, or put the caret on an annotation of the type to review.");
			return;
		}
		execute(accept ? commands.acceptProposals(document, which) : commands.rejectProposals(document, which));
	}

	/** How many proposals wait for a decision in the document. */
	public long getPendingProposalCount() {
		return pendingProposals.size();
	}

	private void moveBoundary(Annotation annotation, boolean begin, int direction, boolean byWord) {
		if (annotation == null || annotation.getSpans().isEmpty()) {
			return;
		}
		List<TextRange> spans = rangesOf(annotation);
		int index = begin ? 0 : spans.size() - 1;
		TextRange span = spans.get(index);
		int from = begin ? span.begin() : span.end();
		int to = byWord ? wordBoundary(from, direction) : from + direction;
		TextRange moved = begin ? new TextRange(to, span.end()) : new TextRange(span.begin(), to);
		if (moved.begin() < 0 || moved.end() > document.getText().length() || moved.begin() >= moved.end()
				|| (index > 0 && moved.begin() < spans.get(index - 1).end())
				|| (index < spans.size() - 1 && moved.end() > spans.get(index + 1).begin())) {
			status("The span cannot move further that way.");
			return;
		}
		spans.set(index, moved);
		execute(commands.changeSpans(annotation, spans));
	}

	private int wordBoundary(int offset, int direction) {
		BreakIterator words = BreakIterator.getWordInstance();
		words.setText(document.getText());
		int boundary = direction > 0 ? words.following(offset) : words.preceding(offset);
		return boundary == BreakIterator.DONE ? offset + direction : boundary;
	}

	private void addFragment(Annotation annotation) {
		Point selection = view.widget().getSelectionRange();
		if (annotation == null || selection.y == 0) {
			status("Select the text of the new fragment while the caret's annotation stays current, then add it.");
			return;
		}
		TextRange fragment = snapToWords ? snapped(new TextRange(selection.x, selection.x + selection.y))
				: new TextRange(selection.x, selection.x + selection.y);
		List<TextRange> spans = rangesOf(annotation);
		if (spans.stream().anyMatch(span -> span.begin() < fragment.end() && fragment.begin() < span.end())) {
			status("The new fragment overlaps the annotation's own text.");
			return;
		}
		spans.add(fragment);
		spans.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
		execute(commands.changeSpans(annotation, spans));
	}

	private void splitSpan(Annotation annotation) {
		int caret = view.widget().getCaretOffset();
		List<TextRange> spans = annotation == null ? List.of() : rangesOf(annotation);
		for (int i = 0; i < spans.size(); i++) {
			TextRange span = spans.get(i);
			if (span.begin() < caret && caret < span.end()) {
				String text = document.getText();
				int cutEnd = caret;
				while (cutEnd > span.begin() && Character.isWhitespace(text.charAt(cutEnd - 1))) {
					cutEnd--;
				}
				int cutBegin = caret;
				while (cutBegin < span.end() && Character.isWhitespace(text.charAt(cutBegin))) {
					cutBegin++;
				}
				if (cutEnd == span.begin() || cutBegin == span.end()) {
					break;
				}
				spans.set(i, new TextRange(span.begin(), cutEnd));
				spans.add(i + 1, new TextRange(cutBegin, span.end()));
				execute(commands.changeSpans(annotation, spans));
				return;
			}
		}
		status("Put the caret inside the current annotation's text, where it should be cut.");
	}

	private void mergeSpans(Annotation annotation) {
		if (annotation == null || annotation.getSpans().size() < 2) {
			status("The current annotation has only one span.");
			return;
		}
		List<TextRange> spans = rangesOf(annotation);
		execute(commands.changeSpans(annotation, List.of(new TextRange(spans.get(0).begin(), spans.get(spans.size() - 1).end()))));
	}

	private static List<TextRange> rangesOf(Annotation annotation) {
		List<TextRange> ranges = new ArrayList<>();
		for (Span span : annotation.getSpans()) {
			ranges.add(new TextRange(span.getBegin(), span.getEnd()));
		}
		return ranges;
	}

	private void jumpArgument(Annotation current) {
		if (current instanceof Event event && !event.getArguments().isEmpty()) {
			select(event.getArguments().get(0).getFiller());
			return;
		}
		for (Annotation annotation : document.getAnnotations()) {
			if (annotation instanceof Event event) {
				List<Argument> arguments = event.getArguments();
				for (int i = 0; i < arguments.size(); i++) {
					if (arguments.get(i).getFiller() == current) {
						// From a filler to the event's next filler, and from its last filler back to the event.
						select(i + 1 < arguments.size() ? arguments.get(i + 1).getFiller() : event);
						return;
					}
				}
			}
		}
		status("The current annotation has no arguments and fills none.");
	}

	// --- linking arguments and relations

	private void startLink(Annotation from, boolean relation) {
		if (from == null || (!relation && !(from instanceof Event))) {
			status(relation ? "Put the caret on the relation's source first." : "Put the caret on an event's trigger first.");
			return;
		}
		link = new Link(from, relation);
		Annotation candidate = view.index().next(from, 1, annotation -> annotation != from);
		view.setCandidate(candidate);
		reveal(candidate);
		status("Choose the " + (relation ? "target" : "argument") + ": Tab / Shift+Tab or click, then Enter; Esc cancels.");
	}

	private void completeLink() {
		Link pending = link;
		Annotation target = view.candidate();
		if (pending == null || target == null) {
			return;
		}
		if (pending.relation()) {
			List<RelationType> types = getSchema().getRelationTypes().stream()
					.filter(type -> allows(type.getSourceTypes(), pending.from()) && allows(type.getTargetTypes(), target)).toList();
			chooseThenEnd(types.stream().map(RelationType::getName).toList(), "Relation",
					name -> execute(commands.createRelation(document, relationType(name), pending.from(), target)));
		} else {
			Event event = (Event) pending.from();
			List<String> roles = ((EventType) event.getType()).getRoles().stream()
					.filter(role -> allows(role.getFillerTypes(), target)).map(Role::getName).toList();
			chooseThenEnd(roles, "Role", role -> {
				execute(commands.addArgument(event, role, target));
				select(event);
			});
		}
	}

	private void chooseThenEnd(List<String> choices, String what, Consumer<String> onChoice) {
		if (choices.isEmpty()) {
			endLink("No " + what.toLowerCase() + " of the schema fits these two annotations.");
			return;
		}
		ChoicePopup.choose(view.widget(), what, choices, choice -> {
			endLink(null);
			onChoice.accept(choice);
		});
	}

	private RelationType relationType(String name) {
		return getSchema().getRelationTypes().stream().filter(type -> type.getName().equals(name)).findFirst().orElseThrow();
	}

	private static boolean allows(List<AnnotationType> allowed, Annotation annotation) {
		return allowed.isEmpty() || allowed.contains(annotation.getType());
	}

	private void endLink(String message) {
		link = null;
		view.setCandidate(null);
		status(message);
	}

	// --- the schema growing on disk

	/**
	 * Notices the schema file changing in the workspace: the import wizard refreshes the corpus folder after writing it,
	 * and a schema grown by {@code glossator import} shows after the workspace's next refresh. Runs on whichever thread
	 * changed the workspace.
	 */
	private void workspaceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(schemaPath);
		if (delta != null && (delta.getKind() == IResourceDelta.ADDED
				|| delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
			try {
				// While the annotations load, the load job owns the schema: the new types are taken in after it.
				display.asyncExec(() -> {
					if (!disposed) {
						whenAnnotationsLoaded(this::schemaChanged);
					}
				});
			} catch (SWTException e) {
				// The workbench closed meanwhile: no editor to update.
			}
		}
	}

	/**
	 * Takes in the types the schema file gained ({@link SchemaGrowth}), when the document has no unsaved changes; with
	 * unsaved changes the model stays as it is until the document is saved. A schema file that cannot be read leaves
	 * the editor's schema as it was.
	 */
	private void schemaChanged() {
		if (isDirty()) {
			schemaChangePending = true;
			status(CorpusLayout.SCHEMA_FILE + " has changed on disk: its new types become available here once this document is saved.");
			return;
		}
		schemaChangePending = false;
		Schema onDisk;
		try {
			onDisk = CorpusStore.open(store.folder()).corpus().getSchema();
		} catch (CorpusException e) {
			status("The schema here stays as it was: " + e.getMessage());
			return;
		}
		SchemaGrowth.Result growth = SchemaGrowth.grow(getSchema(), onDisk);
		if (!growth.added().isEmpty()) {
			// The Properties view offers the new types among the current annotation's choices; the Schema palette
			// follows the schema itself.
			propertiesStale = true;
			currentChanged(view.selected());
			status("New types from " + CorpusLayout.SCHEMA_FILE + ": "
					+ String.join(", ", growth.added().stream().map(AnnotationType::getName).toList())
					+ (growth.otherChanges() ? ". Other changes to the schema show once this document is reopened." : "."));
		} else if (growth.otherChanges()) {
			status(CorpusLayout.SCHEMA_FILE + " has changed on disk: the changes show once this document is reopened.");
		}
	}

	// --- commands, status, saving

	private void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		} else {
			status("That change cannot be made here.");
		}
	}

	/** Editors share their status line: only the active one writes to it (a load ending in the background does not). */
	private void status(String message) {
		if (isActive()) {
			getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
		}
	}

	/** Says something the user must not miss: in the status line now, or as soon as this editor is active. */
	private void tell(String message) {
		if (isActive()) {
			status(message);
		} else {
			untold = untold == null ? message : untold + " " + message;
		}
	}

	private boolean isActive() {
		return getSite().getPage().getActiveEditor() == this;
	}

	@Override
	public void setFocus() {
		if (untold != null) {
			getEditorSite().getActionBars().getStatusLineManager().setMessage(untold);
			untold = null;
		}
		(failureMessage != null ? failureMessage : view.widget()).setFocus();
	}

	@Override
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			if (unsavedChanges != null) {
				unsavedChanges.saving();
			}
			store.save(document);
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			firePropertyChange(PROP_DIRTY);
			ProblemMarkers.updateOrLog(getEditorInput().getAdapter(IFile.class), store.lastValidation(document));
			if (schemaChangePending) {
				schemaChanged();
			}
		} catch (CorpusException e) {
			monitor.setCanceled(true);
			MessageDialog.openError(getSite().getShell(), "Cannot save " + getPartName(), e.getMessage());
		} finally {
			if (unsavedChanges != null) {
				// Removed once saved; written anew if not.
				unsavedChanges.changed(isDirty());
			}
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("Annotations are saved beside their text");
	}

	@Override
	public void dispose() {
		disposed = true;
		// Or the action bars, which outlive the editor when others of its kind are open, would keep it and its document.
		// (No actions when init failed: then there is no site either.)
		if (undo != null) {
			IActionBars shared = getEditorSite().getActionBars();
			if (shared.getGlobalActionHandler(ActionFactory.UNDO.getId()) == undo) {
				for (ActionFactory action : List.of(ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.FIND)) {
					shared.setGlobalActionHandler(action.getId(), null);
				}
				shared.updateActionBars();
			}
		}
		annotationsNeverCome();
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(schemaListener);
		if (load != null) {
			// Its result is dropped when it arrives (annotationsLoaded): the load itself cannot stop half-way.
			load.cancel();
		}
		if (changes != null) {
			changes.dispose();
		}
		if (unsavedChanges != null) {
			// Saved, or dismissed when the workbench asked.
			unsavedChanges.close();
		}
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(commandStackListener);
			((ComposedAdapterFactory) domain.getAdapterFactory()).dispose();
		}
		super.dispose();
	}
}
