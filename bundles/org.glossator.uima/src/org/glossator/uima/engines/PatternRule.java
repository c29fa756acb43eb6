package org.glossator.uima.engines;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.cas.Type;

/**
 * One line of a patterns file: annotate with {@code type} the text of {@code group} (a number, 0 for the whole
 * match, or a name) of each match of {@code pattern}.
 */
record PatternRule(String type, String group, Pattern pattern) {

	/** The group of the matcher's current match as a match of the type, or null if the group took no part. */
	Match match(Matcher matcher, Type uimaType) {
		boolean numbered = group.chars().allMatch(Character::isDigit);
		int begin = numbered ? matcher.start(Integer.parseInt(group)) : matcher.start(group);
		int end = numbered ? matcher.end(Integer.parseInt(group)) : matcher.end(group);
		return begin < 0 ? null : new Match(begin, end, uimaType);
	}
}
