package org.glossator.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.glossator.model.Annotation;

/**
 * The rows of a virtual table of annotations, filtered and sorted by the table's owner, then kept up to date from the
 * batches of {@link DocumentChanges}: a change costs a binary search per annotation it touched instead of a new sort,
 * and only the rows on screen ever get items, so that a document of many thousand annotations stays quick to list.
 * The table takes in a long list in steps between events (see {@link #whenShown}). A click on a column's header sorts
 * by that column, a second click the other way round.
 */
public final class AnnotationRows {

	/** Up to this many changed annotations are looked up one by one; more in one pass over the rows. */
	private static final int FEW = 32;
	/**
	 * The rows a table takes in at a time: GTK adds its rows one by one, so that listing 200,000 annotations at once
	 * held the UI thread for 160 ms; in the benchmark, a step of this many took 8 ms (median; 14 ms at the 90th
	 * percentile).
	 */
	static final int ROWS_PER_STEP = 5_000;

	private final TableViewer table;
	private final Runnable reordered;
	private List<Annotation> rows = new ArrayList<>();
	private Comparator<Annotation> order = Comparator.comparingInt(AnnotationRows::position);
	/** Whether the table's next step of rows is queued. */
	private boolean stepQueued;
	/** What to do once the table has all the rows, or null. */
	private Runnable whenShown;

	/** @param reordered lists the rows anew, called when a header click changed the order */
	public AnnotationRows(TableViewer table, Runnable reordered) {
		this.table = table;
		this.reordered = reordered;
		table.getTable().setHeaderVisible(true);
		table.setUseHashlookup(true);
		// The table may ask for a row while its count is still the old one.
		table.setContentProvider((ILazyContentProvider) index -> {
			if (index < rows.size()) {
				table.replace(rows.get(index), index);
			}
		});
	}

	/** Adds a column whose header sorts the rows by the given order (then by position in the text). */
	public void column(String title, int width, Function<Annotation, String> text, Comparator<Annotation> columnOrder) {
		TableViewerColumn column = TableColumns.add(table, title, width, Annotation.class, text, annotation -> null);
		column.getColumn().addListener(SWT.Selection, event -> {
			Table widget = table.getTable();
			boolean descending = widget.getSortColumn() == column.getColumn() && widget.getSortDirection() == SWT.UP;
			widget.setSortColumn(column.getColumn());
			widget.setSortDirection(descending ? SWT.DOWN : SWT.UP);
			Comparator<Annotation> thenByPosition = columnOrder.thenComparingInt(AnnotationRows::position);
			order = descending ? thenByPosition.reversed() : thenByPosition;
			reordered.run();
		});
	}

	/** Lists these annotations, in the current order. */
	public void set(Stream<Annotation> annotations) {
		rows = new ArrayList<>(annotations.sorted(order).toList());
		show();
	}

	/** Lists what a batch of changes added, removed or changed, and leaves the other rows alone. */
	public void update(DocumentChanges.Batch changes, Predicate<Annotation> passes) {
		List<Annotation> arrived = Stream.concat(changes.added().stream(), changes.changed().stream()).toList();
		// A changed annotation may now pass or fail the filter, or sort elsewhere: it goes and comes back.
		Set<Annotation> gone = new HashSet<>(changes.removed());
		gone.addAll(arrived);
		if (gone.size() > FEW) {
			rows.removeIf(gone::contains);
		} else {
			// Looked up one by one (added ones are not listed yet): a pass over every row reads each annotation from memory.
			for (Annotation annotation : Stream.concat(changes.removed().stream(), changes.changed().stream()).toList()) {
				int at = indexOf(annotation);
				if (at >= 0) {
					rows.remove(at);
				}
			}
		}
		if (arrived.size() > FEW) {
			// Inserted one by one, each would move the rows after it: quadratic for a document restored whole.
			arrived.stream().filter(passes).forEach(rows::add);
			rows.sort(order);
		} else {
			for (Annotation annotation : arrived) {
				if (passes.test(annotation)) {
					int at = Collections.binarySearch(rows, annotation, order);
					rows.add(at < 0 ? -at - 1 : at, annotation);
				}
			}
		}
		show();
	}

	/**
	 * Has the table show the rows as they are now: the rows it already has are asked for anew, and a longer list comes
	 * in steps. A much shorter list replaces the table's rows at once, which GTK does far faster than removing them.
	 */
	private void show() {
		table.setInput(rows);
		int had = table.getTable().getItemCount();
		if (rows.size() < had - ROWS_PER_STEP) {
			table.setItemCount(0);
			had = 0;
		}
		// While a step is queued, that step adds the next rows (to a table just emptied, the first come now).
		table.setItemCount(Math.min(rows.size(), stepQueued && had > 0 ? had : had + ROWS_PER_STEP));
		table.refresh();
		afterStep();
	}

	/** Adds the next step of rows, after the events that came meanwhile. */
	private void nextStep() {
		stepQueued = false;
		if (!table.getControl().isDisposed()) {
			// The rows added are virtual: they ask for their annotations when they come into view.
			table.setItemCount(Math.min(rows.size(), table.getTable().getItemCount() + ROWS_PER_STEP));
			afterStep();
		}
	}

	private void afterStep() {
		if (isShown()) {
			runWhenShown();
		} else if (!stepQueued) {
			stepQueued = true;
			table.getControl().getDisplay().asyncExec(this::nextStep);
		}
	}

	/** Whether the table has a row for each annotation listed. */
	private boolean isShown() {
		return table.getTable().getItemCount() == rows.size();
	}

	/**
	 * Runs the given code (selecting rows, for example) once the table has all the rows: now, or after the step that
	 * completes them. It replaces code given before that has not run yet, which was meant for the rows of then; null
	 * just drops that.
	 */
	public void whenShown(Runnable code) {
		whenShown = code;
		if (isShown()) {
			runWhenShown();
		}
	}

	private void runWhenShown() {
		Runnable code = whenShown;
		whenShown = null;
		if (code != null) {
			code.run();
		}
	}

	public int size() {
		return rows.size();
	}

	public Annotation get(int row) {
		return rows.get(row);
	}

	public int indexOf(Annotation annotation) {
		return SortedLists.indexOf(rows, annotation, order);
	}

	/** Where an annotation starts in the text; relations, which have no spans, last. */
	public static int position(Annotation annotation) {
		return annotation.getSpans().isEmpty() ? Integer.MAX_VALUE : annotation.getSpans().get(0).getBegin();
	}
}
