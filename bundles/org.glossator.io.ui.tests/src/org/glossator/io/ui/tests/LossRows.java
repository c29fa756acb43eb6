package org.glossator.io.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.glossator.io.Format;
import org.glossator.io.LossReport;

/** Checks the rows the loss report view shows against a loss report computed headless. */
final class LossRows {

	private LossRows() {
	}

	/** The format's row: its count, a row per document with its count, below it a row per kind with its count. */
	static void assertShown(Tree tree, Format format, LossReport expected) {
		String formatRow = format.name() + " (" + format.id() + ")";
		if (expected.isEmpty()) {
			Ui.item(tree.getItems(), formatRow + ": nothing lost");
			return;
		}
		TreeItem row = Ui.item(tree.getItems(), formatRow);
		int total = expected.documents().stream().mapToInt(document -> expected.of(document).size()).sum();
		assertEquals(Integer.toString(total), row.getText(1), formatRow);
		assertEquals(expected.documents(), Arrays.stream(row.getItems()).map(item -> item.getText(0)).toList());
		for (String document : expected.documents()) {
			TreeItem documentRow = Ui.item(row.getItems(), document);
			assertEquals(Integer.toString(expected.of(document).size()), documentRow.getText(1), formatRow + " " + document);
			Map<String, Integer> kinds = new TreeMap<>();
			expected.of(document).forEach(loss -> kinds.merge(loss.reason(), 1, Integer::sum));
			assertEquals(kinds.size(), documentRow.getItemCount(), "the kinds of loss of " + document);
			kinds.forEach((reason, count) -> {
				TreeItem kindRow = Ui.item(documentRow.getItems(), reason);
				assertEquals(Integer.toString(count), kindRow.getText(1), formatRow + " " + document + " " + reason);
				assertEquals(count, kindRow.getItemCount());
				assertTrue(Arrays.stream(kindRow.getItems()).allMatch(loss -> loss.getText(1).isEmpty()), "single losses have no count");
			});
		}
	}
}
