package org.glossator.io.ui.tests;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.glossator.io.ui.internal.losses.LossReportView;

/** A project of its own per test holding a copy of the sample corpus the product puts into the workspace. */
public final class SampleCorpusProject implements AutoCloseable {

	public static final String SAMPLE_TEXT = "000_99a4f567e82471d6.txt";
	private static final String[] SAMPLE_FILES = { "schema.xmi", SAMPLE_TEXT, "000_99a4f567e82471d6.glossator" };

	public final IProject project;

	public SampleCorpusProject(String name) throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, null);
		}
		project.create(null);
		project.open(null);
		IProject sample = ResourcesPlugin.getWorkspace().getRoot().getProject("Sample Corpus");
		for (String file : SAMPLE_FILES) {
			sample.getFile(file).copy(project.getFile(file).getFullPath(), true, null);
		}
	}

	public Path folder() {
		return project.getLocation().toFile().toPath();
	}

	@Override
	public void close() throws CoreException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		// leaves the workbench laid out as the next test expects it
		IViewPart lossReport = page.findView(LossReportView.ID);
		if (lossReport != null) {
			page.hideView(lossReport);
		}
		Ui.settle();
		project.delete(true, null);
	}
}
