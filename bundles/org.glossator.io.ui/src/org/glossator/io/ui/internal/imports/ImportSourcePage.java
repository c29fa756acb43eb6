package org.glossator.io.ui.internal.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.glossator.io.Format;
import org.glossator.io.internal.ExportFiles;
import org.glossator.io.ui.internal.Corpora;

/** What to import: the format, its files, and the corpus they go into; format and folder are remembered. */
final class ImportSourcePage extends WizardPage {

	private static final String FORMAT = "format";
	private static final String FOLDER = "folder";

	private final List<IContainer> corpora;
	private final IContainer initialCorpus;
	private final List<Format> formats;
	private final List<Path> files = new ArrayList<>();

	private Combo formatCombo;
	private org.eclipse.swt.widgets.List fileList;
	private Combo corpusCombo;

	ImportSourcePage(List<IContainer> corpora, IContainer initialCorpus, List<Format> formats) {
		super("source");
		this.corpora = corpora;
		this.initialCorpus = initialCorpus;
		this.formats = formats;
		setTitle("Import Documents");
		setDescription("Files of a format, read whole and checked before anything is added to the corpus.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		IDialogSettings settings = getDialogSettings();

		new Label(page, SWT.NONE).setText("&Format:");
		formatCombo = new Combo(page, SWT.READ_ONLY);
		formatCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		formats.forEach(format -> formatCombo.add(format.name() + " (" + format.id() + ")"));
		formatCombo.select(Math.max(0, formats.stream().map(Format::id).toList().indexOf(settings.get(FORMAT))));
		formatCombo.addListener(SWT.Selection, event -> validate());

		new Label(page, SWT.NONE).setText("F&iles:");
		fileList = new org.eclipse.swt.widgets.List(page, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
		listData.heightHint = 160;
		fileList.setLayoutData(listData);
		Composite buttons = new Composite(page, SWT.NONE);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button add = new Button(buttons, SWT.PUSH);
		add.setText("&Add Files...");
		add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		add.addListener(SWT.Selection, event -> browse());
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText("&Remove");
		remove.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		remove.addListener(SWT.Selection, event -> {
			int[] selected = fileList.getSelectionIndices();
			for (int i = selected.length - 1; i >= 0; i--) {
				files.remove(selected[i]);
			}
			fileList.remove(selected);
			validate();
		});

		new Label(page, SWT.NONE).setText("Into &corpus:");
		corpusCombo = new Combo(page, SWT.READ_ONLY);
		corpusCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		corpora.forEach(corpus -> corpusCombo.add(Corpora.label(corpus)));
		if (!corpora.isEmpty()) {
			corpusCombo.select(initialCorpus == null ? 0 : Math.max(0, corpora.indexOf(initialCorpus)));
		}
		corpusCombo.addListener(SWT.Selection, event -> validate());

		setControl(page);
		validate();
		setErrorMessage(null);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Files to Import");
		Format format = format();
		dialog.setFilterExtensions(new String[] { String.join(";", format.extensions().stream().map(extension -> "*." + extension).toList()), "*" });
		dialog.setFilterNames(new String[] { format.name(), "All files" });
		if (getDialogSettings().get(FOLDER) != null) {
			dialog.setFilterPath(getDialogSettings().get(FOLDER));
		}
		if (dialog.open() != null) {
			Path folder = Path.of(dialog.getFilterPath());
			getDialogSettings().put(FOLDER, folder.toString());
			addFiles(List.of(dialog.getFileNames()).stream().map(folder::resolve).toList());
		}
	}

	/**
	 * Adds files to import. A document's files share their name but for the extension (brat's .txt and .ann): one of
	 * them stands for the document, so a second of the same stem is left out.
	 */
	void addFiles(Collection<Path> chosen) {
		for (Path file : chosen) {
			Path absolute = file.toAbsolutePath().normalize();
			if (files.stream().noneMatch(known -> known.getParent().equals(absolute.getParent()) && ExportFiles.stem(known).equals(ExportFiles.stem(absolute)))) {
				files.add(absolute);
				fileList.add(absolute.toString());
			}
		}
		validate();
	}

	private void validate() {
		String problem = corpora.isEmpty() ? "The workspace has no corpus: a corpus is a project or folder with a schema.xmi."
				: formats.isEmpty() ? "No format that reads is installed."
				: files.isEmpty() ? "Add the files to import." : null;
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	Format format() {
		return formats.get(Math.max(0, formatCombo.getSelectionIndex()));
	}

	List<Path> files() {
		return List.copyOf(files);
	}

	IContainer corpus() {
		return corpora.get(Math.max(0, corpusCombo.getSelectionIndex()));
	}

	void remember() {
		getDialogSettings().put(FORMAT, format().id());
	}
}
