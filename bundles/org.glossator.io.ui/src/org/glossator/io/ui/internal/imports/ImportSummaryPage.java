package org.glossator.io.ui.internal.imports;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.glossator.core.store.CorpusException;
import org.glossator.io.CorpusImport;
import org.glossator.io.ImportException;
import org.glossator.io.ImportedDocument;
import org.glossator.io.Importer;
import org.glossator.io.TypeMapping;
import org.glossator.io.UnknownTypes;
import org.glossator.io.UnknownTypesException;
import org.glossator.io.ui.internal.Corpora;
import org.glossator.io.ui.internal.losses.LossRow;
import org.glossator.io.ui.internal.losses.LossTree;
import org.glossator.model.AnnotationType;
import org.glossator.model.EventType;
import org.glossator.model.RelationType;

/**
 * Reads every file, writing nothing, and shows what the import would do: the documents with their annotations, the
 * types it would add to the schema, and what the files hold that the corpus will not carry. Types the schema lacks
 * are refused unless the user agrees to add them, gives a mapping file, or drops their annotations (lenient). Finish
 * is possible only once everything has been read without a problem.
 */
final class ImportSummaryPage extends WizardPage {

	static final String ADD_TYPES = "Add them to the schema";
	static final String DROP_TYPES = "Leave their annotations out (lenient; they are listed as not carried)";
	static final String REFUSE_TYPES = "Refuse: import nothing while the schema lacks them";

	private final ImportSourcePage source;
	private Label summary;
	private Button refuseButton;
	private Button addButton;
	private Button dropButton;
	private Text mappingText;
	private TreeViewer tree;
	private CorpusImport plan;

	ImportSummaryPage(ImportSourcePage source) {
		super("summary");
		this.source = source;
		setTitle("Import Summary");
		setDescription("Everything has been read; nothing is added before Finish.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		summary = new Label(page, SWT.WRAP);
		GridData summaryData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		summaryData.widthHint = 400;
		summary.setLayoutData(summaryData);

		Group types = new Group(page, SWT.NONE);
		types.setText("Types the schema lacks");
		types.setLayout(new GridLayout(3, false));
		types.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		refuseButton = choice(types, REFUSE_TYPES, true);
		addButton = choice(types, ADD_TYPES, false);
		dropButton = choice(types, DROP_TYPES, false);
		new Label(types, SWT.NONE).setText("&Mapping file:");
		mappingText = new Text(types, SWT.BORDER);
		mappingText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		mappingText.setToolTipText("Lines such as PERSON -> PER: foreign type names to the schema's (- drops a type)");
		Button browse = new Button(types, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			String chosen = dialog.open();
			if (chosen != null) {
				mappingText.setText(chosen);
				read();
			}
		});
		mappingText.addListener(SWT.DefaultSelection, event -> read());

		tree = LossTree.create(page, "Documents, new types and what is not carried");
		GridData treeData = new GridData(SWT.FILL, SWT.FILL, true, true);
		treeData.heightHint = 200;
		tree.getTree().setLayoutData(treeData);
		setControl(page);
	}

	private Button choice(Composite parent, String text, boolean selected) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		button.setSelection(selected);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		button.addListener(SWT.Selection, event -> {
			if (button.getSelection()) {
				read();
			}
		});
		return button;
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			read();
		}
	}

	/** Reads all the files again with the current choices, in the wizard's progress part, cancellable. */
	void read() {
		plan = null;
		setPageComplete(false);
		setErrorMessage(null);
		Path corpus = Corpora.folder(source.corpus());
		List<Path> files = source.files();
		UnknownTypes unknownTypes = addButton.getSelection() ? UnknownTypes.ADD_TO_SCHEMA
				: dropButton.getSelection() ? UnknownTypes.DROP : UnknownTypes.REFUSE;
		String mappingFile = mappingText.getText().trim();
		Importer importer = source.format().newImporter().orElseThrow();
		CorpusImport[] result = new CorpusImport[1];
		try {
			TypeMapping mapping = mappingFile.isEmpty() ? TypeMapping.NONE : TypeMapping.read(Path.of(mappingFile));
			getContainer().run(true, true, monitor -> {
				try {
					result[0] = CorpusImport.check(corpus, importer, files, mapping, unknownTypes, monitor);
				} catch (CorpusException e) {
					throw new InvocationTargetException(e);
				} catch (OperationCanceledException e) {
					throw new InterruptedException();
				}
			});
		} catch (ImportException e) {
			refused(e);
			return;
		} catch (InvocationTargetException e) {
			refused(e.getCause());
			return;
		} catch (InterruptedException e) {
			show("Reading was cancelled; nothing is imported.", "Reading was cancelled.", List.of());
			return;
		}
		plan = result[0];
		int annotations = plan.documents().stream().mapToInt(imported -> imported.document().getAnnotations().size()).sum();
		show(plan.documents().size() + (plan.documents().size() == 1 ? " document" : " documents") + " with " + annotations
				+ " annotations will be added to " + Corpora.label(source.corpus()) + (plan.newTypes().isEmpty() ? ""
						: ", and " + plan.newTypes().size() + " new types to its schema") + ".", null, rows(plan));
		setPageComplete(true);
	}

	private void refused(Throwable problem) {
		String text = problem instanceof UnknownTypesException unknown
				? "The files use types the schema lacks: " + String.join(", ", unknown.typeNames())
						+ ". Add them to the schema, give a mapping file, or leave their annotations out."
				: "Nothing can be imported as the files are.";
		show(text, problem.getMessage(), List.of());
	}

	private void show(String text, String problem, List<LossRow> rows) {
		summary.setText(text);
		setErrorMessage(problem);
		tree.setInput(rows);
		tree.expandToLevel(2);
		summary.getParent().layout(true, true);
	}

	private static List<LossRow> rows(CorpusImport plan) {
		List<LossRow> rows = new ArrayList<>();
		List<LossRow> documents = new ArrayList<>();
		for (ImportedDocument imported : plan.documents()) {
			documents.add(new LossRow(imported.document().getTextPath(), imported.document().getAnnotations().size(), List.of()));
		}
		rows.add(new LossRow("Documents, with their annotations", documents.stream().mapToInt(LossRow::count).sum(), documents));
		if (!plan.newTypes().isEmpty()) {
			rows.add(new LossRow("New types for the schema", plan.newTypes().size(),
					plan.newTypes().stream().map(type -> new LossRow(type.getName() + " (" + kind(type) + ")", -1, List.of())).toList()));
		}
		rows.add(LossRow.of("Not carried", plan.notCarried()));
		return rows;
	}

	private static String kind(AnnotationType type) {
		return type instanceof EventType ? "event" : type instanceof RelationType ? "relation" : "entity";
	}

	/** What Finish writes, or null while the files cannot be imported as they are. */
	CorpusImport plan() {
		return plan;
	}
}
