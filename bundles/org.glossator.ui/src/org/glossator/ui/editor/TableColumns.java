package org.glossator.ui.editor;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** A table column whose text (and optionally background) comes from a function of the row's element. */
public final class TableColumns {

	private TableColumns() {
	}

	public static <T> TableViewerColumn add(TableViewer table, String title, int width, Class<T> rowType, Function<T, String> text,
			Function<T, Color> background) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(rowType.cast(element));
			}

			@Override
			public Color getBackground(Object element) {
				return background.apply(rowType.cast(element));
			}
		});
		return column;
	}
}
