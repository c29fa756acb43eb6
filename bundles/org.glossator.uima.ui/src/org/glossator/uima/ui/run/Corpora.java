package org.glossator.uima.ui.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.glossator.core.store.CorpusLayout;
import org.glossator.ui.editor.AnnotationEditor;

/** The corpus folders (those holding a schema) and texts that a workbench selection or editor names. */
public final class Corpora {

	private Corpora() {
	}

	/**
	 * The corpora of the selected resources, each with the selected texts, or with an empty list when the corpus
	 * itself (its project or folder) was selected: all its texts then. Resources outside any corpus are left out.
	 */
	static Map<IContainer, List<Path>> of(ISelection selection) {
		Map<IContainer, Set<Path>> corpora = new LinkedHashMap<>();
		Set<IContainer> whole = new HashSet<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource instanceof IContainer container && isCorpus(container)) {
					corpora.computeIfAbsent(container, key -> new LinkedHashSet<>());
					whole.add(container);
				} else if (resource instanceof IFile file && file.getLocation() != null && isCorpus(file.getParent())
						&& isDocumentFile(file)) {
					// A text chosen through both its files counts once.
					corpora.computeIfAbsent(file.getParent(), key -> new LinkedHashSet<>()).add(CorpusLayout.textFileOf(file.getLocation().toPath()));
				}
			}
		}
		Map<IContainer, List<Path>> chosen = new LinkedHashMap<>();
		corpora.forEach((corpus, texts) -> chosen.put(corpus, whole.contains(corpus) ? List.of() : List.copyOf(texts)));
		return chosen;
	}

	private static boolean isDocumentFile(IFile file) {
		String name = file.getName();
		return name.endsWith(CorpusLayout.TEXT_EXTENSION) || name.endsWith(CorpusLayout.ANNOTATION_EXTENSION);
	}

	/** The active editor's corpus folder, or that of the one corpus chosen in the Project Explorer, or null. */
	private static Path folderOf(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof AnnotationEditor editor) {
			return editor.getCorpusFolder();
		}
		Map<IContainer, List<Path>> corpora = of(HandlerUtil.getCurrentSelection(event));
		return corpora.size() == 1 ? corpora.keySet().iterator().next().getLocation().toPath() : null;
	}

	/** {@link #folderOf}, or null after telling the annotator, in a dialog with this title, to choose a corpus first. */
	public static Path folderOrExplain(ExecutionEvent event, String title) {
		Path folder = folderOf(event);
		if (folder == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), title,
					"Open a document of the corpus, or choose one corpus in the Project Explorer, first.");
		}
		return folder;
	}

	static boolean isCorpus(IContainer container) {
		return container.getLocation() != null && Files.isRegularFile(container.getLocation().toPath().resolve(CorpusLayout.SCHEMA_FILE));
	}

	/** The workspace folder of a corpus folder, to refresh after files changed there, or null if it is outside the workspace. */
	public static IContainer container(Path corpusFolder) {
		return ResourcesPlugin.getWorkspace().getRoot().getContainerForLocation(IPath.fromPath(corpusFolder));
	}

	/** Lets the workspace see the files a run, training or save wrote into a corpus folder (null: outside the workspace). */
	public static void refresh(IContainer container) {
		if (container != null) {
			try {
				container.refreshLocal(IResource.DEPTH_INFINITE, null);
			} catch (CoreException e) {
				ILog.of(Corpora.class).log(e.getStatus());
			}
		}
	}

	/** {@link #refresh} in a job of its own, for callers that must not wait for the workspace, such as job listeners. */
	static void refreshLater(IContainer container) {
		if (container != null) {
			Job refresh = Job.create("Refreshing " + container.getName(), (ICoreRunnable) monitor -> refresh(container));
			refresh.setRule(container.getWorkspace().getRuleFactory().refreshRule(container));
			refresh.setSystem(true);
			refresh.schedule();
		}
	}

	/** The annotation editors open on documents of a corpus, in every window. */
	static List<AnnotationEditor> openEditors(Path corpusFolder) {
		List<AnnotationEditor> editors = new ArrayList<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof AnnotationEditor editor && editor.getCorpusFolder().equals(corpusFolder)) {
						editors.add(editor);
					}
				}
			}
		}
		return editors;
	}
}
