package org.glossator.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
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
	private List<Annotation> rows = new ArrayList<>();
	private Comparator<Annotation> rowOrder = Comparator.comparingInt(AnnotationOutlinePage::position);

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
		table.getTable().setHeaderVisible(true);
		table.setUseHashlookup(true);
		// Rows come from our own filtered, sorted list, so that a change re-sorts nothing and only visible rows exist.
		table.setContentProvider((ILazyContentProvider) index -> table.replace(rows.get(index), index));
		column("Id", 50, Annotation::getId, Comparator.comparing(Annotation::getId, AnnotationOutlinePage::compareIds));
		column("Type", 80, AnnotationOutlinePage::typeName, Comparator.comparing(AnnotationOutlinePage::typeName));
		column("Text", 160, this::coveredText, Comparator.comparingInt(AnnotationOutlinePage::position));
		column("Status", 70, annotation -> annotation.getStatus().getLiteral(), Comparator.comparing(Annotation::getStatus));
		column("Origin", 70, Annotation::getOrigin, Comparator.comparing(Annotation::getOrigin, Comparator.nullsFirst(String::compareTo)));
		typeOrTextFilter.addModifyListener(event -> refresh());
		statusFilter.addModifyListener(event -> refresh());
		table.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof Annotation chosen && chosen != editor.getCurrentAnnotation()) {
				editor.select(chosen);
			}
		});
		refresh();
	}

	private void column(String title, int width, Function<Annotation, String> text, Comparator<Annotation> order) {
		TableViewerColumn column = TableColumns.add(table, title, width, Annotation.class, text, annotation -> null);
		column.getColumn().addListener(SWT.Selection, event -> {
			boolean descending = table.getTable().getSortColumn() == column.getColumn() && table.getTable().getSortDirection() == SWT.UP;
			table.getTable().setSortColumn(column.getColumn());
			table.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
			rowOrder = descending ? order.reversed() : order;
			refresh();
		});
	}

	private boolean passes(Annotation annotation) {
		String status = statusFilter.getText();
		if (!ALL_STATUSES.equals(status) && !annotation.getStatus().getLiteral().equals(status)) {
			return false;
		}
		String wanted = typeOrTextFilter.getText().trim().toLowerCase();
		return wanted.isEmpty() || typeName(annotation).toLowerCase().contains(wanted) || coveredText(annotation).toLowerCase().contains(wanted);
	}

	/** Lists the document's annotations as they are now. */
	void refresh() {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		rows = new ArrayList<>(editor.getDocument().getAnnotations().stream().filter(this::passes).sorted(rowOrder).toList());
		showRows();
	}

	private void showRows() {
		table.setInput(rows);
		table.setItemCount(rows.size());
		table.refresh();
		follow(editor.getCurrentAnnotation());
	}

	/** Lists what a batch of changes added, removed or changed, and leaves the other rows alone. */
	void update(DocumentChanges.Batch changes) {
		if (table == null || table.getControl().isDisposed() || changes.isEmpty()) {
			return;
		}
		Set<Annotation> gone = new HashSet<>(changes.removed());
		// A changed row may now pass or fail the filters, or sort elsewhere: it goes and comes back.
		gone.addAll(changes.changed());
		rows.removeIf(gone::contains);
		for (Annotation annotation : Stream.concat(changes.added().stream(), changes.changed().stream()).toList()) {
			if (passes(annotation)) {
				int at = Collections.binarySearch(rows, annotation, rowOrder);
				rows.add(at < 0 ? -at - 1 : at, annotation);
			}
		}
		showRows();
	}

	/** Selects the editor's current annotation in the table. */
	void follow(Annotation current) {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		int row = current == null ? -1 : rows.indexOf(current);
		if (row < 0) {
			table.getTable().deselectAll();
		} else {
			table.replace(current, row);
			table.getTable().setSelection(row);
		}
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

	private static int position(Annotation annotation) {
		return annotation.getSpans().isEmpty() ? Integer.MAX_VALUE : annotation.getSpans().get(0).getBegin();
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
