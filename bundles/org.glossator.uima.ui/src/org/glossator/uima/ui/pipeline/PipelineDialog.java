package org.glossator.uima.ui.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.glossator.core.store.CorpusException;
import org.glossator.model.Schema;
import org.glossator.uima.SchemaTypes;
import org.glossator.uima.engine.CorpusPipeline;
import org.glossator.uima.engine.EngineDescriptor;
import org.glossator.uima.engine.EngineException;
import org.glossator.uima.engine.EngineRegistry;
import org.glossator.uima.engine.ParameterDeclaration;
import org.glossator.uima.engine.Pipeline;
import org.glossator.uima.engine.PipelineStep;

/**
 * Edits a corpus's pipeline: the installed engines it runs, in order, and each one's parameters as text. OK checks
 * the pipeline by starting its engines on the corpus's schema (so a missing term list or a wrong value is named
 * before anything is saved), then saves {@code pipeline.xml} atomically.
 */
final class PipelineDialog extends TitleAreaDialog {

	/** A step as edited: the engine, and its parameters as text. */
	private static final class Step {
		final EngineDescriptor engine;
		String parameters;

		Step(EngineDescriptor engine, String parameters) {
			this.engine = engine;
			this.parameters = parameters;
		}
	}

	private final Path corpusFolder;
	private final SchemaTypes types;
	private final EngineRegistry registry;
	private final List<Step> steps = new ArrayList<>();
	private org.eclipse.swt.widgets.List stepList;
	private Combo installed;
	private Label description;
	private Text parameters;
	private Button remove;
	private Button up;
	private Button down;
	/** Why the dialog starts from an empty pipeline, or null. */
	private String startProblem;

	/**
	 * @throws CorpusException if the pipeline names an engine that is not installed or cannot be described
	 */
	PipelineDialog(Shell shell, Path corpusFolder, Schema schema, EngineRegistry registry, CorpusPipeline pipeline) throws CorpusException {
		super(shell);
		this.corpusFolder = corpusFolder;
		this.types = SchemaTypes.of(schema);
		this.registry = registry;
		Path file = corpusFolder.resolve(CorpusPipeline.FILE);
		for (PipelineStep step : pipeline.steps()) {
			try {
				EngineDescriptor engine = registry.engine(step.engineId());
				steps.add(new Step(engine, StepParameters.text(engine.declaredParameters(types), valuesOf(engine, step.parameters()))));
			} catch (IllegalArgumentException | EngineException e) {
				throw new CorpusException(file, file + ": " + e.getMessage(), e);
			}
		}
	}

	/** Tells, when the dialog opens, why it starts from an empty pipeline. */
	void startsEmptyBecause(String problem) {
		startProblem = problem;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title(corpusFolder));
	}

	static String title(Path corpusFolder) {
		return "Pipeline of " + corpusFolder.getFileName();
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Engines that pre-annotate the corpus, in order");
		setMessage("Add, remove and order the engines; set each one's parameters, one name=value per line. Paths may be relative "
				+ "to the corpus folder.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);

		installed = new Combo(body, SWT.READ_ONLY);
		registry.engines().forEach(engine -> installed.add(engine.name() + " (" + engine.id() + ")"));
		installed.select(0);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(installed);
		Button add = button(body, "&Add", this::addStep);
		add.setToolTipText("Add the chosen engine after the selected step");

		stepList = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 4).hint(320, 140).applyTo(stepList);
		remove = button(body, "&Remove", this::removeStep);
		up = button(body, "Move &Up", () -> moveStep(-1));
		down = button(body, "Move &Down", () -> moveStep(1));
		new Label(body, SWT.NONE);

		description = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(480, SWT.DEFAULT).applyTo(description);
		parameters = new Text(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(480, 160).applyTo(parameters);
		parameters.addListener(SWT.Modify, event -> {
			int selected = stepList.getSelectionIndex();
			if (selected >= 0) {
				steps.get(selected).parameters = parameters.getText();
			}
		});
		stepList.addListener(SWT.Selection, event -> showStep());
		listSteps(steps.isEmpty() ? -1 : 0);
		if (startProblem != null) {
			setErrorMessage(startProblem);
		}
		return area;
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void addStep() {
		EngineDescriptor engine = registry.engines().get(installed.getSelectionIndex());
		try {
			int at = stepList.getSelectionIndex() + 1;
			steps.add(at == 0 ? steps.size() : at, new Step(engine, StepParameters.text(engine.declaredParameters(types), engine.parameters())));
			listSteps(at == 0 ? steps.size() - 1 : at);
			setErrorMessage(null);
		} catch (EngineException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private void removeStep() {
		int selected = stepList.getSelectionIndex();
		if (selected >= 0) {
			steps.remove(selected);
			listSteps(Math.min(selected, steps.size() - 1));
		}
	}

	private void moveStep(int by) {
		int selected = stepList.getSelectionIndex();
		int to = selected + by;
		if (selected >= 0 && to >= 0 && to < steps.size()) {
			steps.add(to, steps.remove(selected));
			listSteps(to);
		}
	}

	private void listSteps(int selected) {
		stepList.setItems(steps.stream().map(step -> step.engine.name() + " (" + step.engine.id() + ")").toArray(String[]::new));
		if (selected >= 0) {
			stepList.select(selected);
		}
		showStep();
	}

	private void showStep() {
		int selected = stepList.getSelectionIndex();
		Step step = selected < 0 ? null : steps.get(selected);
		description.setText(step == null ? "" : step.engine.description() == null ? step.engine.name() : step.engine.description());
		parameters.setText(step == null ? "" : step.parameters);
		parameters.setEnabled(step != null);
		remove.setEnabled(step != null);
		up.setEnabled(selected > 0);
		down.setEnabled(step != null && selected < steps.size() - 1);
		description.getParent().layout();
	}

	@Override
	protected void okPressed() {
		String problem = validateAndSave();
		if (problem == null) {
			super.okPressed();
		} else {
			setErrorMessage(problem);
		}
	}

	/** Saves the pipeline if its engines start; otherwise tells why not, and saves nothing. */
	private String validateAndSave() {
		List<PipelineStep> pipelineSteps = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			try {
				pipelineSteps.add(new PipelineStep(step.engine.id(), StepParameters.parse(step.parameters, step.engine.declaredParameters(types))));
			} catch (IllegalArgumentException | EngineException e) {
				stepList.select(i);
				showStep();
				return "Step " + (i + 1) + " (" + step.engine.id() + "), " + e.getMessage();
			}
		}
		CorpusPipeline pipeline = new CorpusPipeline(pipelineSteps);
		String[] problem = new String[1];
		BusyIndicator.showWhile(getShell().getDisplay(), () -> {
			try (Pipeline started = new Pipeline(types, pipeline.engines(registry, corpusFolder))) {
				pipeline.save(corpusFolder);
			} catch (EngineException | CorpusException e) {
				problem[0] = e.getMessage();
			}
		});
		return problem[0];
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Save", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** A step's values over the engine's contributed ones. */
	private static Map<String, String> valuesOf(EngineDescriptor engine, Map<String, String> stepValues) {
		Map<String, String> values = new LinkedHashMap<>(engine.parameters());
		values.putAll(stepValues);
		return values;
	}

	// --- for tests in the fragment

	Combo installed() {
		return installed;
	}

	org.eclipse.swt.widgets.List stepList() {
		return stepList;
	}

	Text parameters() {
		return parameters;
	}
}
