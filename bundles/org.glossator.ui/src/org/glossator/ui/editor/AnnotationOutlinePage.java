package org.glossator.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;

/**
 * Every annotation of the document in a table (id, type, text, status, origin), filtered by type or text and by
 * status, sorted by any column; choosing a row makes it the editor's current annotation and the other way round.
 */
final class AnnotationOutlinePage extends Page implements IContentOutlinePage {

	static final String ALL_STATUSES = "All statuses";

	private final AnnotationEditor editor;
	private Composite control;
	private TableViewer table;
	private Text typeOrTextFilter;
	private Combo statusFilter;
	private AnnotationRows rows;
	/** Changes the table does not list yet: see {@link #updateSoon}. */
	private final List<DocumentChanges.Batch> waiting = new ArrayList<>();

	AnnotationOutlinePage(AnnotationEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		editor.shareUndoRedo(actionBars);
	}

	@Override
	public void createControl(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 2).applyTo(control);
		typeOrTextFilter = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH);
		typeOrTextFilter.setMessage("Type or text");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(typeOrTextFilter);
		statusFilter = new Combo(control, SWT.READ_ONLY);
		statusFilter.add(ALL_STATUSES);
		for (AnnotationStatus status : AnnotationStatus.values()) {
			statusFilter.add(status.getLiteral());
		}
		statusFilter.select(0);

		table = new TableViewer(control, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table.getControl());
		rows = new AnnotationRows(table, this::refresh);
		rows.column("Id", 50, Annotation::getId, Comparator.comparing(Annotation::getId, AnnotationOutlinePage::compareIds));
		rows.column("Type", 80, AnnotationOutlinePage::typeName, Comparator.comparing(AnnotationOutlinePage::typeName));
		rows.column("Text", 160, this::coveredText, Comparator.comparingInt(AnnotationRows::position));
		rows.column("Status", 70, annotation -> annotation.getStatus().getLiteral(), Comparator.comparing(Annotation::getStatus));
		rows.column("Origin", 70, Annotation::getOrigin, Comparator.comparing(Annotation::getOrigin, Comparator.nullsFirst(String::compareTo)));
		typeOrTextFilter.addModifyListener(event -> refresh());
		statusFilter.addModifyListener(event -> refresh());
		table.addSelectionChangedListener(event -> {
			// A row chosen before the table took in its annotation's removal is not followed.
			if (event.getStructuredSelection().getFirstElement() instanceof Annotation chosen && chosen != editor.getCurrentAnnotation()
					&& chosen.eContainer() != null) {
				editor.select(chosen);
			}
		});
		refresh();
	}

	/**
	 * What passes the filters as they are set now: read from the widgets once, not per annotation (two GTK calls for
	 * each of 200,000 annotations took over 100 ms of listing them).
	 */
	private Predicate<Annotation> filter() {
		String status = statusFilter.getText();
		String wanted = typeOrTextFilter.getText().trim().toLowerCase();
		return annotation -> (ALL_STATUSES.equals(status) || annotation.getStatus().getLiteral().equals(status))
				&& (wanted.isEmpty() || typeName(annotation).toLowerCase().contains(wanted)
						|| coveredText(annotation).toLowerCase().contains(wanted));
	}

	/** Lists the document's annotations as they are now (none while they load). */
	void refresh() {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		// Listed from the document as it is now, these too.
		waiting.clear();
		rows.set(editor.getDocument() == null ? Stream.empty() : editor.getDocument().getAnnotations().stream().filter(filter()));
		follow(editor.getCurrentAnnotation());
	}

	/**
	 * Lists what a batch of changes added, removed or changed, and leaves the other rows alone: once the events waiting
	 * now are handled, the editor's paint of the change usually among them, as a table of 200,000 rows takes
	 * milliseconds to take in a row, which the user waits for in the text, not here.
	 */
	void updateSoon(DocumentChanges.Batch changes) {
		if (table == null || table.getControl().isDisposed() || changes.isEmpty()) {
			return;
		}
		if (waiting.isEmpty()) {
			table.getControl().getDisplay().asyncExec(this::updateWaiting);
		}
		waiting.add(changes);
	}

	private void updateWaiting() {
		if (waiting.isEmpty() || table.getControl().isDisposed()) {
			return;
		}
		// As one batch: applied one by one, the first would be sorted in among rows the later ones have changed.
		Set<Annotation> added = new HashSet<>();
		Set<Annotation> removed = new HashSet<>();
		Set<Annotation> changed = new HashSet<>();
		for (DocumentChanges.Batch batch : waiting) {
			added.addAll(batch.added());
			removed.addAll(batch.removed());
			changed.addAll(batch.changed());
		}
		waiting.clear();
		// What a later batch took out again (an undone creation) is gone, not listed.
		added.removeIf(annotation -> annotation.eContainer() == null);
		changed.removeIf(annotation -> annotation.eContainer() == null);
		rows.update(new DocumentChanges.Batch(added, removed, changed, 0, 0), filter());
		follow(editor.getCurrentAnnotation());
	}

	/** Selects the editor's current annotation in the table, once the table has its row. */
	void follow(Annotation current) {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		rows.whenShown(() -> {
			int row = current == null ? -1 : rows.indexOf(current);
			if (row < 0) {
				table.getTable().deselectAll();
			} else {
				table.replace(current, row);
				table.getTable().setSelection(row);
			}
		});
	}

	TableViewer table() {
		return table;
	}

	Text typeOrTextFilter() {
		return typeOrTextFilter;
	}

	Combo statusFilter() {
		return statusFilter;
	}

	private String coveredText(Annotation annotation) {
		return AnnotationDescription.coveredText(annotation, editor.getDocument());
	}

	private static String typeName(Annotation annotation) {
		return annotation.getType() == null ? "" : annotation.getType().getName();
	}

	/** T2 before T10: the number after the letter counts as a number. */
	private static int compareIds(String a, String b) {
		return a.length() != b.length() && a.charAt(0) == b.charAt(0) ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		table.addSelectionChangedListener(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		table.removeSelectionChangedListener(listener);
	}

	@Override
	public ISelection getSelection() {
		return table.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		table.setSelection(selection);
	}

	@Override
	public Control getControl() {
		return control;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
