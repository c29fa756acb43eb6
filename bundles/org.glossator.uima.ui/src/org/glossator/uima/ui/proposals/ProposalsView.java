package org.glossator.uima.ui.proposals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.glossator.core.edit.AnnotationCommands;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.ui.editor.AnnotationDescription;
import org.glossator.ui.editor.AnnotationEditor;
import org.glossator.ui.editor.AnnotationEditorTracker;
import org.glossator.ui.editor.AnnotationRows;
import org.glossator.ui.editor.DocumentChanges;

/**
 * The pending proposals of the active annotation editor's document: type, text, engine and confidence, filtered by
 * type, engine and minimum confidence, sorted by any column, with how many are shown of how many pending. Choosing a
 * row shows the proposal in the editor; Accept / Reject (or Enter / Delete) decide the chosen rows as one step on the
 * editor's command stack, so the editor's undo takes it back, as does Ctrl+Z here.
 * <p>
 * The table is virtual and follows the document's changes incrementally (the editor's {@link DocumentChanges}, taken
 * after each command), so a document with thousands of proposals costs only the rows on screen and the rows a step
 * touched.
 */
public class ProposalsView extends ViewPart {

	public static final String ID = "org.glossator.uima.ui.proposals";

	private ProposalFilterControls filters;
	private Label counts;
	private TableViewer table;
	private Button accept;
	private Button reject;
	private AnnotationRows rows;

	private AnnotationEditor editor;
	private DocumentChanges changes;
	private final CommandStackListener commandStackListener = event -> documentChanged();

	private final AnnotationEditorTracker editorTracker = new AnnotationEditorTracker(this::follow);

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(parent);
		// One line of filters, buttons and counts, so that the rows get the height.
		Composite header = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(9).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		filters = new ProposalFilterControls(header, this::refresh);
		accept = new Button(header, SWT.PUSH);
		accept.setText("&Accept");
		accept.setToolTipText("Accept the chosen proposals (Enter), as one step");
		accept.addListener(SWT.Selection, event -> decideSelected(true));
		reject = new Button(header, SWT.PUSH);
		reject.setText("&Reject");
		reject.setToolTipText("Reject the chosen proposals (Delete), as one step; rejections are kept as decisions");
		reject.addListener(SWT.Selection, event -> decideSelected(false));
		counts = new Label(header, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(counts);

		table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		rows = new AnnotationRows(table, this::refresh);
		rows.column("Type", 80, ProposalsView::typeName, Comparator.comparing(ProposalsView::typeName));
		rows.column("Text", 160, ProposalsView::coveredText, Comparator.comparingInt(AnnotationRows::position));
		rows.column("Engine", 140, ProposalsView::engine, Comparator.comparing(ProposalsView::engine));
		rows.column("Confidence", 80, ProposalsView::confidence,
				Comparator.comparing(Annotation::getConfidence, Comparator.nullsFirst(Double::compare)));
		table.addSelectionChangedListener(event -> {
			if (editor != null && event.getStructuredSelection().getFirstElement() instanceof Annotation chosen
					&& chosen != editor.getCurrentAnnotation()) {
				editor.select(chosen);
			}
		});
		// A row the user chooses is not to be overridden by one chosen before, once the table has all its rows.
		table.getTable().addListener(SWT.Selection, event -> rows.whenShown(null));
		table.getTable().addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
				decideSelected(true);
			} else if (event.keyCode == SWT.DEL || event.keyCode == SWT.BS) {
				decideSelected(false);
			}
		});
		// The table's Open (double-click) moves to the editor, to correct the proposal there.
		table.addOpenListener(event -> {
			if (editor != null) {
				getSite().getPage().activate(editor);
			}
		});

		getSite().setSelectionProvider(table);
		editorTracker.start(getSite().getPage());
	}

	/** Shows the proposals of another editor's document, or none. */
	private void follow(AnnotationEditor followed) {
		detach();
		editor = followed;
		IActionBars actionBars = getViewSite().getActionBars();
		if (editor == null) {
			actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
			actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
			actionBars.updateActionBars();
		} else {
			changes = new DocumentChanges(editor.getDocument());
			editor.getEditingDomain().getCommandStack().addCommandStackListener(commandStackListener);
			// Ctrl+Z in this view takes back the last step of the document shown, as it would in its editor.
			editor.shareUndoRedo(actionBars);
		}
		filters.setChoices(editor == null ? null : editor.getSchema(),
				editor == null ? List.of() : ProposalFilterControls.enginesOf(editor.getDocument()));
		refresh();
	}

	private void detach() {
		if (editor != null) {
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(commandStackListener);
			changes.dispose();
			changes = null;
			editor = null;
		}
	}

	private ProposalFilter filter() {
		return filters.filter(null);
	}

	/** Lists the document's proposals anew, as the filters and order say. */
	private void refresh() {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		List<?> selected = table.getStructuredSelection().toList();
		ProposalFilter filter = filter();
		rows.set(editor == null ? Stream.empty() : editor.getDocument().getAnnotations().stream().filter(filter));
		showRows(selected);
	}

	/** After a command: re-lists only what it added, removed or changed. */
	private void documentChanged() {
		DocumentChanges.Batch batch = changes.take();
		if (batch.isEmpty()) {
			return;
		}
		// Read while the rows are still those the table shows.
		List<?> selected = table.getStructuredSelection().toList();
		// First, as offering a new engine may list the rows anew, which the update does not mind.
		filters.addEngines(Stream.concat(batch.added().stream(), batch.changed().stream())
				.filter(annotation -> annotation.getStatus() == AnnotationStatus.PROPOSED)
				.map(Annotation::getOrigin).filter(origin -> origin != null).toList());
		rows.update(batch, filter());
		showRows(selected);
	}

	/** Shows the rows as they are now, and chooses again those of the chosen ones that are still there. */
	private void showRows(List<?> selected) {
		// Replaces what was to be chosen in the rows of before, if they are not all there yet.
		rows.whenShown(selected.isEmpty() ? null : () -> {
			Map<Object, Integer> rowOf = new HashMap<>();
			for (int row = 0; row < rows.size(); row++) {
				rowOf.put(rows.get(row), row);
			}
			table.getTable().setSelection(selected.stream().map(rowOf::get).filter(row -> row != null).mapToInt(Integer::intValue).toArray());
		});
		long pending = editor == null ? 0 : editor.getPendingProposalCount();
		counts.setText(editor == null ? "Open a document in the annotation editor to review its proposals."
				: rows.size() + " shown of " + pending + (pending == 1 ? " pending proposal" : " pending proposals"));
		counts.getParent().layout();
		accept.setEnabled(editor != null);
		reject.setEnabled(editor != null);
	}

	/** Accepts or rejects the chosen rows in one step, then chooses the row that took the first one's place. */
	private void decideSelected(boolean acceptThem) {
		int[] chosen = table.getTable().getSelectionIndices();
		if (editor == null || chosen.length == 0) {
			return;
		}
		Set<Annotation> decided = new HashSet<>();
		for (int row : chosen) {
			decided.add(rows.get(row));
		}
		Document document = editor.getDocument();
		AnnotationCommands commands = new AnnotationCommands(editor.getEditingDomain());
		Command step = acceptThem ? commands.acceptProposals(document, decided::contains) : commands.rejectProposals(document, decided::contains);
		if (!step.canExecute()) {
			return;
		}
		int first = Arrays.stream(chosen).min().orElse(0);
		editor.getEditingDomain().getCommandStack().execute(step);
		if (rows.size() > 0) {
			Annotation next = rows.get(Math.min(first, rows.size() - 1));
			// Now if the table has its row, and once it has all (it may still be taking them in, and a change then would
			// choose the rows chosen before).
			Runnable choose = () -> {
				int row = rows.indexOf(next);
				if (row >= 0 && row < table.getTable().getItemCount()) {
					// Its item gets its element now, so that the table's selection holds it.
					table.replace(next, row);
					table.getTable().setSelection(row);
				}
			};
			choose.run();
			rows.whenShown(choose);
			editor.select(next);
		}
	}

	/** From the proposal's own document: the table may still ask for a row while the editor it came from closes. */
	private static String coveredText(Annotation annotation) {
		return annotation.eContainer() instanceof Document document ? AnnotationDescription.coveredText(annotation, document) : "";
	}

	private static String typeName(Annotation annotation) {
		return annotation.getType() == null ? "" : annotation.getType().getName();
	}

	private static String engine(Annotation annotation) {
		return annotation.getOrigin() == null ? "" : annotation.getOrigin();
	}

	private static String confidence(Annotation annotation) {
		return annotation.getConfidence() == null ? "" : String.format("%.2f", annotation.getConfidence());
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		editorTracker.stop(getSite().getPage());
		detach();
		super.dispose();
	}

	// --- for tests in the fragment

	TableViewer table() {
		return table;
	}

	ProposalFilterControls filters() {
		return filters;
	}

	String counts() {
		return counts.getText();
	}

	Button acceptButton() {
		return accept;
	}

	AnnotationEditor editor() {
		return editor;
	}
}
