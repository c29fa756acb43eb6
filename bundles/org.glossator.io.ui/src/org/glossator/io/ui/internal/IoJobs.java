package org.glossator.io.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.ide.IDE;

/** What the import and export jobs share: their family, the refresh of what they wrote, saving editors first. */
public final class IoJobs {

	/** The family of every import and export job, to wait for them or cancel them together. */
	public static final Object FAMILY = IoJobs.class;

	private IoJobs() {
	}

	/** A job of {@link #FAMILY} that shows its progress to the user. */
	public abstract static class IoJob extends Job {

		protected IoJob(String name) {
			super(name);
			setUser(true);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	}

	/** Lets the workspace see a file or folder written at {@code location}, when that lies in a project. */
	public static void refresh(Path location) {
		Path parent = location.toAbsolutePath().getParent();
		for (IContainer container : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(parent.toUri())) {
			try {
				container.refreshLocal(IResource.DEPTH_INFINITE, null);
			} catch (CoreException e) {
				// the files are written; the workspace shows them after its next refresh
			}
		}
	}

	/**
	 * Reading a corpus from disk misses what its editors have not saved: asks to save them.
	 *
	 * @return false when the user cancelled
	 */
	public static boolean saveEditorsOf(IContainer corpus) {
		return IDE.saveAllEditors(new IResource[] { corpus }, true);
	}
}
