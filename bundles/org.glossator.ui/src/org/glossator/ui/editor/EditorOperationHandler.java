package org.glossator.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;

/** Runs one {@link EditorOperation}, named in plugin.xml as {@code class="...EditorOperationHandler:NAME"}, on the active annotation editor. */
public class EditorOperationHandler extends AbstractHandler implements IExecutableExtension {

	private EditorOperation operation;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
		operation = EditorOperation.valueOf((String) data);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof AnnotationEditor editor) {
			editor.perform(operation);
		}
		return null;
	}
}
