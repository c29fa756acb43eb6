package org.glossator.app.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.glossator.core.store.CorpusLayout;
import org.glossator.ui.AnnotationPerspective;
import org.glossator.ui.editor.AnnotationEditor;

public class GlossatorWorkbenchAdvisor extends WorkbenchAdvisor {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// Resource adapters (labels, icons, properties) that the IDE's own advisor would register.
		IDE.registerAdapters();
		declareIdeImage(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "prj_obj.png");
		declareIdeImage(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "cprj_obj.png");
	}

	/** Registers one of the IDE's shared images, which only the IDE's own (internal) advisor declares. */
	private static void declareIdeImage(IWorkbenchConfigurer configurer, String symbolicName, String icon) {
		ResourceLocator.imageDescriptorFromBundle(IDE_BUNDLE, "$nl$/icons/full/obj16/" + icon)
				.ifPresent(image -> configurer.declareImage(symbolicName, image, true));
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return AnnotationPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		// The Project Explorer shows the children of the page input.
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new GlossatorWindowAdvisor(configurer);
	}

	@Override
	public void preStartup() {
		try {
			SampleCorpusInstaller.installIntoEmptyWorkspace();
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	@Override
	public void postStartup() {
		// In the standalone product a source text opens in the annotation editor; in an IDE that stays the user's choice.
		PlatformUI.getWorkbench().getEditorRegistry().setDefaultEditor("*" + CorpusLayout.TEXT_EXTENSION, AnnotationEditor.ID);
	}

	@Override
	public boolean preShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		return true;
	}
}
