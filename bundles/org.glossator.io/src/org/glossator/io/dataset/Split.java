package org.glossator.io.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The parts of a dataset, each a folder of the same name. */
public enum Split {
	TRAIN, DEV, TEST;

	public String folder() {
		return name().toLowerCase();
	}

	/**
	 * Splits whole documents: sorted by name, shuffled with {@code seed} (java.util.Random's
	 * algorithm is fixed by its specification, so the split is reproducible anywhere), then
	 * cut by the ratios, rounding train and dev to whole documents; each split lists its
	 * documents sorted, as the corpus does.
	 */
	static Map<Split, List<String>> of(List<String> documentNames, DatasetSettings settings) {
		List<String> shuffled = new ArrayList<>(documentNames);
		Collections.sort(shuffled);
		Collections.shuffle(shuffled, new Random(settings.seed()));
		int train = (int) Math.round(shuffled.size() * settings.train());
		int dev = Math.min(shuffled.size() - train, (int) Math.round(shuffled.size() * settings.dev()));
		Map<Split, List<String>> splits = new EnumMap<>(Split.class);
		splits.put(TRAIN, sorted(shuffled.subList(0, train)));
		splits.put(DEV, sorted(shuffled.subList(train, train + dev)));
		splits.put(TEST, sorted(shuffled.subList(train + dev, shuffled.size())));
		return splits;
	}

	private static List<String> sorted(List<String> names) {
		return names.stream().sorted().toList();
	}
}
