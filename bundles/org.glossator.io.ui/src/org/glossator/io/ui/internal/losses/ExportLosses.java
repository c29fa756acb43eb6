package org.glossator.io.ui.internal.losses;

import java.nio.file.Path;
import java.util.List;

import org.glossator.io.LossReport;

/**
 * What one export could not carry, per format, as the loss report view shows it.
 *
 * @param title what was exported where, e.g. {@code Dataset of Sample Corpus in /tmp/ds (train 1, dev 0, test 0)}
 * @param output the folder or zip written
 * @param formats each format written, in the order chosen
 */
public record ExportLosses(String title, Path output, List<FormatLosses> formats) {

	/**
	 * @param lossFile where the report was written, relative to the output (inside it, when that is a zip)
	 */
	public record FormatLosses(String formatId, String formatName, LossReport report, String lossFile) {

		public int count() {
			return report.documents().stream().mapToInt(document -> report.of(document).size()).sum();
		}
	}

	public ExportLosses {
		formats = List.copyOf(formats);
	}

	public int count() {
		return formats.stream().mapToInt(FormatLosses::count).sum();
	}
}
