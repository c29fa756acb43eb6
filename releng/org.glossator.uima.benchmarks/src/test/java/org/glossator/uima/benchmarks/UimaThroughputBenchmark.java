package org.glossator.uima.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.glossator.core.edit.AnnotationEditingDomainFactory;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.Document;
import org.glossator.model.GlossatorPackage;
import org.glossator.uima.GlossatorTypes;
import org.glossator.uima.ProposalMerge;
import org.glossator.uima.SchemaTypes;
import org.glossator.uima.engine.EngineDescriptor;
import org.glossator.uima.engine.Pipeline;
import org.glossator.uima.engines.GazetteerAnnotator;
import org.glossator.uima.engines.PatternAnnotator;
import org.glossator.uima.engines.SegmentationAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throughput of segmentation + gazetteer + patterns through our bridge (document -> CAS by DocumentCasWriter ->
 * engines -> ProposalReader -> ProposalMerge, i.e. {@link Pipeline} and the merge as a corpus run does them)
 * beside the same engines as a bare uimaFIT aggregate on a JCas holding the same text, in the same JVM.
 * Runs only with {@code -Pbenchmark}: the class name keeps it out of Surefire's default includes.
 */
class UimaThroughputBenchmark {

	/** 1 MB = 10^6 bytes of UTF-8 text. */
	private static final double MB = 1_000_000.0;
	private static final int BIG_BYTES = Integer.getInteger("glossator.benchmark.bigBytes", 10_000_000);
	private static final int DOCUMENTS = Integer.getInteger("glossator.benchmark.documents", 200);
	private static final int DOCUMENT_BYTES = Integer.getInteger("glossator.benchmark.documentBytes", 50_000);
	private static final int WARMUPS = Integer.getInteger("glossator.benchmark.warmups", 2);
	private static final int ITERATIONS = Integer.getInteger("glossator.benchmark.iterations", 5);
	/** Document sizes for the whole bridge with its merge (engines are warm by then from the big document's rounds). */
	private static final int[] MERGE_BYTES = Arrays.stream(System.getProperty("glossator.benchmark.mergeBytes",
			"250000,500000,1000000,2000000").split(",")).mapToInt(Integer::parseInt).toArray();
	private static final int CORPUS_ITERATIONS = Integer.getInteger("glossator.benchmark.corpusIterations", 3);
	/** CPU time of the threads that do the work: the machine is shared, so wall time alone says little. */
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@TempDir
	Path folder;

	private final StringBuilder report = new StringBuilder();

	@Test
	void throughput() throws Exception {
		GlossatorPackage.eINSTANCE.getName(); // registers the model package, as plugin.xml does in Eclipse
		Path sample = Path.of(System.getProperty("glossator.sample", "../../bundles/org.glossator.sample/corpus"));
		Path gazetteer = Path.of(System.getProperty("glossator.gazetteer", "../../bundles/org.glossator.uima.tests/gazetteer"));
		String sampleText = Files.readString(onlyText(sample));
		Files.copy(sample.resolve("schema.xmi"), folder.resolve("schema.xmi"));
		Files.writeString(folder.resolve("big.txt"), repeat(sampleText, BIG_BYTES));
		for (int i = 0; i < DOCUMENTS; i++) {
			// Each document starts at another sentence-ish point of the sample, so they are not all the same text.
			String rotated = sampleText.substring((i * 997) % sampleText.length()) + "\n\n" + sampleText;
			Files.writeString(folder.resolve(String.format("doc%03d.txt", i)), repeat(rotated, DOCUMENT_BYTES));
		}
		for (int bytes : MERGE_BYTES) {
			Files.writeString(folder.resolve("merge-" + bytes + ".txt"), repeat(sampleText, bytes));
		}
		CorpusStore store = CorpusStore.open(folder);
		EditingDomain domain = AnnotationEditingDomainFactory.create(store.resourceSet());
		SchemaTypes types = SchemaTypes.of(store.corpus().getSchema());
		String lists = Stream.of("PER", "ORG", "GPE", "LOC").map(type -> gazetteer.resolve(type + ".txt").toAbsolutePath().toString())
				.collect(Collectors.joining(","));
		List<EngineDescriptor> engines = List.of(
				EngineDescriptor.ofClass("segmentation", SegmentationAnnotator.class, Map.of()),
				EngineDescriptor.ofClass("gazetteer", GazetteerAnnotator.class,
						Map.of(GazetteerAnnotator.PARAM_TERM_LISTS, lists, GazetteerAnnotator.PARAM_IGNORE_DIACRITICS, "true")),
				EngineDescriptor.ofClass("patterns", PatternAnnotator.class, Map.of()));
		// Loading is I/O and EMF parsing, not the engines: done before any clock starts.
		Document big = store.load(Path.of("big.txt"));
		List<Document> corpus = new ArrayList<>();
		for (int i = 0; i < DOCUMENTS; i++) {
			corpus.add(store.load(Path.of(String.format("doc%03d.txt", i))));
		}

		machineFacts();
		oneBigDocument(types, engines, big);
		mergeBySize(types, engines, domain, store, sampleText);
		manyDocuments(types, engines, domain, store, corpus);

		Path results = Path.of(System.getProperty("glossator.benchmark.results", "target/uima-benchmark.md"));
		Files.createDirectories(results.toAbsolutePath().getParent());
		Files.writeString(results, report);
		System.out.println(report);
	}

	/** Single thread, so MB/s is MB/s per core; bare and bridge alternate within each round so noise hits both. */
	private void oneBigDocument(SchemaTypes types, List<EngineDescriptor> engines, Document big) throws Exception {
		double megabytes = big.getText().getBytes(StandardCharsets.UTF_8).length / MB;
		Bare bare = new Bare(types.description(), lists(engines));
		List<double[]> bareTimes = new ArrayList<>();
		List<double[]> bridgeTimes = new ArrayList<>();
		int bareCount = 0;
		int bridgeCount = 0;
		try (Pipeline pipeline = new Pipeline(types, engines)) {
			for (int round = 0; round < WARMUPS + ITERATIONS; round++) {
				boolean bareFirst = round % 2 == 0;
				for (int turn = 0; turn < 2; turn++) {
					boolean bareTurn = (turn == 0) == bareFirst;
					long cpu = THREADS.getCurrentThreadCpuTime();
					long start = System.nanoTime();
					int count = bareTurn ? bare.run(big.getText()) : pipeline.propose(big).size();
					double[] time = { (System.nanoTime() - start) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9 };
					if (bareTurn) {
						bareCount = count;
					} else {
						bridgeCount = count;
					}
					if (round >= WARMUPS) {
						(bareTurn ? bareTimes : bridgeTimes).add(time);
					}
				}
				System.out.printf(Locale.ROOT, "big document round %d done%n", round);
			}
		} finally {
			bare.engine.destroy();
		}
		// Same engines, same text: the bridge must propose what the bare pipeline annotated, or we compare different work.
		assertEquals(bareCount, bridgeCount, "schema annotations of the bare pipeline vs proposals of the bridge");
		assertTrue(bridgeCount > 0, "the engines found something");

		double bareWall = median(bareTimes, 0);
		double bridgeWall = median(bridgeTimes, 0);
		report.append(String.format(Locale.ROOT,
				"%n## One document of %.1f MB (sample text repeated), 1 thread, median of %d after %d warm-up rounds%n%n"
						+ "Load average at the end of these rounds: %.2f.%n%n",
				megabytes, ITERATIONS, WARMUPS, load()));
		report.append("| Path | Median time | MB/s per core (wall) | MB/s per CPU second | Runs (s) | Annotations |\n");
		report.append("| --- | --- | --- | --- | --- | --- |\n");
		row("Bare uimaFIT aggregate", bareTimes, megabytes, bareCount);
		row("Bridge: Pipeline.propose (document to CAS, engines, proposals)", bridgeTimes, megabytes, bridgeCount);
		report.append(String.format(Locale.ROOT, "%nBridge overhead without the merge: %+.1f%% of the bare time (target: at most 20%%); "
				+ "target throughput: at least 1 MB/s per core. The merge follows below.%n", 100 * (bridgeWall - bareWall) / bareWall));
	}

	/**
	 * The whole bridge (propose and merge) once per document size: a few sizes show how the merge's time grows with
	 * the number of proposals (it grew with their square until new ids came from HighestIds).
	 */
	private void mergeBySize(SchemaTypes types, List<EngineDescriptor> engines, EditingDomain domain, CorpusStore store,
			String sampleText) throws Exception {
		report.append(String.format(Locale.ROOT, "%n## Whole bridge (propose + ProposalMerge) by document size, 1 thread, one run each%n%n"));
		report.append("| Document | Proposals merged | Pipeline.propose | ProposalMerge | Whole bridge MB/s per core |\n");
		report.append("| --- | --- | --- | --- | --- |\n");
		try (Pipeline pipeline = new Pipeline(types, engines)) {
			for (int bytes : MERGE_BYTES) {
				Document document = store.load(Path.of("merge-" + bytes + ".txt"));
				double megabytes = document.getText().getBytes(StandardCharsets.UTF_8).length / MB;
				long[] proposeNanos = { 0 };
				long start = System.nanoTime();
				ProposalMerge merge = bridge(pipeline, domain, store, document, proposeNanos);
				double seconds = (System.nanoTime() - start) / 1e9;
				merge.undo();
				store.unload(document);
				report.append(String.format(Locale.ROOT, "| %.1f MB | %d | %.2f s | %.2f s | %.2f |%n", megabytes,
						merge.getResult().size(), proposeNanos[0] / 1e9, seconds - proposeNanos[0] / 1e9, megabytes / seconds));
				System.out.printf(Locale.ROOT, "merge %.1f MB: %.2f s%n", megabytes, seconds);
			}
		}
	}

	private void row(String path, List<double[]> times, double megabytes, int count) {
		String runs = times.stream().map(time -> String.format(Locale.ROOT, "%.2f", time[0])).collect(Collectors.joining(", "));
		report.append(String.format(Locale.ROOT, "| %s | %.2f s | %.2f | %.2f | %s | %d |%n", path, median(times, 0),
				megabytes / median(times, 0), megabytes / median(times, 1), runs, count));
	}

	/** The bridge as a corpus run does it: propose on the document's own pipeline, then merge under the store's lock. */
	private static ProposalMerge bridge(Pipeline pipeline, EditingDomain domain, CorpusStore store, Document document) throws Exception {
		return bridge(pipeline, domain, store, document, new long[1]);
	}

	/** @param proposeNanos receives the time of {@link Pipeline#propose} alone, to tell it from the merge's */
	private static ProposalMerge bridge(Pipeline pipeline, EditingDomain domain, CorpusStore store, Document document,
			long[] proposeNanos) throws Exception {
		long start = System.nanoTime();
		List<Annotation> proposals = pipeline.propose(document);
		proposeNanos[0] = System.nanoTime() - start;
		synchronized (store) {
			ProposalMerge merge = new ProposalMerge(domain, document, proposals);
			// As CorpusDocuments does: canExecute prepares the command; every document here has new proposals.
			if (!merge.canExecute()) {
				throw new IllegalStateException("Nothing to merge into " + document.getTextPath());
			}
			merge.execute();
			return merge;
		}
	}

	/**
	 * Many documents on 1 and 2 worker threads: our own executor over one {@link Pipeline} per thread (as PipelineRun
	 * does, without its Eclipse job, loading and saving, which are I/O), and the same with one bare aggregate per thread.
	 */
	private void manyDocuments(SchemaTypes types, List<EngineDescriptor> engines, EditingDomain domain, CorpusStore store,
			List<Document> corpus) throws Exception {
		double megabytes = corpus.stream().mapToLong(document -> document.getText().getBytes(StandardCharsets.UTF_8).length).sum() / MB;
		report.append(String.format(Locale.ROOT,
				"%n## %d documents of %.0f KB on average (%.1f MB), one pipeline per worker thread, median of %d after %d warm-up%n%n"
						+ "Load average at the start of these runs: %.2f. MB/s per CPU second: the text over the CPU time of all "
						+ "worker threads together.%n%n",
				corpus.size(), megabytes * 1000 / corpus.size(), megabytes, CORPUS_ITERATIONS, 1, load()));
		report.append("| Path | Threads | Median time | MB/s | MB/s per thread | MB/s per CPU second | Speed-up over 1 thread | Runs (s) |\n");
		report.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
		for (boolean bridged : new boolean[] { false, true }) {
			double oneThread = 0;
			for (int threads = 1; threads <= 2; threads++) {
				List<double[]> times = new ArrayList<>();
				for (int round = 0; round < 1 + CORPUS_ITERATIONS; round++) {
					double[] time = bridged ? bridgedCorpus(types, engines, domain, store, corpus, threads)
							: bareCorpus(types, engines, corpus, threads);
					if (round >= 1) {
						times.add(time);
					}
					System.out.printf(Locale.ROOT, "corpus %s %d threads round %d: %.2f s, %.2f CPU s%n", bridged ? "bridge" : "bare",
							threads, round, time[0], time[1]);
				}
				double median = median(times, 0);
				if (threads == 1) {
					oneThread = median;
				}
				String runs = times.stream().map(time -> String.format(Locale.ROOT, "%.2f", time[0])).collect(Collectors.joining(", "));
				report.append(String.format(Locale.ROOT, "| %s | %d | %.2f s | %.2f | %.2f | %.2f | %.2fx | %s |%n",
						bridged ? "Bridge" : "Bare uimaFIT", threads, median, megabytes / median, megabytes / median / threads,
						megabytes / median(times, 1), oneThread / median, runs));
			}
		}
	}

	/** @return wall time and the CPU time of all worker threads, in seconds */
	private static double[] bridgedCorpus(SchemaTypes types, List<EngineDescriptor> engines, EditingDomain domain, CorpusStore store,
			List<Document> corpus, int threads) throws Exception {
		BlockingQueue<Pipeline> pipelines = new ArrayBlockingQueue<>(threads);
		for (int i = 0; i < threads; i++) {
			pipelines.add(new Pipeline(types, engines)); // started before the clock, as a run starts them before documents
		}
		List<ProposalMerge> merges = new ArrayList<>();
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		LongAdder cpu = new LongAdder();
		try {
			long start = System.nanoTime();
			List<Future<ProposalMerge>> futures = new ArrayList<>();
			for (Document document : corpus) {
				futures.add(executor.submit(() -> {
					long cpuStart = THREADS.getCurrentThreadCpuTime();
					Pipeline pipeline = pipelines.take(); // a pipeline serves one thread at a time
					try {
						return bridge(pipeline, domain, store, document);
					} finally {
						pipelines.add(pipeline);
						cpu.add(THREADS.getCurrentThreadCpuTime() - cpuStart);
					}
				}));
			}
			for (Future<ProposalMerge> future : futures) {
				merges.add(future.get());
			}
			return new double[] { (System.nanoTime() - start) / 1e9, cpu.sum() / 1e9 };
		} finally {
			executor.shutdown();
			pipelines.forEach(Pipeline::close);
			merges.forEach(ProposalMerge::undo);
		}
	}

	/** @return wall time and the CPU time of all worker threads, in seconds */
	private static double[] bareCorpus(SchemaTypes types, List<EngineDescriptor> engines, List<Document> corpus, int threads)
			throws Exception {
		BlockingQueue<Bare> bares = new ArrayBlockingQueue<>(threads);
		for (int i = 0; i < threads; i++) {
			bares.add(new Bare(types.description(), lists(engines)));
		}
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		LongAdder cpu = new LongAdder();
		try {
			long start = System.nanoTime();
			List<Future<Integer>> futures = new ArrayList<>();
			for (Document document : corpus) {
				futures.add(executor.submit(() -> {
					long cpuStart = THREADS.getCurrentThreadCpuTime();
					Bare bare = bares.take();
					try {
						return bare.run(document.getText());
					} finally {
						bares.add(bare);
						cpu.add(THREADS.getCurrentThreadCpuTime() - cpuStart);
					}
				}));
			}
			for (Future<Integer> future : futures) {
				future.get();
			}
			return new double[] { (System.nanoTime() - start) / 1e9, cpu.sum() / 1e9 };
		} finally {
			executor.shutdown();
			bares.forEach(bare -> bare.engine.destroy());
		}
	}

	/** The same three engines as a plain uimaFIT aggregate and its own JCas: nothing of our bridge runs per document. */
	private static final class Bare {

		final AnalysisEngine engine;
		final JCas jcas;
		final Type schemaAnnotation;

		/**
		 * @param typeSystem the schema's types, the one thing taken from the bridge (once, at start-up): without
		 *            them the gazetteer and the patterns would find no types to annotate and do less work
		 */
		Bare(TypeSystemDescription typeSystem, String[] termLists) throws Exception {
			AggregateBuilder aggregate = new AggregateBuilder();
			aggregate.add(AnalysisEngineFactory.createEngineDescription(SegmentationAnnotator.class, typeSystem));
			aggregate.add(AnalysisEngineFactory.createEngineDescription(GazetteerAnnotator.class, typeSystem,
					GazetteerAnnotator.PARAM_TERM_LISTS, termLists, GazetteerAnnotator.PARAM_IGNORE_DIACRITICS, true));
			aggregate.add(AnalysisEngineFactory.createEngineDescription(PatternAnnotator.class, typeSystem));
			AnalysisEngineDescription description = aggregate.createAggregateDescription();
			engine = AnalysisEngineFactory.createEngine(description);
			jcas = engine.newJCas();
			schemaAnnotation = jcas.getTypeSystem().getType(GlossatorTypes.SCHEMA_ANNOTATION);
		}

		/** @return how many schema annotations (entities, events, relations) the engines made */
		int run(String text) throws Exception {
			jcas.reset();
			jcas.setDocumentText(text);
			engine.process(jcas);
			CAS cas = jcas.getCas();
			return cas.getAnnotationIndex(schemaAnnotation).size();
		}
	}

	private static String[] lists(List<EngineDescriptor> engines) {
		return engines.get(1).parameters().get(GazetteerAnnotator.PARAM_TERM_LISTS).split(",");
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private void machineFacts() {
		Runtime runtime = Runtime.getRuntime();
		report.append("# UIMA throughput benchmark\n\n");
		report.append(String.format(Locale.ROOT, "%s; %d cores; %s %s; Java %s (%s); max heap %d MB; load average %.2f at start%n",
				LocalDate.now(), runtime.availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
				System.getProperty("java.version"), System.getProperty("java.vm.name"), runtime.maxMemory() >> 20,
				load()));
		report.append(String.format(Locale.ROOT, "Engines: segmentation (OpenNLP language detection, English models), "
				+ "gazetteer (test lists, diacritics ignored), patterns (built-in rules). 1 MB = 10^6 bytes of UTF-8 text.%n"));
	}

	private static Path onlyText(Path corpus) throws Exception {
		try (Stream<Path> files = Files.list(corpus)) {
			return files.filter(file -> file.toString().endsWith(".txt")).findFirst().orElseThrow();
		}
	}

	/** Whole copies of the text, one paragraph break apart, until at least the given number of UTF-8 bytes. */
	private static String repeat(String text, int bytes) {
		int copyBytes = text.getBytes(StandardCharsets.UTF_8).length + 2;
		int copies = (bytes + copyBytes - 1) / copyBytes;
		return String.join("\n\n", Collections.nCopies(copies, text));
	}

	private static double median(List<double[]> times, int column) {
		double[] values = times.stream().mapToDouble(time -> time[column]).sorted().toArray();
		int middle = values.length / 2;
		return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}
}
