package org.glossator.uima.ruta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.CasUtil;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.ProcessingResourceMetaData;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.eclipse.core.runtime.RegistryFactory;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.uima.SchemaTypes;
import org.glossator.uima.engine.CorpusPipeline;
import org.glossator.uima.engine.EngineDescriptor;
import org.glossator.uima.engine.EngineException;
import org.glossator.uima.engine.EngineRegistry;
import org.glossator.uima.engine.Pipeline;
import org.glossator.uima.engine.PipelineStep;
import org.glossator.uima.run.DocumentOutcome;
import org.glossator.uima.run.PipelineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The Ruta rules engine as the workbench runs it (contributed through the extension point, its script relative to
 * the corpus folder, proposals read back through the bridge) and as a plain uimaFIT user would, all inside OSGi.
 */
class RutaRulesAnnotatorTest {

	private static final String ENGINE = "org.glossator.uima.ruta";
	private static final String SAMPLE = "000_99a4f567e82471d6.txt";
	private static final String SCRIPT = "rules/news.ruta";
	/** Two types of one short name, in a type system of a user's own. */
	private static final String MY_DATE = "my.types.DATE";
	private static final String OTHER_DATE = "other.types.DATE";

	/** Dates and money the way a user writes them: schema types by their names, Ruta's own token types. */
	private static final String NEWS_RULES = """
			// Dates: a month and a day ("November 11"), or a year after "in" ("in 2020")
			(W{REGEXP("January|February|March|April|May|June|July|August|September|October|November|December")} NUM{REGEXP("[0-3]?[0-9]")}){-> MARK(DATE)};
			W{REGEXP("[Ii]n")} NUM{REGEXP("(19|20)[0-9][0-9]") -> MARK(DATE)};
			// Money: a dollar sign and a number ("$2"), proposed with a confidence of 0.9
			(SPECIAL{REGEXP("[$]")} NUM){-> CREATE(MONEY, "confidence" = 0.9)};
			// An event with an attribute: every "offensive" as a reported Offensive
			W{REGEXP("offensive") -> CREATE(Offensive, "attr_Modality" = "reported")};
			// Organisations from a word list beside the script
			WORDLIST Organisations = 'organisations.txt';
			Document{-> MARKFAST(ORG, Organisations)};
			""";
	private static final String ORGANISATIONS = "HTS\nHezbollah\nHay’at Tahrir al-Sham\n";

	/** The script and its word list, in a folder of the corpus. */
	private static final Map<String, String> NEWS_FILES = Map.of(SCRIPT, NEWS_RULES, "rules/organisations.txt", ORGANISATIONS);

	/** What {@link #NEWS_RULES} must find, by Java's regular expressions on the raw text, as "TYPE begin-end". */
	private static List<String> expectedNewsMatches(String text) {
		List<String> expected = new ArrayList<>();
		find(text, "\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+[0-3]?[0-9]\\b", 0, "DATE", expected);
		find(text, "\\b[Ii]n\\s+((?:19|20)\\d\\d)\\b", 1, "DATE", expected);
		find(text, "\\$\\s*\\d+", 0, "MONEY", expected);
		find(text, "\\boffensive\\b", 0, "Offensive", expected);
		find(text, "\\b(?:" + ORGANISATIONS.strip().replace("\n", "|") + ")\\b", 0, "ORG", expected);
		expected.sort(null);
		return expected;
	}

	@TempDir
	Path folder;

	@Test
	void theContributedEngineProposesTheDatesAndMoneyOfTheSampleNewsAtExactOffsets() throws Exception {
		CorpusStore store = corpus(NEWS_FILES);
		Document document = store.load(Path.of(SAMPLE));

		List<Annotation> proposals = propose(store, document);

		List<String> expected = expectedNewsMatches(document.getText());
		assertTrue(expected.contains("MONEY " + span(document.getText(), "$2")), expected.toString());
		assertTrue(expected.contains("DATE " + span(document.getText(), "November 11")), expected.toString());
		// HTS 13 times, Hezbollah 4 times, Hay’at Tahrir al-Sham 3 times (a fourth, spelt with ʼ U+02BC, is not in the list)
		assertEquals(13 + 4 + 3, expected.stream().filter(match -> match.startsWith("ORG ")).count(), expected.toString());
		assertEquals(expected, described(proposals));
		for (Annotation proposal : proposals) {
			assertEquals(AnnotationStatus.PROPOSED, proposal.getStatus());
			assertEquals(ENGINE, proposal.getOrigin());
		}
		assertEquals(List.of(0.9), proposals.stream().filter(proposal -> proposal.getType().getName().equals("MONEY"))
				.map(Annotation::getConfidence).toList());
		List<Annotation> offensives = proposals.stream().filter(proposal -> proposal.getType().getName().equals("Offensive")).toList();
		assertEquals(9, offensives.size());
		for (Annotation offensive : offensives) {
			assertEquals(1, offensive.getAttributes().size());
			assertEquals("Modality", offensive.getAttributes().get(0).getName());
			assertEquals("reported", offensive.getAttributes().get(0).getValue());
		}
	}

	@Test
	void offsetsStayExactAfterCharactersAboveUFFFFAndCrLf() throws Exception {
		String text = "😀 𝔗𝔥𝔢 𝔣𝔲𝔫𝔡 paid $40 on March 3;\r\nفي 2024 — 𝟚𝟘𝟚𝟜 🇸🇾 in 2023, and US$ 7 in November 30.";
		CorpusStore store = newsCorpusWith("unicode.txt", text);
		Document document = store.load(Path.of("unicode.txt"));

		List<String> proposed = described(propose(store, document));

		assertEquals(List.of("DATE " + span(text, "2023"), "DATE " + span(text, "March 3"), "DATE " + span(text, "November 30"),
				"MONEY " + span(text, "$ 7"), "MONEY " + span(text, "$40")).stream().sorted().toList(), proposed);
		assertEquals(expectedNewsMatches(text), proposed);
	}

	@Test
	void aCorpusRunSavesEveryDocumentsProposals() throws Exception {
		String text = "Hezbollah paid $40 on March 3.";
		CorpusStore store = newsCorpusWith("second.txt", text);

		PipelineRun run = PipelineRun.onCorpus(store, engines(), store.textFiles());
		run.schedule();
		run.join();

		assertTrue(run.getResult().isOK(), run.getResult().toString());
		Map<String, Integer> added = run.outcomes().stream()
				.collect(Collectors.toMap(outcome -> outcome.text().getFileName().toString(), DocumentOutcome::added));
		CorpusStore reopened = CorpusStore.open(folder);
		Document second = reopened.load(Path.of("second.txt"));
		assertEquals(List.of("DATE " + span(text, "March 3"), "MONEY " + span(text, "$40"), "ORG " + span(text, "Hezbollah")),
				described(second.getAnnotations()));
		assertEquals(3, added.get("second.txt"));
		// The sample has some of these dates already, accepted: only what it lacks is added.
		long fromRuta = reopened.load(Path.of(SAMPLE)).getAnnotations().stream()
				.filter(annotation -> ENGINE.equals(annotation.getOrigin())).count();
		assertTrue(fromRuta > 20, "proposals saved: " + fromRuta);
		assertEquals(fromRuta, (long) added.get(SAMPLE));
	}

	@Test
	void aScriptThatDoesNotParseNamesItsFileAndLineAndLeavesTheDocumentUntouched() throws Exception {
		String broken = """
				// line 2 misses the closing brace of its rule element
				W{REGEXP("Assad") -> MARK(PER);
				NUM{-> MARK(DATE)};
				""";
		CorpusStore store = corpus(Map.of(SCRIPT, broken));
		Path annotations = folder.resolve("000_99a4f567e82471d6.glossator");
		byte[] before = Files.readAllBytes(annotations);
		Document document = store.load(Path.of(SAMPLE));
		int annotationsBefore = document.getAnnotations().size();
		Path script = folder.resolve(SCRIPT);

		EngineException failure = assertThrows(EngineException.class, () -> propose(store, document));

		assertEquals(ENGINE, failure.engineId());
		assertTrue(failure.getMessage().contains("Ruta script " + script + ", line 2"), failure.getMessage());
		assertEquals(annotationsBefore, document.getAnnotations().size());

		store.unload(document);
		PipelineRun run = PipelineRun.onCorpus(store, engines(), List.of(Path.of(SAMPLE)));
		run.schedule();
		run.join();
		assertTrue(run.getResult().getMessage().contains("Ruta script " + script + ", line 2"), run.getResult().getMessage());
		assertArrayEquals(before, Files.readAllBytes(annotations), "the annotation file is not rewritten");
	}

	@Test
	void aScriptThatIsNotUtf8OrMissingIsNamed() throws Exception {
		Path latin1 = Files.write(folder.resolve("latin1.ruta"), "W{REGEXP(\"Ejército\") -> MARK(ORG)};".getBytes(StandardCharsets.ISO_8859_1));
		String notUtf8 = messages(assertThrows(ResourceInitializationException.class, () -> engine(latin1)));
		assertTrue(notUtf8.contains("Ruta script " + latin1 + " is not UTF-8 text"), notUtf8);

		Path missing = folder.resolve("missing.ruta");
		String notThere = messages(assertThrows(ResourceInitializationException.class, () -> engine(missing)));
		assertTrue(notThere.contains("Cannot read the Ruta script " + missing), notThere);
	}

	@Test
	void runsWithPlainUimaFitOnATypeSystemThatIsNotGlossators() throws Exception {
		// No confidence here: the user's types have no such feature.
		Path script = Files.writeString(folder.resolve("money.ruta"), """
				(W{REGEXP("March")} NUM){-> MARK(DATE)};
				(SPECIAL{REGEXP("[$]")} NUM){-> MARK(MONEY)};
				""");
		String text = "𝔗𝔥𝔢 𝔣𝔲𝔫𝔡 🇸🇾 paid $40 on March 3.";
		AnalysisEngine engine = engine(script);
		CAS cas = cas(engine, "my.types.DATE", "my.types.MONEY");
		cas.setDocumentText(text);

		engine.process(cas);

		assertEquals(List.of(span(text, "March 3")), spans(cas, "my.types.DATE"));
		assertEquals(List.of(span(text, "$40")), spans(cas, "my.types.MONEY"));
		assertEquals(List.of(), spans(cas, "org.apache.uima.ruta.type.W"), "Ruta's tokens are removed after the rules ran");
	}

	@Test
	void anAmbiguousShortTypeNameNamesTheScriptAndFullNamesOrPackageAliasesResolveIt() throws Exception {
		Path ambiguous = Files.writeString(folder.resolve("ambiguous.ruta"), "NUM{-> MARK(DATE)};");
		AnalysisEngineProcessException failure = assertThrows(AnalysisEngineProcessException.class, () -> datesMarkedBy(ambiguous));
		String messages = messages(failure);
		assertTrue(messages.contains("Ruta script " + ambiguous) && messages.contains("DATE is ambiguous"), messages);

		Path qualified = Files.writeString(folder.resolve("qualified.ruta"), "NUM{-> MARK(other.types.DATE)};");
		assertEquals(Map.of(MY_DATE, List.of(), OTHER_DATE, List.of("3-5")), datesMarkedBy(qualified));
		Path aliased = Files.writeString(folder.resolve("aliased.ruta"), "IMPORT PACKAGE my.types AS mine;\nNUM{-> MARK(mine.DATE)};");
		assertEquals(Map.of(MY_DATE, List.of("3-5"), OTHER_DATE, List.of()), datesMarkedBy(aliased));
	}

	/** What the script marks in "On 12 May" with two types of the short name DATE, by type. */
	private static Map<String, List<String>> datesMarkedBy(Path script) throws Exception {
		AnalysisEngine engine = engine(script);
		CAS cas = cas(engine, MY_DATE, OTHER_DATE);
		cas.setDocumentText("On 12 May");
		engine.process(cas);
		return Map.of(MY_DATE, spans(cas, MY_DATE), OTHER_DATE, spans(cas, OTHER_DATE));
	}

	/** The sample corpus with the news rules and one more text. */
	private CorpusStore newsCorpusWith(String name, String text) throws Exception {
		Map<String, String> files = new HashMap<>(NEWS_FILES);
		files.put(name, text);
		return corpus(files);
	}

	/** A corpus folder with the sample corpus and the given further files (path relative to it, then content). */
	private CorpusStore corpus(Map<String, String> files) throws Exception {
		for (String name : List.of("schema.xmi", SAMPLE, "000_99a4f567e82471d6.glossator")) {
			try (InputStream in = sampleEntry(name)) {
				Files.copy(in, folder.resolve(name));
			}
		}
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path path = folder.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getValue());
		}
		return CorpusStore.open(folder);
	}

	private static InputStream sampleEntry(String name) throws IOException {
		Bundle sample = List.of(FrameworkUtil.getBundle(CorpusStore.class).getBundleContext().getBundles()).stream()
				.filter(bundle -> bundle.getSymbolicName().equals("org.glossator.sample")).findFirst().orElseThrow();
		return sample.getEntry("corpus/" + name).openStream();
	}

	/** The Ruta engine as a corpus's pipeline names it: by id, with the script relative to the corpus folder. */
	private List<EngineDescriptor> engines() {
		CorpusPipeline pipeline = new CorpusPipeline(List.of(new PipelineStep(ENGINE, Map.of(RutaRulesAnnotator.PARAM_SCRIPT, SCRIPT))));
		return pipeline.engines(new EngineRegistry(RegistryFactory.getRegistry()), folder);
	}

	private List<Annotation> propose(CorpusStore store, Document document) throws EngineException {
		try (Pipeline pipeline = new Pipeline(SchemaTypes.of(store.corpus().getSchema()), engines())) {
			return pipeline.propose(document);
		}
	}

	private static List<String> described(List<Annotation> proposals) {
		return proposals.stream().map(proposal -> proposal.getType().getName() + " " + proposal.getSpans().get(0).getBegin() + "-"
				+ proposal.getSpans().get(0).getEnd()).sorted().toList();
	}

	private static void find(String text, String regex, int group, String type, List<String> found) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		while (matcher.find()) {
			found.add(type + " " + matcher.start(group) + "-" + matcher.end(group));
		}
	}

	/** "begin-end" of the only occurrence of a piece of the text, in UTF-16 units as UIMA and Glossator count. */
	private static String span(String text, String piece) {
		int begin = text.indexOf(piece);
		assertEquals(-1, text.indexOf(piece, begin + 1), piece + " occurs once");
		return begin + "-" + (begin + piece.length());
	}

	/** The engine as a user of plain uimaFIT starts it, outside Glossator's pipeline. */
	private static AnalysisEngine engine(Path script) throws Exception {
		return AnalysisEngineFactory.createEngine(RutaRulesAnnotator.description(script.toString()));
	}

	/** A CAS for the engine and a type system of the user's own: the given annotation types. */
	private static CAS cas(AnalysisEngine engine, String... typeNames) throws Exception {
		TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		for (String name : typeNames) {
			types.addType(name, "", CAS.TYPE_NAME_ANNOTATION);
		}
		ProcessingResourceMetaData user = UIMAFramework.getResourceSpecifierFactory().createProcessingResourceMetaData();
		user.setTypeSystem(types);
		return CasCreationUtils.createCas(List.of(engine.getProcessingResourceMetaData(), user));
	}

	private static List<String> spans(CAS cas, String typeName) {
		return CasUtil.select(cas, CasUtil.getType(cas, typeName)).stream()
				.map(annotation -> annotation.getBegin() + "-" + annotation.getEnd()).toList();
	}

	private static String messages(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}
}
