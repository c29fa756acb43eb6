package org.glossator.ui.editor;

import java.util.Comparator;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
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
	private boolean following;

	AnnotationOutlinePage(AnnotationEditor editor) {
		this.editor = editor;
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
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Id", 50, Annotation::getId, Comparator.comparing(Annotation::getId, AnnotationOutlinePage::compareIds));
		column("Type", 80, AnnotationOutlinePage::typeName, Comparator.comparing(AnnotationOutlinePage::typeName));
		column("Text", 160, this::coveredText, Comparator.comparingInt(AnnotationOutlinePage::position));
		column("Status", 70, annotation -> annotation.getStatus().getLiteral(), Comparator.comparing(Annotation::getStatus));
		column("Origin", 70, Annotation::getOrigin, Comparator.comparing(Annotation::getOrigin, Comparator.nullsFirst(String::compareTo)));
		table.setComparator(new ColumnComparator(Comparator.comparingInt(AnnotationOutlinePage::position)));
		table.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				return passes((Annotation) element);
			}
		});
		typeOrTextFilter.addModifyListener(event -> table.refresh());
		statusFilter.addModifyListener(event -> table.refresh());
		table.addSelectionChangedListener(event -> {
			if (!following && event.getStructuredSelection().getFirstElement() instanceof Annotation chosen) {
				editor.select(chosen);
			}
		});
		refresh();
	}

	private void column(String title, int width, Function<Annotation, String> text, Comparator<Annotation> order) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Annotation) element);
			}
		});
		column.getColumn().addListener(SWT.Selection, event -> {
			boolean descending = table.getTable().getSortColumn() == column.getColumn() && table.getTable().getSortDirection() == SWT.UP;
			table.getTable().setSortColumn(column.getColumn());
			table.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
			table.setComparator(new ColumnComparator(descending ? order.reversed() : order));
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

	/** Shows the document's annotations as they are now. */
	void refresh() {
		if (table != null && !table.getControl().isDisposed()) {
			table.setInput(editor.getDocument().getAnnotations().toArray());
			follow(editor.getCurrentAnnotation());
		}
	}

	/** Selects the editor's current annotation in the table. */
	void follow(Annotation current) {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		following = true;
		try {
			table.setSelection(current == null ? StructuredSelection.EMPTY : new StructuredSelection(current), true);
		} finally {
			following = false;
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

	/** Sorts rows by a comparator of annotations. */
	private static final class ColumnComparator extends ViewerComparator {

		private final Comparator<Annotation> order;

		ColumnComparator(Comparator<Annotation> order) {
			this.order = order;
		}

		@Override
		public int compare(Viewer viewer, Object a, Object b) {
			return order.compare((Annotation) a, (Annotation) b);
		}
	}
}
