package org.glossator.io.ui.internal.imports;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.glossator.core.store.CorpusException;
import org.glossator.io.CorpusImport;
import org.glossator.io.FormatRegistry;
import org.glossator.io.ui.internal.Corpora;
import org.glossator.io.ui.internal.Settings;

/**
 * File &gt; Import &gt; Glossator &gt; Documents, and Import Documents... on a corpus: format, files and corpus, then a
 * summary of everything read, then {@link CorpusImport#write} adds it all or nothing and the workspace shows the files.
 */
public final class DocumentImportWizard extends Wizard implements IImportWizard {

	public static final String ID = "org.glossator.io.ui.documentsImport";

	private IContainer selectedCorpus;
	private ImportSourcePage source;
	private ImportSummaryPage summary;

	public DocumentImportWizard() {
		setWindowTitle("Import Documents");
		setNeedsProgressMonitor(true);
		setDialogSettings(Settings.section("DocumentImportWizard"));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		selectedCorpus = Corpora.of(selection).orElse(null);
	}

	@Override
	public void addPages() {
		source = new ImportSourcePage(Corpora.inWorkspace(), selectedCorpus,
				FormatRegistry.fromPlatform().formats().stream().filter(format -> format.importer() != null).toList());
		summary = new ImportSummaryPage(source);
		addPage(source);
		addPage(summary);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == summary && summary.plan() != null;
	}

	@Override
	public boolean performFinish() {
		CorpusImport plan = summary.plan();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					plan.write(monitor);
				} catch (CorpusException e) {
					throw new InvocationTargetException(e);
				} catch (OperationCanceledException e) {
					throw new InterruptedException();
				}
			});
		} catch (InvocationTargetException e) {
			summary.setErrorMessage(e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			summary.setErrorMessage("Cancelled: nothing was added.");
			return false;
		}
		source.remember();
		try {
			source.corpus().refreshLocal(IResource.DEPTH_ONE, null);
		} catch (CoreException e) {
			// the files are in the corpus folder; the workspace shows them after its next refresh
		}
		return true;
	}
}
