package org.glossator.uima.ui.proposals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.glossator.core.edit.TextRange;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AnnotationType;
import org.glossator.model.Document;
import org.glossator.model.Schema;

/**
 * The type, engine and minimum confidence choosers of a {@link ProposalFilter}, as the Proposals view and the
 * threshold dialog both show them: labelled controls added to a parent with a grid layout.
 */
final class ProposalFilterControls {

	static final String ALL_TYPES = "All types";
	static final String ALL_ENGINES = "All engines";

	private final Combo type;
	private final Combo engine;
	private final Spinner minConfidence;
	private final List<AnnotationType> types = new ArrayList<>();

	/** @param onChange runs after the user changed any of the three */
	ProposalFilterControls(Composite parent, Runnable onChange) {
		new Label(parent, SWT.NONE).setText("&Type:");
		type = new Combo(parent, SWT.READ_ONLY);
		new Label(parent, SWT.NONE).setText("&Engine:");
		engine = new Combo(parent, SWT.READ_ONLY);
		new Label(parent, SWT.NONE).setText("&Min. confidence %:");
		minConfidence = new Spinner(parent, SWT.BORDER);
		minConfidence.setValues(0, 0, 100, 0, 5, 10);
		minConfidence.setToolTipText("0 lists every proposal; above 0 only those whose engine gave at least that confidence");
		type.addListener(SWT.Modify, event -> onChange.run());
		engine.addListener(SWT.Modify, event -> onChange.run());
		minConfidence.addListener(SWT.Modify, event -> onChange.run());
		setChoices(null, List.of());
	}

	/** Offers the schema's types and the engines found among the proposals, keeping what is chosen where it still exists. */
	void setChoices(Schema schema, Collection<String> engines) {
		String chosenType = type.getText();
		types.clear();
		if (schema != null) {
			Stream.of(schema.getEntityTypes(), schema.getEventTypes(), schema.getRelationTypes()).forEach(types::addAll);
		}
		type.setItems(Stream.concat(Stream.of(ALL_TYPES), types.stream().map(AnnotationType::getName)).toArray(String[]::new));
		selectOrFirst(type, chosenType);
		setEngines(engines);
	}

	/** Offers these engines, keeping the chosen one. */
	void setEngines(Collection<String> engines) {
		String chosen = engine.getText();
		engine.setItems(Stream.concat(Stream.of(ALL_ENGINES), new TreeSet<>(engines).stream()).toArray(String[]::new));
		selectOrFirst(engine, chosen);
	}

	/** Adds engines not offered yet. */
	void addEngines(Collection<String> engines) {
		List<String> offered = List.of(engine.getItems());
		if (!offered.containsAll(engines)) {
			List<String> all = new ArrayList<>(offered.subList(1, offered.size()));
			all.addAll(engines);
			setEngines(all);
		}
	}

	private static void selectOrFirst(Combo combo, String item) {
		int index = combo.indexOf(item);
		combo.select(Math.max(0, index));
	}

	ProposalFilter filter(TextRange within) {
		int chosenType = type.getSelectionIndex();
		String chosenEngine = engine.getSelectionIndex() <= 0 ? null : engine.getText();
		return new ProposalFilter(chosenType <= 0 ? null : types.get(chosenType - 1), chosenEngine, minConfidence.getSelection() / 100.0,
				within);
	}

	/** The engines that proposed the document's pending proposals. */
	static Collection<String> enginesOf(Document document) {
		TreeSet<String> engines = new TreeSet<>();
		for (Annotation annotation : document.getAnnotations()) {
			if (annotation.getStatus() == AnnotationStatus.PROPOSED && annotation.getOrigin() != null) {
				engines.add(annotation.getOrigin());
			}
		}
		return engines;
	}

	Combo type() {
		return type;
	}

	Combo engine() {
		return engine;
	}

	Spinner minConfidence() {
		return minConfidence;
	}
}
