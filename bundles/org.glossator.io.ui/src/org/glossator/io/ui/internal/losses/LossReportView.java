package org.glossator.io.ui.internal.losses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

/**
 * What the last export could not carry: a tree of format, document, kind of loss and the losses themselves,
 * each with its count, the files the reports were written to, and Copy. An export that lost nothing says so.
 */
public final class LossReportView extends ViewPart {

	public static final String ID = "org.glossator.io.ui.lossReport";

	/** Plain text files, which the standalone product would otherwise open in the annotation editor. */
	private static final String TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";

	private Label summary;
	private Link files;
	private TreeViewer tree;
	private ExportLosses shown;

	/** Shows {@code losses} in the view, opening it if need be; call in the user interface thread. */
	public static LossReportView open(ExportLosses losses) throws PartInitException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		LossReportView view = (LossReportView) page.showView(ID);
		view.show(losses);
		return view;
	}

	/** Shows {@code losses} as soon as the user interface thread can, from any thread. */
	public static void showLater(ExportLosses losses) {
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			try {
				open(losses);
			} catch (PartInitException e) {
				ILog.of(LossReportView.class).error("Cannot show the loss report of " + losses.title(), e);
			}
		});
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		summary = new Label(parent, SWT.WRAP);
		GridData summaryData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		// wraps to the view's width instead of asking for the width of its longest line
		summaryData.widthHint = 300;
		summary.setLayoutData(summaryData);
		summary.setText("No export yet: what the next export cannot carry is listed here.");
		files = new Link(parent, SWT.WRAP);
		GridData filesData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		filesData.widthHint = 300;
		files.setLayoutData(filesData);
		files.addListener(SWT.Selection, event -> openLossFile(Path.of(event.text)));
		Button copyButton = new Button(parent, SWT.PUSH);
		copyButton.setText("&Copy");
		copyButton.setToolTipText("Copy the selected rows, or the whole report, as text");
		copyButton.addListener(SWT.Selection, event -> copy());

		tree = LossTree.create(parent, "Not carried: format, document, kind, annotation");
		tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));

		Action copy = new Action("&Copy") {
			@Override
			public void run() {
				copy();
			}
		};
		copy.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
		copy.setActionDefinitionId("org.eclipse.ui.edit.copy");
		MenuManager menu = new MenuManager();
		menu.add(copy);
		tree.getTree().setMenu(menu.createContextMenu(tree.getTree()));
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
	}

	public void show(ExportLosses losses) {
		shown = losses;
		int count = losses.count();
		long formatsWithLosses = losses.formats().stream().filter(format -> format.count() > 0).count();
		summary.setText(losses.title() + "\n" + (count == 0
				? "Nothing lost: every format carried everything exported."
				: count + " annotations, attributes or schema entries not carried, in " + formatsWithLosses + " of "
						+ losses.formats().size() + (losses.formats().size() == 1 ? " format." : " formats.")));
		files.setText(linkText(losses));
		tree.setInput(LossRow.of(losses));
		tree.expandToLevel(2);
		summary.getParent().layout(true, true);
	}

	/** Loss files are links that open them; those inside a zip link to the zip. */
	private static String linkText(ExportLosses losses) {
		String names = losses.formats().stream().map(ExportLosses.FormatLosses::lossFile).collect(Collectors.joining(", "));
		if (Files.isDirectory(losses.output())) {
			return "Loss files: " + losses.formats().stream()
					.map(format -> "<a href=\"" + losses.output().resolve(format.lossFile()) + "\">" + format.lossFile() + "</a>")
					.collect(Collectors.joining(", "));
		}
		return "Loss files in <a href=\"" + losses.output() + "\">" + losses.output().getFileName() + "</a>: " + names;
	}

	private void openLossFile(Path file) {
		IWorkbenchPage page = getSite().getPage();
		try {
			if (!file.getFileName().toString().endsWith(".txt")) {
				Program.launch(file.toString());
				return;
			}
			IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
			if (inWorkspace.length > 0 && inWorkspace[0].exists()) {
				IDE.openEditor(page, inWorkspace[0], TEXT_EDITOR);
			} else {
				IDE.openEditor(page, file.toUri(), TEXT_EDITOR, true);
			}
		} catch (PartInitException e) {
			ErrorDialog.openError(getSite().getShell(), "Loss Report", "Cannot open " + file, e.getStatus());
		}
	}

	/** The selected rows with all below them, or without a selection the whole report, to the clipboard. */
	private void copy() {
		if (shown == null) {
			return;
		}
		IStructuredSelection selection = tree.getStructuredSelection();
		List<?> rows = selection.isEmpty() ? LossRow.of(shown) : selection.toList();
		StringBuilder text = new StringBuilder();
		if (selection.isEmpty()) {
			text.append(summary.getText()).append('\n');
		}
		rows.forEach(row -> ((LossRow) row).appendText(text, 0));
		Clipboard clipboard = new Clipboard(tree.getControl().getDisplay());
		try {
			clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	public TreeViewer getTree() {
		return tree;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}
}
