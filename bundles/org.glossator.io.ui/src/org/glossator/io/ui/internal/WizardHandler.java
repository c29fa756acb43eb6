package org.glossator.io.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.wizards.IWizardDescriptor;

/**
 * Opens the import or export wizard whose id follows the class name in plugin.xml ({@code WizardHandler:<wizard id>})
 * on the current selection, so that a corpus's context menu reaches the same wizard as File &gt; Import or Export.
 */
public final class WizardHandler extends AbstractHandler implements IExecutableExtension {

	private String wizardId;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		wizardId = (String) data;
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWizardDescriptor descriptor = workbench.getExportWizardRegistry().findWizard(wizardId);
		if (descriptor == null) {
			descriptor = workbench.getImportWizardRegistry().findWizard(wizardId);
		}
		if (descriptor == null) {
			throw new ExecutionException("No import or export wizard " + wizardId);
		}
		IStructuredSelection selection = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection structured
				? structured
				: StructuredSelection.EMPTY;
		try {
			IWorkbenchWizard wizard = descriptor.createWizard();
			wizard.init(workbench, selection);
			new WizardDialog(HandlerUtil.getActiveShellChecked(event), wizard).open();
		} catch (CoreException e) {
			throw new ExecutionException("Cannot open the wizard " + wizardId + ": " + e.getMessage(), e);
		}
		return null;
	}
}
