package org.glossator.io.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.glossator.core.store.CorpusLayout;

/** The corpora of the workspace: folders (projects, mostly) holding a {@code schema.xmi}. */
public final class Corpora {

	private Corpora() {
	}

	public static boolean isCorpus(IResource resource) {
		return (resource.getType() == IResource.PROJECT || resource.getType() == IResource.FOLDER) && resource.isAccessible()
				&& ((IContainer) resource).getFile(org.eclipse.core.runtime.Path.fromPortableString(CorpusLayout.SCHEMA_FILE)).exists();
	}

	/** The corpus a selected resource is, or lies in directly (a document's file); empty for anything else. */
	public static Optional<IContainer> of(Object element) {
		IResource resource = Adapters.adapt(element, IResource.class);
		if (resource == null) {
			return Optional.empty();
		}
		if (isCorpus(resource)) {
			return Optional.of((IContainer) resource);
		}
		return Optional.ofNullable(resource.getParent()).filter(Corpora::isCorpus);
	}

	public static Optional<IContainer> of(IStructuredSelection selection) {
		return selection == null || selection.isEmpty() ? Optional.empty() : of(selection.getFirstElement());
	}

	/** Every corpus in the workspace, by path. */
	public static List<IContainer> inWorkspace() {
		List<IContainer> corpora = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(proxy -> {
				if (proxy.getType() == IResource.FILE || proxy.isDerived() || proxy.isHidden()) {
					return false;
				}
				IResource resource = proxy.requestResource();
				if (isCorpus(resource)) {
					corpora.add((IContainer) resource);
				}
				return true;
			}, IResource.NONE);
		} catch (CoreException e) {
			// a workspace that cannot be walked offers the corpora found so far
		}
		corpora.sort(Comparator.comparing(corpus -> corpus.getFullPath().toString()));
		return corpora;
	}

	/** How people know a corpus: its path in the workspace. */
	public static String label(IContainer corpus) {
		return corpus.getFullPath().makeRelative().toString();
	}

	public static Path folder(IContainer corpus) {
		return corpus.getLocation().toFile().toPath();
	}
}
