package org.glossator.uima.ui.run;

import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.glossator.uima.engines.RecommenderEvaluation.CrossValidation;
import org.glossator.uima.engines.Score;

/** The recommender's precision, recall and F1 per type from a cross-validation on its corpus, with the counts behind them. */
public final class RecommenderScoresDialog extends Dialog {

	public static final String TITLE = "Recommender Scores";
	/** The table's first column says {@value} in the row of all types together. */
	public static final String ALL_TYPES = "All types";
	private static final String[] COLUMNS = { "Type", "Precision", "Recall", "F1", "Right (tp)", "Wrong (fp)", "Missed (fn)" };

	private final String corpus;
	private final CrossValidation validation;

	public RecommenderScoresDialog(Shell parent, String corpus, CrossValidation validation) {
		super(parent);
		this.corpus = corpus;
		this.validation = validation;
	}

	/** The cells of a row as the table shows them. */
	public static String[] row(String type, Score score) {
		return new String[] { type, decimal(score.precision()), decimal(score.recall()), decimal(score.f1()),
				Integer.toString(score.truePositives()), Integer.toString(score.falsePositives()), Integer.toString(score.falseNegatives()) };
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label summary = new Label(area, SWT.WRAP);
		summary.setText(validation.folds() + "-fold cross-validation by document on the " + validation.documents() + " documents of " + corpus
				+ " that hold accepted entity mentions or events: the recommender learns from the other folds' documents and proposes"
				+ " on each fold's. A proposal is right when its type and span are exactly those of an accepted annotation.");
		GridDataFactory.fillDefaults().hint(convertWidthInCharsToPixels(90), SWT.DEFAULT).applyTo(summary);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : COLUMNS) {
			new TableColumn(table, title.equals(COLUMNS[0]) ? SWT.LEFT : SWT.RIGHT).setText(title);
		}
		for (Map.Entry<String, Score> entry : validation.scores().entrySet()) {
			if (!entry.getKey().equals("*")) {
				new TableItem(table, SWT.NONE).setText(row(entry.getKey(), entry.getValue()));
			}
		}
		new TableItem(table, SWT.NONE).setText(row(ALL_TYPES, validation.scores().getOrDefault("*", Score.ZERO)));
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		if (!validation.unreadable().isEmpty()) {
			Label leftOut = new Label(area, SWT.WRAP);
			leftOut.setText("Left out, unreadable:\n" + String.join("\n", validation.unreadable()));
			GridDataFactory.fillDefaults().hint(convertWidthInCharsToPixels(90), SWT.DEFAULT).applyTo(leftOut);
		}
		table.setFocus();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		close();
	}

	private static String decimal(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}
}
