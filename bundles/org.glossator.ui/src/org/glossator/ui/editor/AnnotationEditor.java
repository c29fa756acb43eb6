package org.glossator.ui.editor;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusLayout;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Document;

/**
 * Shows a source text with its standoff annotations, each span in its type's colour. Opens on either file of a
 * document (the text or its annotation file).
 */
public class AnnotationEditor extends EditorPart {

	public static final String ID = "org.glossator.ui.editor";

	private Document document;
	private StyledText textWidget;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		Path file = fileOf(input);
		try {
			document = CorpusStore.open(file.getParent()).load(CorpusLayout.textFileOf(file));
		} catch (CorpusException e) {
			// The workbench shows this message in place of the editor: the workbench itself carries on.
			throw new PartInitException(e.getMessage(), e);
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	private static Path fileOf(IEditorInput input) throws PartInitException {
		IFile file = input.getAdapter(IFile.class);
		URI uri = file != null ? file.getLocationURI() : input instanceof IURIEditorInput uriInput ? uriInput.getURI() : null;
		if (uri == null || !"file".equals(uri.getScheme())) {
			throw new PartInitException("Glossator opens documents of a corpus folder on the local file system, not " + input.getName());
		}
		return Path.of(uri);
	}

	@Override
	public void createPartControl(Composite parent) {
		textWidget = new StyledText(parent, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
		textWidget.setMargins(8, 8, 8, 8);
		textWidget.setLineSpacing(4);
		textWidget.setText(document.getText());
		LocalResourceManager colours = new LocalResourceManager(JFaceResources.getResources(), textWidget);
		SpanHighlighter highlighter = new SpanHighlighter(
				type -> colour(colours, TypeColors.of(type)),
				type -> colour(colours, TypeColors.tint(TypeColors.of(type))));
		textWidget.setStyleRanges(highlighter.styleRanges(document));
	}

	private static Color colour(LocalResourceManager colours, RGB rgb) {
		return colours.create(ColorDescriptor.createFrom(rgb));
	}

	public Document getDocument() {
		return document;
	}

	public StyledText getTextWidget() {
		return textWidget;
	}

	@Override
	public void setFocus() {
		textWidget.setFocus();
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// Nothing to save until annotations can be edited here.
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException();
	}
}
