package org.glossator.io.ui.internal.exports;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.glossator.io.FormatRegistry;
import org.glossator.io.ui.internal.Corpora;
import org.glossator.io.ui.internal.Settings;
import org.glossator.io.ui.internal.IoJobs;

/**
 * File &gt; Export &gt; Glossator &gt; Dataset, and Export Dataset... on a corpus: the settings of
 * {@link org.glossator.io.dataset.DatasetExport}, run as a {@link DatasetExportJob} that shows the loss report.
 */
public final class DatasetExportWizard extends Wizard implements IExportWizard {

	public static final String ID = "org.glossator.io.ui.datasetExport";

	private IContainer selectedCorpus;
	private DatasetExportPage page;

	public DatasetExportWizard() {
		setWindowTitle("Export Dataset");
		setDialogSettings(Settings.section("DatasetExportWizard"));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		selectedCorpus = Corpora.of(selection).orElse(null);
	}

	@Override
	public void addPages() {
		page = new DatasetExportPage(Corpora.inWorkspace(), selectedCorpus, FormatRegistry.fromPlatform().formats().stream()
				.filter(format -> format.exporter() != null).toList());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path output = page.output();
		if (Outputs.isInUse(output) && !MessageDialog.openQuestion(getShell(), "Replace Dataset", output
				+ " exists already.\n\nReplace it with the new dataset? The old one goes only once the new one is complete.")) {
			return false;
		}
		IContainer corpus = page.corpus();
		if (!IoJobs.saveEditorsOf(corpus)) {
			return false;
		}
		page.remember();
		new DatasetExportJob(corpus, page.settings(), output).schedule();
		return true;
	}
}
