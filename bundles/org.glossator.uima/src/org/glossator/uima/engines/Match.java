package org.glossator.uima.engines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.uima.cas.Type;

/** A stretch of text an engine would annotate with a type. */
record Match(int begin, int end, Type type) {

	private static final Comparator<Match> LEFTMOST_LONGEST = Comparator.comparingInt(Match::begin)
			.thenComparing(Comparator.comparingInt(Match::end).reversed());

	/**
	 * Leftmost-longest selection: from left to right, a match is kept unless it overlaps one kept before; of matches
	 * starting at the same place the longest wins, of equally long ones the first in the given order (the earlier
	 * rule or list). Empty matches are dropped.
	 */
	static List<Match> longestLeftmost(List<Match> matches) {
		List<Match> sorted = new ArrayList<>(matches);
		sorted.sort(LEFTMOST_LONGEST);
		List<Match> kept = new ArrayList<>();
		int covered = 0;
		for (Match match : sorted) {
			if (match.begin() >= covered && match.end() > match.begin()) {
				kept.add(match);
				covered = match.end();
			}
		}
		return kept;
	}
}
