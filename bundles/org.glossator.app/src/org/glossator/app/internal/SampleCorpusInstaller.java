package org.glossator.app.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;

/** Gives a first start something to look at: the sample corpus as a project of an empty workspace. */
public final class SampleCorpusInstaller {

	public static final String PROJECT_NAME = "Sample Corpus";
	private static final String SAMPLE_BUNDLE = "org.glossator.sample";
	private static final String CORPUS_FOLDER = "corpus";

	private SampleCorpusInstaller() {
	}

	public static void installIntoEmptyWorkspace() throws CoreException {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (root.getProjects().length > 0) {
			return;
		}
		Bundle bundle = Platform.getBundle(SAMPLE_BUNDLE);
		if (bundle == null) {
			return;
		}
		IProject project = root.getProject(PROJECT_NAME);
		project.create(null);
		project.open(null);
		List<URL> entries = Collections.list(bundle.findEntries(CORPUS_FOLDER, "*", false));
		for (URL entry : entries) {
			String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
			if (name.isEmpty()) {
				continue;
			}
			try (InputStream in = entry.openStream()) {
				project.getFile(name).create(in, true, null);
			} catch (IOException e) {
				throw new CoreException(Status.error("Cannot copy the sample corpus file " + name, e));
			}
		}
	}

}
