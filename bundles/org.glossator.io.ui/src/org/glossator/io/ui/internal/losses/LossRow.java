package org.glossator.io.ui.internal.losses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glossator.io.LossReport;
import org.glossator.io.ui.internal.losses.ExportLosses.FormatLosses;

/**
 * A row of the loss report: a format, one of its documents, a kind of loss in that document (the reason), or
 * one thing lost (the subject), each counting what lies below it.
 *
 * @param count the losses below the row, or -1 for a single loss
 */
public record LossRow(String label, int count, List<LossRow> children) {

	public static List<LossRow> of(ExportLosses losses) {
		return losses.formats().stream().map(LossRow::of).toList();
	}

	static LossRow of(FormatLosses format) {
		return of(format.formatName() + " (" + format.formatId() + ")", format.report());
	}

	/** A row labelled {@code label} over the documents of {@code report}; without losses it says "nothing lost". */
	public static LossRow of(String label, LossReport report) {
		if (report.isEmpty()) {
			return new LossRow(label + ": nothing lost", 0, List.of());
		}
		List<LossRow> documents = report.documents().stream()
				.map(document -> new LossRow(document, report.of(document).size(), kinds(report.of(document))))
				.toList();
		return new LossRow(label, documents.stream().mapToInt(LossRow::count).sum(), documents);
	}

	private static List<LossRow> kinds(List<LossReport.Loss> losses) {
		Map<String, List<LossRow>> byReason = new LinkedHashMap<>();
		losses.forEach(loss -> byReason.computeIfAbsent(loss.reason(), reason -> new ArrayList<>())
				.add(new LossRow(loss.subject(), -1, List.of())));
		return byReason.entrySet().stream().map(kind -> new LossRow(kind.getKey(), kind.getValue().size(), kind.getValue())).toList();
	}

	/** The row and all below it as indented lines, label and count separated by a tab. */
	public void appendText(StringBuilder text, int depth) {
		text.append("\t".repeat(depth)).append(label);
		if (count >= 0) {
			text.append('\t').append(count);
		}
		text.append('\n');
		children.forEach(child -> child.appendText(text, depth + 1));
	}
}
