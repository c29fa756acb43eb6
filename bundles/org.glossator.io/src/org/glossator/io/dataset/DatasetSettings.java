package org.glossator.io.dataset;

import java.util.List;
import java.util.Set;

import org.glossator.model.DocumentStatus;

/**
 * What a dataset export takes: documents of which statuses, in which formats (ids of the
 * formats extension point), with proposals or only accepted annotations, and how the
 * documents are split. The same settings on the same corpus give the same split.
 *
 * @param train the share of documents for training; {@code dev} and {@code test} take the others, the three sum to 1
 * @param zip whether the dataset is one zip archive rather than a folder
 */
public record DatasetSettings(Set<DocumentStatus> statuses, List<String> formats, boolean includeProposals, long seed, double train,
		double dev, double test, boolean zip) {

	public DatasetSettings {
		statuses = Set.copyOf(statuses);
		formats = List.copyOf(formats);
		if (formats.isEmpty()) {
			throw new IllegalArgumentException("a dataset needs at least one format");
		}
		if (train < 0 || dev < 0 || test < 0 || Math.abs(train + dev + test - 1) > 1e-9) {
			throw new IllegalArgumentException("the split ratios " + train + ", " + dev + ", " + test + " are not three shares that sum to 1");
		}
	}
}
