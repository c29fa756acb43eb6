package org.glossator.uima.engines;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Annotates the terms of typed term lists wherever they occur as whole words, in one pass over the text however
 * many terms there are (Aho-Corasick automaton of {@code org.ahocorasick:ahocorasick}). Overlapping hits are
 * resolved leftmost-longest ("Bashar al-Assad" wins over "Assad"); a term listed under two types is annotated with
 * the type of the list given first.
 * <p>
 * A term list is a UTF-8 file with one term per line, optionally followed by a tab and a type name; without one,
 * the type is the file's name without extension ({@code GPE.txt} lists GPE terms). Blank lines and lines starting
 * with {@code #} are skipped. Type names are looked up as {@link PatternAnnotator} does; terms of a type the CAS
 * does not have are skipped with a warning.
 */
public class GazetteerAnnotator extends CasAnnotator_ImplBase {

	public static final String PARAM_TERM_LISTS = "termLists";
	@ConfigurationParameter(name = PARAM_TERM_LISTS, description = "Paths or URLs of the UTF-8 term lists")
	private String[] termLists;

	public static final String PARAM_IGNORE_CASE = "ignoreCase";
	@ConfigurationParameter(name = PARAM_IGNORE_CASE, defaultValue = "false", description = "Match regardless of case")
	private boolean ignoreCase;

	public static final String PARAM_IGNORE_DIACRITICS = "ignoreDiacritics";
	@ConfigurationParameter(name = PARAM_IGNORE_DIACRITICS, defaultValue = "false",
			description = "Match regardless of accents and other diacritics: Irán matches Iran")
	private boolean ignoreDiacritics;

	/** A listed term: its type name and the position of its entry, which decides ties. */
	private record Entry(String type, int order) {
	}

	private TextFolding folding;
	private PayloadTrie<Entry> trie;
	private final Set<String> typeNames = new LinkedHashSet<>();
	private Map<String, Type> types;

	@Override
	public void initialize(UimaContext context) throws ResourceInitializationException {
		super.initialize(context);
		folding = new TextFolding(ignoreCase, ignoreDiacritics);
		PayloadTrie.PayloadTrieBuilder<Entry> builder = PayloadTrie.<Entry>builder().onlyWholeWords();
		int order = 0;
		for (String location : termLists) {
			try (BufferedReader reader = TextResources.open(location)) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					if (line.isBlank() || line.startsWith("#")) {
						continue;
					}
					int tab = line.indexOf('\t');
					String term = (tab < 0 ? line : line.substring(0, tab)).strip();
					String type = tab < 0 ? TextResources.baseName(location) : line.substring(tab + 1).strip();
					builder.addKeyword(folding.fold(term), new Entry(type, order++));
					typeNames.add(type);
				}
			} catch (IOException e) {
				throw new ResourceInitializationException(e);
			}
		}
		trie = builder.build();
	}

	@Override
	public void typeSystemInit(TypeSystem typeSystem) throws AnalysisEngineProcessException {
		types = AnnotationTypes.findAll(typeSystem, typeNames, getLogger());
	}

	@Override
	public void process(CAS cas) {
		List<PayloadEmit<Entry>> emits = new ArrayList<>(trie.parseText(folding.fold(cas.getDocumentText())));
		emits.sort(Comparator.comparingInt(emit -> emit.getPayload().order()));
		List<Match> matches = new ArrayList<>();
		for (PayloadEmit<Entry> emit : emits) {
			Type type = types.get(emit.getPayload().type());
			if (type != null) {
				matches.add(new Match(emit.getStart(), emit.getEnd() + 1, type));
			}
		}
		for (Match match : Match.longestLeftmost(matches)) {
			cas.addFsToIndexes(cas.createAnnotation(match.type(), match.begin(), match.end()));
		}
	}
}
