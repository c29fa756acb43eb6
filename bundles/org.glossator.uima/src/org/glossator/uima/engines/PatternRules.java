package org.glossator.uima.engines;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a patterns file. Each line that is not blank and does not start with {@code #} is a rule:
 *
 * <pre>
 * TYPE[@GROUP]  REGEX
 * </pre>
 *
 * separated by one or more spaces or tabs; the regular expression (Java syntax, {@code (?i)} and other inline
 * flags allowed) is the rest of the line. Without a group the whole match is annotated; with one, only the text
 * of that group, named or numbered, as in {@code DATE@1 \b(?:in|en)\s+(May|mayo)\b}.
 */
final class PatternRules {

	private static final Pattern RULE = Pattern.compile("(\\S+?)(?:@(\\w+))?[ \\t]+(.+)");

	private PatternRules() {
	}

	static List<PatternRule> read(BufferedReader reader, String source) throws IOException {
		List<PatternRule> rules = new ArrayList<>();
		int number = 0;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			number++;
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			Matcher rule = RULE.matcher(trimmed);
			if (!rule.matches()) {
				throw new IOException(source + ":" + number + ": expected TYPE[@GROUP] REGEX, found: " + trimmed);
			}
			String group = rule.group(2) == null ? "0" : rule.group(2);
			Pattern pattern;
			try {
				pattern = Pattern.compile(rule.group(3));
			} catch (PatternSyntaxException e) {
				throw new IOException(source + ":" + number + ": " + e.getDescription() + " in " + rule.group(3), e);
			}
			if (!hasGroup(pattern, group)) {
				throw new IOException(source + ":" + number + ": the expression has no group " + group + ": " + rule.group(3));
			}
			rules.add(new PatternRule(rule.group(1), group, pattern));
		}
		return rules;
	}

	private static boolean hasGroup(Pattern pattern, String group) {
		return group.chars().allMatch(Character::isDigit) ? Integer.parseInt(group) <= pattern.matcher("").groupCount()
				: pattern.pattern().contains("(?<" + group + ">");
	}
}
