package org.glossator.io.benchmarks;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamException;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCreationUtils;
import org.dkpro.core.api.io.JCasFileWriter_ImplBase;
import org.dkpro.core.io.conll.Conll2002Writer;
import org.glossator.core.internal.store.AtomicFiles;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.Exporter;
import org.glossator.io.LossReport;
import org.glossator.io.conll.Conll2002Exporter;
import org.glossator.io.internal.BreakIteratorTokenizer;
import org.glossator.io.internal.Token;
import org.glossator.io.internal.XmiStreamHandler;
import org.glossator.io.xmi.XmiExporter;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.GlossatorPackage;
import org.glossator.model.Schema;
import org.glossator.model.Span;
import org.glossator.model.validation.AnnotationValidator;
import org.glossator.uima.DocumentCasWriter;
import org.glossator.uima.GlossatorTypes;
import org.glossator.uima.SchemaTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * Export speed on one document of 200,000 annotations, in the same JVM and the same run: our XMI export (document
 * to CAS to XMI file, plus TypeSystem.xml) beside uimaj's XmiCasSerializer writing the CAS our bridge makes for the
 * document, and our CoNLL-2002 export beside DKPro Core's Conll2002Writer on a CAS holding the same sentences,
 * tokens and entities. Runs only with {@code -Pbenchmark}: the class name keeps it out of Surefire's default includes.
 */
class ExportBenchmark {

	private static final int ANNOTATIONS = Integer.getInteger("glossator.benchmark.annotations", 200_000);
	/** Text per annotation: about one entity mention every six words. */
	private static final int CHARACTERS_PER_ANNOTATION = 27;
	private static final int WARMUPS = Integer.getInteger("glossator.benchmark.warmups", 2);
	private static final int ITERATIONS = Integer.getInteger("glossator.benchmark.iterations", 5);
	/** Which comparisons run: both by default; one alone to profile it. */
	private static final List<String> FORMATS = List.of(System.getProperty("glossator.benchmark.formats", "xmi,conll").split(","));
	/** A paragraph after each copy of the sample: characters above U+FFFF, right-to-left script, a combining mark. */
	private static final String HARD_PARAGRAPH = "Reporters of \uD835\uDD07\uD835\uDD1E\uD835\uDD2A\uD835\uDD1E\uD835\uDD30 Press "
			+ "\uD83D\uDE00 met \uD840\uDC0B\uD840\uDC0C Group in \u062F\u0645\u0634\u0642 and Zu\u0308rich.";
	private static final String NAME = "big";

	@TempDir
	Path folder;

	private final StringBuilder report = new StringBuilder();
	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	@Test
	void export() throws Exception {
		GlossatorPackage.eINSTANCE.getName(); // registers the model package, as plugin.xml does in Eclipse
		Path sample = Path.of(System.getProperty("glossator.sample", "../../bundles/org.glossator.sample/corpus"));
		Files.copy(sample.resolve("schema.xmi"), folder.resolve("schema.xmi"));
		String sampleText;
		try (Stream<Path> files = Files.list(sample)) {
			sampleText = Files.readString(files.filter(file -> file.toString().endsWith(".txt")).findFirst().orElseThrow());
		}
		Files.writeString(folder.resolve(NAME + ".txt"), text(sampleText, ANNOTATIONS * CHARACTERS_PER_ANNOTATION));
		CorpusStore store = CorpusStore.open(folder);
		Schema schema = store.corpus().getSchema();
		Document document = store.load(Path.of(NAME + ".txt"));
		GeneratedAnnotations generated = GeneratedAnnotations.add(schema, document, ANNOTATIONS);
		assertEquals(ANNOTATIONS, document.getAnnotations().size(), "annotations generated");

		machineFacts(document, generated);
		System.out.println("Files in " + folder); // kept with -Djunit.jupiter.tempdir.cleanup.mode.default=never
		if (FORMATS.contains("xmi")) {
			xmi(document, schema);
		}
		if (FORMATS.contains("conll")) {
			conll(document, schema);
		}

		Path results = Path.of(System.getProperty("glossator.benchmark.results", "target/io-benchmark.md"));
		Files.createDirectories(results.toAbsolutePath().getParent());
		Files.writeString(results, report);
		System.out.println(report);
	}

	/** Ours: the whole export a user runs, CAS creation included. Theirs: the serializer alone on a CAS made before. */
	private void xmi(Document document, Schema schema) throws Exception {
		SchemaTypes types = SchemaTypes.of(schema);
		CAS cas = CasCreationUtils.createCas(types.description(), null, null);
		new DocumentCasWriter(types).write(document, cas);
		Path ours = Files.createDirectories(folder.resolve("xmi-ours"));
		Path theirs = Files.createDirectories(folder.resolve("xmi-uimaj")).resolve(NAME + ".xmi");
		List<LossReport> reports = new ArrayList<>();
		Runs runs = alternate(() -> reports.add(export(new XmiExporter(), document, schema, ours)), () -> {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(theirs))) {
				XmiCasSerializer.serialize(cas, null, out, true, null);
			}
		}, theirs);

		// The same serializer's events, written by another XML writer (other escapes of the same characters, so not the
		// same bytes): uimaj reads both files back in strict mode, to equal CASes holding the text and every annotation.
		// (Not compared with the CAS written: reading gives role arrays the type their feature declares, FSArray before.)
		assertTrue(Files.size(ours.resolve(XmiExporter.TYPE_SYSTEM_FILE)) > 0, "TypeSystem.xml written");
		assertEquals(List.of(), reports.get(0).of(NAME), "losses of the document in XMI");
		CAS read = readBack(types, ours.resolve(NAME + ".xmi"));
		CAS readTheirs = readBack(types, theirs);
		int written = read.getAnnotationIndex(read.getTypeSystem().getType(GlossatorTypes.SCHEMA_ANNOTATION)).size();
		assertEquals(ANNOTATIONS, written, "annotations in the XMI file");
		assertEquals(document.getText(), read.getDocumentText(), "text in the XMI file");
		List<String> theirAnnotations = annotations(readTheirs);
		assertEquals(ANNOTATIONS, theirAnnotations.size(), "annotations in uimaj's file");
		assertSameLines(theirAnnotations, annotations(read), "annotations of our XMI file and of uimaj's, read back");
		// The comparison sees a single feature changed: it is not an empty check.
		AnnotationFS last = read.<AnnotationFS>getAnnotationIndex(read.getTypeSystem().getType(GlossatorTypes.SCHEMA_ANNOTATION)).select().backwards().get();
		Feature id = last.getType().getFeatureByBaseName(GlossatorTypes.ANNOTATION_ID);
		last.setStringValue(id, last.getStringValue(id) + "x");
		assertFalse(theirAnnotations.equals(annotations(read)), "a changed annotation id is seen");

		report.append(String.format(Locale.ROOT, "%n## UIMA XMI: %,d annotations, %.1f MB file%n%n", written,
				Files.size(theirs) / 1e6));
		table(runs, "Ours: `XmiExporter` (schema types, new CAS, `DocumentCasWriter`, loss report, XMI written atomically, "
				+ "TypeSystem.xml)", "uimaj `XmiCasSerializer` alone, the bridge's CAS made before", written, written);
		report.append(String.format(Locale.ROOT, "%nOurs / uimaj: **%.2fx** (target: at most 1.3x)%n", runs.ratio()));
		xmiSplits(document, schema, ours);
	}

	/** A CAS read from an XMI file by uimaj in strict mode (a type or feature the type system lacks is an error). */
	private static CAS readBack(SchemaTypes types, Path xmi) throws Exception {
		CAS read = CasCreationUtils.createCas(types.description(), null, null);
		try (InputStream in = Files.newInputStream(xmi)) {
			XmiCasDeserializer.deserialize(in, read, false);
		}
		return read;
	}

	/**
	 * Each annotation of a CAS in index order, as one line: type, offsets and every feature, a referenced annotation by
	 * its type, offsets and id, an array by its elements. (uimaj's CasCompare takes minutes on 200,000 annotations.)
	 */
	private static List<String> annotations(CAS cas) {
		List<String> lines = new ArrayList<>();
		for (AnnotationFS annotation : cas.<AnnotationFS>getAnnotationIndex(cas.getTypeSystem().getType(GlossatorTypes.SCHEMA_ANNOTATION))) {
			StringBuilder line = new StringBuilder(annotation.getType().getName());
			for (Feature feature : annotation.getType().getFeatures()) {
				line.append(' ').append(feature.getShortName()).append('=');
				if (feature.getRange().isPrimitive()) {
					line.append(annotation.getFeatureValueAsString(feature));
				} else if (annotation.getFeatureValue(feature) instanceof ArrayFS<?> array) {
					line.append('[');
					for (int i = 0; i < array.size(); i++) {
						line.append(reference(array.get(i))).append(i + 1 < array.size() ? "," : "");
					}
					line.append(']');
				} else {
					line.append(reference(annotation.getFeatureValue(feature)));
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private static String reference(FeatureStructure fs) {
		if (!(fs instanceof AnnotationFS annotation)) {
			return fs == null ? "null" : fs.getType().getName();
		}
		Feature id = annotation.getType().getFeatureByBaseName(GlossatorTypes.ANNOTATION_ID);
		return annotation.getType().getShortName() + "@" + annotation.getBegin() + "-" + annotation.getEnd()
				+ (id == null ? "" : "#" + annotation.getStringValue(id));
	}

	/** Like assertEquals on the lists, but names the first line that differs instead of printing 200,000. */
	private static void assertSameLines(List<String> expected, List<String> actual, String what) {
		for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
			assertEquals(expected.get(i), actual.get(i), what + ", line " + i);
		}
		assertEquals(expected.size(), actual.size(), what + ": lines");
	}

	/** Where our XMI export's time goes: its steps one by one, as XmiExporter runs them. */
	private void xmiSplits(Document document, Schema schema, Path out) throws Exception {
		List<double[]> newCas = new ArrayList<>();
		List<double[]> write = new ArrayList<>();
		List<double[]> serialize = new ArrayList<>();
		for (int round = 0; round < ITERATIONS; round++) {
			SchemaTypes[] types = new SchemaTypes[1];
			CAS[] cas = new CAS[1];
			newCas.add(time(() -> {
				types[0] = SchemaTypes.of(schema);
				cas[0] = CasCreationUtils.createCas(types[0].description(), null, null);
			}));
			write.add(time(() -> new DocumentCasWriter(types[0]).write(document, cas[0])));
			serialize.add(time(() -> AtomicFiles.replace(out.resolve("steps.xmi"), stream -> {
				try {
					new XmiCasSerializer(null).serialize(cas[0], new XmiStreamHandler(stream));
				} catch (SAXException | XMLStreamException e) {
					throw new IOException(e);
				}
			})));
		}
		report.append(String.format(Locale.ROOT, "%nOur export's steps one by one (median of %d, wall / CPU of the thread):%n%n", ITERATIONS));
		report.append("| Step | Wall | CPU |\n| --- | --- | --- |\n");
		step("Schema types and a new CAS (`SchemaTypes.of`, `CasCreationUtils.createCas`)", newCas);
		step("Model to CAS (`DocumentCasWriter.write`)", write);
		step("`XmiCasSerializer` through `XmiStreamHandler` (Woodstox) into `AtomicFiles.replace` (temporary file, forced to disk, renamed)", serialize);
	}

	private void step(String name, List<double[]> times) {
		report.append(String.format(Locale.ROOT, "| %s | %.3f s | %.3f s |%n", name, median(times, 0), median(times, 1)));
	}

	/** Ours from the model; DKPro's writer on a CAS built before from the same tokens and the entities ours writes. */
	private void conll(Document document, Schema schema) throws Exception {
		Path ours = Files.createDirectories(folder.resolve("conll-ours"));
		Path theirs = Files.createDirectories(folder.resolve("conll-dkpro"));
		List<EntityMention> kept = writtenMentions(document, export(new Conll2002Exporter(), document, schema, ours));
		JCas jcas = dkproCas(document, kept);
		AnalysisEngine writer = createEngine(Conll2002Writer.class, JCasFileWriter_ImplBase.PARAM_TARGET_LOCATION, theirs.toString(),
				JCasFileWriter_ImplBase.PARAM_USE_DOCUMENT_ID, true, JCasFileWriter_ImplBase.PARAM_OVERWRITE, true,
				Conll2002Writer.PARAM_FILENAME_EXTENSION, ".conll");
		Runs runs = alternate(() -> export(new Conll2002Exporter(), document, schema, ours), () -> writer.process(jcas),
				theirs.resolve(NAME + ".conll"));
		writer.destroy();

		List<List<String>> ourSentences = sentences(ours.resolve(NAME + ".conll"));
		List<List<String>> theirSentences = sentences(theirs.resolve(NAME + ".conll"));
		assertEquals(theirSentences.size(), ourSentences.size(), "sentences");
		for (int i = 0; i < ourSentences.size(); i++) {
			assertEquals(theirSentences.get(i), ourSentences.get(i), "sentence " + i + ": tokens and tags");
		}
		long tokens = ourSentences.stream().mapToLong(List::size).sum();
		long entities = ourSentences.stream().flatMap(List::stream).filter(line -> tag(line).startsWith("B-")).count();
		assertEquals(kept.size(), entities, "entities written (B- tags)");
		assertTrue(entities > ANNOTATIONS / 2, "most entities are written");

		report.append(String.format(Locale.ROOT, "%n## CoNLL-2002: %,d sentences, %,d tokens, %,d entities written "
				+ "(the same lines in both files)%n%n", ourSentences.size(), tokens, entities));
		table(runs, "Ours: `Conll2002Exporter` (sentences, tokens, choice of mentions, loss report, file written atomically)",
				"DKPro `Conll2002Writer`, its CAS of sentences, tokens and entities built before", entities, entities);
		report.append(String.format(Locale.ROOT, "%nOurs / DKPro: **%.2fx** (target: at most 1.0x)%n", runs.ratio()));
	}

	private static LossReport export(Exporter exporter, Document document, Schema schema, Path out) throws IOException {
		LossReport losses = new LossReport();
		exporter.exportSchema(schema, out, losses);
		exporter.exportDocument(document, schema, out, losses);
		exporter.finish(out, losses);
		return losses;
	}

	/** The entity mentions our export wrote: those not reported as lost (an attribute lost leaves the mention in). */
	private static List<EntityMention> writtenMentions(Document document, LossReport losses) {
		Set<String> lost = losses.of(NAME).stream().filter(loss -> !loss.reason().equals("attributes"))
				.map(LossReport.Loss::subject).collect(Collectors.toSet());
		return document.getAnnotations().stream().filter(EntityMention.class::isInstance).map(EntityMention.class::cast)
				.filter(mention -> !lost.contains(AnnotationValidator.label(mention))).toList();
	}

	/** DKPro's types holding our tokenization of the text (cut at the written mentions, as our exporter cuts it). */
	private static JCas dkproCas(Document document, List<EntityMention> mentions) throws Exception {
		String text = document.getText();
		List<Integer> sentenceEnds = BreakIteratorTokenizer.sentenceEnds(text);
		NavigableSet<Integer> cuts = new TreeSet<>();
		for (EntityMention mention : mentions) {
			cuts.add(mention.getSpans().get(0).getBegin());
			cuts.add(mention.getSpans().get(0).getEnd());
		}
		List<Token> tokens = BreakIteratorTokenizer.tokens(text, sentenceEnds, cuts);
		JCas jcas = JCasFactory.createJCas();
		jcas.setDocumentText(text);
		jcas.setDocumentLanguage("en");
		DocumentMetaData.create(jcas).setDocumentId(NAME);
		int first = 0;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			new de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token(jcas, token.begin(), token.end()).addToIndexes();
			if (i + 1 == tokens.size() || tokens.get(i + 1).sentence() != token.sentence()) {
				new Sentence(jcas, tokens.get(first).begin(), token.end()).addToIndexes();
				first = i + 1;
			}
		}
		for (EntityMention mention : mentions) {
			Span span = mention.getSpans().get(0);
			NamedEntity entity = new NamedEntity(jcas, span.getBegin(), span.getEnd());
			entity.setValue(mention.getType().getName());
			entity.addToIndexes();
		}
		return jcas;
	}

	/** The lines of a CoNLL file, grouped by the blank lines between sentences. */
	private static List<List<String>> sentences(Path file) throws IOException {
		List<List<String>> sentences = new ArrayList<>();
		List<String> sentence = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (!line.isEmpty()) {
				sentence.add(line);
			} else if (!sentence.isEmpty()) {
				sentences.add(sentence);
				sentence = new ArrayList<>();
			}
		}
		if (!sentence.isEmpty()) {
			sentences.add(sentence);
		}
		return sentences;
	}

	private static String tag(String line) {
		return line.substring(line.lastIndexOf(' ') + 1);
	}

	@FunctionalInterface
	private interface Work {
		void run() throws Exception;
	}

	/** Wall and CPU seconds of each measured run, ours and theirs. */
	private record Runs(List<double[]> ours, List<double[]> theirs) {
		double ratio() {
			return median(ours, 0) / median(theirs, 0);
		}
	}

	/**
	 * Ours and theirs alternate within each round, each going first every other round, so that noise hits both.
	 *
	 * @param theirFile forced to disk after their run, outside the clock: ours forces its file (the journal of the file
	 *            system may then write every dirty page), and must not pay for theirs
	 */
	private Runs alternate(Work ours, Work theirs, Path theirFile) throws Exception {
		Runs runs = new Runs(new ArrayList<>(), new ArrayList<>());
		for (int round = 0; round < WARMUPS + ITERATIONS; round++) {
			for (int turn = 0; turn < 2; turn++) {
				boolean oursTurn = (turn == 0) == (round % 2 == 0);
				double[] time = time(oursTurn ? ours : theirs);
				if (!oursTurn) {
					try (FileChannel written = FileChannel.open(theirFile, StandardOpenOption.WRITE)) {
						written.force(true);
					}
				}
				if (round >= WARMUPS) {
					(oursTurn ? runs.ours() : runs.theirs()).add(time);
				}
				System.out.printf(Locale.ROOT, "round %d %s: %.3f s%n", round, oursTurn ? "ours" : "theirs", time[0]);
			}
		}
		return runs;
	}

	/** Wall and CPU seconds of the current thread. */
	private double[] time(Work work) throws Exception {
		System.gc(); // garbage of the previous run is not charged to this one
		long cpu = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		work.run();
		return new double[] { (System.nanoTime() - start) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9 };
	}

	private void table(Runs runs, String ours, String theirs, long ourCount, long theirCount) {
		report.append(String.format(Locale.ROOT, "Median of %d after %d warm-up rounds; ours and theirs alternate.%n%n", ITERATIONS, WARMUPS));
		report.append("| Path | Median (range) | CPU median | Runs (s) | Written |\n");
		report.append("| --- | --- | --- | --- | --- |\n");
		row(ours, runs.ours(), ourCount);
		row(theirs, runs.theirs(), theirCount);
	}

	private void row(String path, List<double[]> times, long count) {
		String all = times.stream().map(time -> String.format(Locale.ROOT, "%.3f", time[0])).collect(Collectors.joining(", "));
		double[] wall = times.stream().mapToDouble(time -> time[0]).sorted().toArray();
		report.append(String.format(Locale.ROOT, "| %s | %.3f s (%.3f-%.3f) | %.3f s | %s | %,d |%n", path, median(times, 0), wall[0],
				wall[wall.length - 1], median(times, 1), all, count));
	}

	private void machineFacts(Document document, GeneratedAnnotations generated) {
		Runtime runtime = Runtime.getRuntime();
		report.append("# Export benchmark\n\n");
		report.append(String.format(Locale.ROOT, "%s; %d cores; %s %s; Java %s (%s); max heap %d MB; load average %.2f at start%n%n",
				LocalDate.now(), runtime.availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
				System.getProperty("java.version"), System.getProperty("java.vm.name"), runtime.maxMemory() >> 20,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		String text = document.getText();
		report.append(String.format(Locale.ROOT, "Document: %,d characters (%,d code points, %.1f MB of UTF-8), the sample text "
				+ "repeated with a paragraph holding characters above U+FFFF, Arabic and a combining mark after each copy. "
				+ "%,d accepted annotations: %,d entity mentions (%,d discontinuous, %,d nested in another), %,d events "
				+ "(%,d arguments, %,d Modality attributes), %,d relations.%n", text.length(), text.codePointCount(0, text.length()),
				text.getBytes(StandardCharsets.UTF_8).length / 1e6, generated.total(), generated.entities, generated.discontinuous,
				generated.nested, generated.events, generated.arguments, generated.attributes, generated.relations));
	}

	/** Whole copies of the sample, each followed by the hard paragraph, until at least {@code characters}. */
	private static String text(String sample, int characters) {
		StringBuilder text = new StringBuilder(characters + sample.length());
		while (text.length() < characters) {
			text.append(sample).append("\n\n").append(HARD_PARAGRAPH).append("\n\n");
		}
		return text.toString();
	}

	private static double median(List<double[]> times, int column) {
		double[] values = times.stream().mapToDouble(time -> time[column]).sorted().toArray();
		int middle = values.length / 2;
		return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}
}
