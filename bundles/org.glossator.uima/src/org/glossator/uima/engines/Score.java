package org.glossator.uima.engines;

import java.util.Locale;

/** Counts of one type's proposals against gold annotations (same type, same span), and the usual measures. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

	public static final Score ZERO = new Score(0, 0, 0);

	public Score plus(Score other) {
		return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives, falseNegatives + other.falseNegatives);
	}

	/** Share of proposals that are right; 0 when nothing was proposed. */
	public double precision() {
		return ratio(truePositives, truePositives + falsePositives);
	}

	/** Share of gold annotations proposed; 0 when there were none. */
	public double recall() {
		return ratio(truePositives, truePositives + falseNegatives);
	}

	public double f1() {
		double sum = precision() + recall();
		return sum == 0 ? 0 : 2 * precision() * recall() / sum;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "P %.2f R %.2f F1 %.2f (%d tp, %d fp, %d fn)", precision(), recall(), f1(),
				truePositives, falsePositives, falseNegatives);
	}

	private static double ratio(int part, int whole) {
		return whole == 0 ? 0 : (double) part / whole;
	}
}
