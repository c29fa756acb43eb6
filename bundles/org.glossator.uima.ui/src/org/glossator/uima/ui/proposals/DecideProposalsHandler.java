package org.glossator.uima.ui.proposals;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;
import org.glossator.core.edit.AnnotationCommands;
import org.glossator.ui.editor.AnnotationEditor;

/**
 * Accept Proposals… / Reject Proposals…: decides, as one step on the editor's command stack, the proposals the
 * {@link DecideProposalsDialog} chooses. plugin.xml names the decision: {@code class="...DecideProposalsHandler:accept"}.
 */
public class DecideProposalsHandler extends AbstractHandler implements IExecutableExtension {

	private boolean accept;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		accept = "accept".equals(data);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof AnnotationEditor editor && editor.checkAnnotationsLoaded()) {
			DecideProposalsDialog dialog = new DecideProposalsDialog(editor.getSite().getShell(), editor, accept);
			if (dialog.open() == Window.OK) {
				AnnotationCommands commands = new AnnotationCommands(editor.getEditingDomain());
				Command step = accept ? commands.acceptProposals(editor.getDocument(), dialog.chosen())
						: commands.rejectProposals(editor.getDocument(), dialog.chosen());
				if (step.canExecute()) {
					editor.getEditingDomain().getCommandStack().execute(step);
				}
			}
		}
		return null;
	}
}
