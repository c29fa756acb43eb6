package org.glossator.io.ui.internal.exports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.glossator.io.Format;
import org.glossator.io.dataset.DatasetSettings;
import org.glossator.io.ui.internal.Corpora;
import org.glossator.model.DocumentStatus;

/**
 * The settings of a dataset export, each remembered for the next time: corpus, documents by status, formats,
 * proposals, split and seed, output folder or zip. The defaults are the command line's: every status, seed 1.
 */
final class DatasetExportPage extends WizardPage {

	private static final String STATUSES = "statuses";
	private static final String FORMATS = "formats";
	private static final String PROPOSALS = "proposals";
	private static final String TRAIN = "train";
	private static final String DEV = "dev";
	private static final String SEED = "seed";
	private static final String ZIP = "zip";
	private static final String OUTPUT_FOLDER = "outputFolder";
	private static final String PREFERRED_FORMAT = "org.glossator.io.jsonl";

	private final List<IContainer> corpora;
	private final List<Format> formats;
	private final IContainer initialCorpus;

	private Combo corpusCombo;
	private final Map<DocumentStatus, Button> statusButtons = new EnumMap<>(DocumentStatus.class);
	private CheckboxTableViewer formatList;
	private Button proposalsButton;
	private Spinner trainSpinner;
	private Spinner devSpinner;
	private Label testLabel;
	private Text seedText;
	private Text outputText;
	private Button zipButton;
	private String defaultOutput;

	DatasetExportPage(List<IContainer> corpora, IContainer initialCorpus, List<Format> formats) {
		super("dataset");
		this.corpora = corpora;
		this.initialCorpus = initialCorpus;
		this.formats = formats;
		setTitle("Export a Dataset");
		setDescription("The documents of a corpus, split into train, dev and test, in one or more formats.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		IDialogSettings settings = getDialogSettings();

		label(page, "&Corpus:");
		corpusCombo = new Combo(page, SWT.READ_ONLY);
		corpusCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		corpora.forEach(corpus -> corpusCombo.add(Corpora.label(corpus)));
		int initial = initialCorpus == null ? 0 : Math.max(0, corpora.indexOf(initialCorpus));
		if (!corpora.isEmpty()) {
			corpusCombo.select(initial);
		}
		corpusCombo.addListener(SWT.Selection, event -> {
			if (outputText.getText().equals(defaultOutput)) {
				outputText.setText(defaultOutput());
			}
			validate();
		});

		label(page, "Documents with status:");
		Composite statuses = new Composite(page, SWT.NONE);
		statuses.setLayout(new GridLayout(DocumentStatus.VALUES.size(), false));
		statuses.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		Set<String> chosenStatuses = remembered(settings, STATUSES, DocumentStatus.VALUES.stream().map(DocumentStatus::getLiteral).toList());
		for (DocumentStatus status : DocumentStatus.VALUES) {
			Button button = new Button(statuses, SWT.CHECK);
			button.setText(status.getLiteral());
			button.setSelection(chosenStatuses.contains(status.getLiteral()));
			button.addListener(SWT.Selection, event -> validate());
			statusButtons.put(status, button);
		}

		label(page, "&Formats:").setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		formatList = CheckboxTableViewer.newCheckList(page, SWT.BORDER);
		formatList.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		formatList.setContentProvider(ArrayContentProvider.getInstance());
		formatList.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				Format format = (Format) element;
				return format.name() + " (" + format.id() + ")";
			}
		});
		formatList.setInput(formats);
		Set<String> chosenFormats = remembered(settings, FORMATS, List.of(PREFERRED_FORMAT));
		formatList.setCheckedElements(formats.stream().filter(format -> chosenFormats.contains(format.id())).toArray());
		formatList.addCheckStateListener(event -> validate());

		new Label(page, SWT.NONE);
		proposalsButton = new Button(page, SWT.CHECK);
		proposalsButton.setText("Include &proposals (written as if accepted; rejected ones never)");
		proposalsButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		proposalsButton.setSelection(settings.getBoolean(PROPOSALS));

		label(page, "Split (% of documents):");
		Group split = new Group(page, SWT.NONE);
		split.setLayout(new GridLayout(7, false));
		split.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		label(split, "&Train:");
		trainSpinner = percent(split, settings, TRAIN, 80);
		label(split, "&Dev:");
		devSpinner = percent(split, settings, DEV, 10);
		testLabel = new Label(split, SWT.NONE);
		testLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		label(split, "&Seed:");
		seedText = new Text(split, SWT.BORDER);
		seedText.setText(settings.get(SEED) == null ? "1" : settings.get(SEED));
		seedText.setToolTipText("The same seed and ratios on the same documents give the same split");
		seedText.setLayoutData(new GridData(80, SWT.DEFAULT));
		seedText.addListener(SWT.Modify, event -> validate());

		label(page, "&Output:");
		outputText = new Text(page, SWT.BORDER);
		outputText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, event -> browse());
		new Label(page, SWT.NONE);
		zipButton = new Button(page, SWT.CHECK);
		zipButton.setText("As one &zip archive");
		zipButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		zipButton.setSelection(settings.getBoolean(ZIP));
		zipButton.addListener(SWT.Selection, event -> {
			String output = outputText.getText();
			boolean defaulted = output.equals(defaultOutput);
			if (zipButton.getSelection() && !output.endsWith(".zip")) {
				outputText.setText(output + ".zip");
			} else if (!zipButton.getSelection() && output.endsWith(".zip")) {
				outputText.setText(output.substring(0, output.length() - ".zip".length()));
			}
			if (defaulted) {
				defaultOutput = outputText.getText();
			}
		});
		outputText.setText(defaultOutput());
		outputText.addListener(SWT.Modify, event -> validate());

		setControl(page);
		validate();
		setErrorMessage(null);
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	private Spinner percent(Composite parent, IDialogSettings settings, String key, int fallback) {
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(settings.get(key) == null ? fallback : settings.getInt(key), 0, 100, 0, 1, 10);
		spinner.addListener(SWT.Modify, event -> validate());
		return spinner;
	}

	private static Set<String> remembered(IDialogSettings settings, String key, List<String> fallback) {
		String[] values = settings.getArray(key);
		return Set.copyOf(values == null ? fallback : Arrays.asList(values));
	}

	/** Beside the corpus folder, named after it, in the folder last chosen if any. */
	private String defaultOutput() {
		IContainer corpus = corpus();
		String name = (corpus == null ? "corpus" : corpus.getName()) + "-dataset" + (zipButton.getSelection() ? ".zip" : "");
		String folder = getDialogSettings().get(OUTPUT_FOLDER);
		Path parent = folder != null ? Path.of(folder) : corpus == null ? Path.of(System.getProperty("user.home")) : Corpora.folder(corpus).getParent();
		defaultOutput = parent.resolve(name).toString();
		return defaultOutput;
	}

	private void browse() {
		String chosen;
		if (zipButton.getSelection()) {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*.zip" });
			dialog.setFileName(outputText.getText());
			chosen = dialog.open();
		} else {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setMessage("The folder to write the dataset into; it is created if absent");
			dialog.setFilterPath(outputText.getText());
			chosen = dialog.open();
		}
		if (chosen != null) {
			outputText.setText(chosen);
		}
	}

	private void validate() {
		int test = 100 - trainSpinner.getSelection() - devSpinner.getSelection();
		testLabel.setText("Test: " + test);
		testLabel.getParent().layout();
		String problem = null;
		if (corpora.isEmpty()) {
			problem = "The workspace has no corpus: a corpus is a project or folder with a schema.xmi.";
		} else if (statuses().isEmpty()) {
			problem = "Choose the status of the documents to export.";
		} else if (formatList.getCheckedElements().length == 0) {
			problem = "Choose at least one format.";
		} else if (test < 0) {
			problem = "Train and dev take more than 100% of the documents.";
		} else if (!seedText.getText().trim().matches("-?\\d{1,18}")) {
			problem = "The seed is a whole number.";
		} else if (outputText.getText().isBlank()) {
			problem = "Name the folder or zip to write.";
		} else if (!Path.of(outputText.getText()).isAbsolute()) {
			problem = "The output needs a full path.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private Set<DocumentStatus> statuses() {
		Set<DocumentStatus> statuses = EnumSet.noneOf(DocumentStatus.class);
		statusButtons.forEach((status, button) -> {
			if (button.getSelection()) {
				statuses.add(status);
			}
		});
		return statuses;
	}

	IContainer corpus() {
		return corpora.isEmpty() ? null : corpora.get(Math.max(0, corpusCombo.getSelectionIndex()));
	}

	DatasetSettings settings() {
		List<String> formatIds = new ArrayList<>();
		for (Object format : formatList.getCheckedElements()) {
			formatIds.add(((Format) format).id());
		}
		int test = 100 - trainSpinner.getSelection() - devSpinner.getSelection();
		return new DatasetSettings(statuses(), formatIds, proposalsButton.getSelection(), Long.parseLong(seedText.getText().trim()),
				trainSpinner.getSelection() / 100.0, devSpinner.getSelection() / 100.0, test / 100.0, zipButton.getSelection());
	}

	Path output() {
		return Path.of(outputText.getText()).toAbsolutePath().normalize();
	}

	/** Keeps the choices for the next export. */
	void remember() {
		IDialogSettings settings = getDialogSettings();
		DatasetSettings chosen = settings();
		settings.put(STATUSES, chosen.statuses().stream().map(DocumentStatus::getLiteral).toArray(String[]::new));
		settings.put(FORMATS, chosen.formats().toArray(String[]::new));
		settings.put(PROPOSALS, chosen.includeProposals());
		settings.put(TRAIN, trainSpinner.getSelection());
		settings.put(DEV, devSpinner.getSelection());
		settings.put(SEED, seedText.getText().trim());
		settings.put(ZIP, chosen.zip());
		settings.put(OUTPUT_FOLDER, output().getParent().toString());
	}
}
