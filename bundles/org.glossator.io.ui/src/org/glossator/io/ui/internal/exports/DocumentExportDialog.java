package org.glossator.io.ui.internal.exports;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.glossator.io.Format;
import org.glossator.io.ui.internal.Settings;

/** Asks for the format and the folder of a single document's export; both are remembered. */
final class DocumentExportDialog extends TitleAreaDialog {

	static final String TITLE = "Export Document";
	private static final String FORMAT = "format";
	private static final String FOLDER = "folder";

	private final List<Format> formats;
	private final String documentName;
	private final Path defaultFolder;
	private final IDialogSettings settings = Settings.section("DocumentExportDialog");
	private Combo formatCombo;
	private Text folderText;
	private Format format;
	private Path folder;

	DocumentExportDialog(Shell shell, List<Format> formats, String documentName, Path defaultFolder) {
		super(shell);
		this.formats = formats;
		this.documentName = documentName;
		this.defaultFolder = defaultFolder;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Export " + documentName);
		setMessage("The document as the editor shows it, saved or not. What the format cannot carry is listed afterwards.");
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields.setLayout(new GridLayout(3, false));

		new Label(fields, SWT.NONE).setText("&Format:");
		formatCombo = new Combo(fields, SWT.READ_ONLY);
		formatCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		formats.forEach(candidate -> formatCombo.add(candidate.name() + " (" + candidate.id() + ")"));
		int remembered = formats.stream().map(Format::id).toList().indexOf(settings.get(FORMAT));
		formatCombo.select(Math.max(0, remembered));

		new Label(fields, SWT.NONE).setText("F&older:");
		folderText = new Text(fields, SWT.BORDER);
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 420;
		folderText.setLayoutData(wide);
		folderText.setText(settings.get(FOLDER) != null ? settings.get(FOLDER) : defaultFolder.toString());
		folderText.addListener(SWT.Modify, event -> validate());
		Button browse = new Button(fields, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, event -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(folderText.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folderText.setText(chosen);
			}
		});
		return area;
	}

	private void validate() {
		boolean valid = !folderText.getText().isBlank() && Path.of(folderText.getText()).isAbsolute();
		setErrorMessage(valid ? null : "Name the folder to write into, with its full path.");
		getButton(IDialogConstants.OK_ID).setEnabled(valid);
	}

	@Override
	protected void okPressed() {
		format = formats.get(formatCombo.getSelectionIndex());
		folder = Path.of(folderText.getText()).toAbsolutePath().normalize();
		settings.put(FORMAT, format.id());
		settings.put(FOLDER, folder.toString());
		super.okPressed();
	}

	Format format() {
		return format;
	}

	Path folder() {
		return folder;
	}
}
