package org.glossator.uima.engines;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Annotates what regular expressions match: dates, amounts of money, percentages and the like. The rules come
 * from a patterns file ({@link PatternRules} describes the format); without one, the built-in English and
 * Spanish rules of {@code default-patterns.txt} apply. Overlapping matches are resolved leftmost-longest across
 * all rules. A rule whose type the CAS does not have is skipped with a warning, so one rules file can serve
 * schemas that lack some of its types.
 */
public class PatternAnnotator extends CasAnnotator_ImplBase {

	public static final String PARAM_RULES = "rules";
	@ConfigurationParameter(name = PARAM_RULES, mandatory = false,
			description = "Path or URL of a UTF-8 patterns file; the built-in rules when not set")
	private String rulesLocation;

	private List<PatternRule> rules;
	/** The rules' types by name, without those the type system lacks. */
	private Map<String, Type> types;

	@Override
	public void initialize(UimaContext context) throws ResourceInitializationException {
		super.initialize(context);
		String source = rulesLocation == null ? "default-patterns.txt" : rulesLocation;
		try (BufferedReader reader = rulesLocation == null ? TextResources.open(PatternAnnotator.class.getResource(source))
				: TextResources.open(rulesLocation)) {
			rules = PatternRules.read(reader, source);
		} catch (IOException e) {
			throw new ResourceInitializationException(e);
		}
	}

	@Override
	public void typeSystemInit(TypeSystem typeSystem) throws AnalysisEngineProcessException {
		types = AnnotationTypes.findAll(typeSystem, rules.stream().map(PatternRule::type).toList(), getLogger());
	}

	@Override
	public void process(CAS cas) {
		String text = cas.getDocumentText();
		List<Match> matches = new ArrayList<>();
		for (PatternRule rule : rules) {
			Type type = types.get(rule.type());
			Matcher matcher = rule.pattern().matcher(text);
			while (type != null && matcher.find()) {
				Match match = rule.match(matcher, type);
				if (match != null) {
					matches.add(match);
				}
			}
		}
		for (Match match : Match.longestLeftmost(matches)) {
			cas.addFsToIndexes(cas.createAnnotation(match.type(), match.begin(), match.end()));
		}
	}
}
