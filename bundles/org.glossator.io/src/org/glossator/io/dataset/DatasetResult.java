package org.glossator.io.dataset;

import java.util.Map;
import java.util.List;
import java.util.SortedMap;

import org.glossator.io.LossReport;

/**
 * What a dataset export wrote.
 *
 * @param documents the document names of each split
 * @param counts per split, the number of annotations written per type name
 * @param losses per format id, what it could not carry
 * @param choices per format id, what its exporter chose ({@link org.glossator.io.Exporter#choices()}: the segmentation of CoNLL)
 */
public record DatasetResult(Map<Split, List<String>> documents, Map<Split, SortedMap<String, Integer>> counts, Map<String, LossReport> losses,
		Map<String, Map<String, String>> choices) {
}
