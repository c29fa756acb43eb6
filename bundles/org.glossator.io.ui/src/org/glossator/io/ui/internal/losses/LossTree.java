package org.glossator.io.ui.internal.losses;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A tree of {@link LossRow}s with their counts, as the loss report and the import summary show them. */
public final class LossTree {

	private LossTree() {
	}

	/** @param title the heading of the first column */
	public static TreeViewer create(Composite parent, String title) {
		TreeViewer tree = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		tree.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object row) {
				return ((LossRow) row).children().toArray();
			}

			@Override
			public Object getParent(Object row) {
				return null;
			}

			@Override
			public boolean hasChildren(Object row) {
				return !((LossRow) row).children().isEmpty();
			}
		});
		column(tree, title, 560, LossRow::label);
		column(tree, "Count", 80, row -> row.count() < 0 ? "" : Integer.toString(row.count()));
		return tree;
	}

	private static void column(TreeViewer tree, String title, int width, Function<LossRow, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(tree, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((LossRow) element);
			}
		});
	}
}
