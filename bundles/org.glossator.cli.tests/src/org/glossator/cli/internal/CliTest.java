package org.glossator.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The commands run in OSGi on the sample corpus, with their output, progress and exit codes. */
class CliTest {

	private static final String DOCUMENT = "000_99a4f567e82471d6";

	@TempDir
	Path corpus;
	@TempDir
	Path work;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void copySampleCorpus() throws IOException {
		Bundle sample = Arrays.stream(FrameworkUtil.getBundle(CliTest.class).getBundleContext().getBundles())
				.filter(bundle -> bundle.getSymbolicName().equals("org.glossator.sample")).findFirst().orElseThrow();
		for (URL entry : Collections.list(sample.findEntries("corpus", "*", false))) {
			try (InputStream in = entry.openStream()) {
				Files.copy(in, corpus.resolve(entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1)));
			}
		}
	}

	@Test
	void helpListsTheCommandsAndEachCommandHasItsOwn() {
		assertEquals(Cli.OK, run("--help"));
		for (String command : new String[] { "import", "export", "annotate", "validate", "stats" }) {
			assertTrue(out().contains("  " + command + " "), out());
		}
		out.reset();
		assertEquals(Cli.OK, run("export", "--help"));
		assertTrue(out().startsWith("Usage: glossator export --corpus <folder> --format <format id> --out <folder>"), out());
		assertTrue(out().contains("org.glossator.io.tsv"), out());
	}

	@Test
	void wrongCommandLinesExitWithTwo() {
		assertEquals(Cli.USAGE, run("frobnicate"));
		assertTrue(err().startsWith("glossator: unknown command 'frobnicate'"), err());
		err.reset();
		assertEquals(Cli.USAGE, run("stats"));
		assertTrue(err().startsWith("glossator stats: --corpus is required\nUsage: glossator stats"), err());
		err.reset();
		assertEquals(Cli.USAGE, run("stats", "--corpus", corpus.toString(), "--verbose"));
		assertTrue(err().startsWith("glossator stats: unknown option --verbose"), err());
	}

	@Test
	void statsCountsPerStatusAndType() {
		assertEquals(Cli.OK, run("stats", "--corpus", corpus.toString()));
		assertTrue(out().startsWith("documents: 1 (new 0, in-progress 1, done 0)\n"), out());
		assertTrue(out().lines().anyMatch(line -> line.matches("DATE +\\d+ +3 +0")), out());
		assertTrue(err().contains("reading " + DOCUMENT + ".txt"), err());
	}

	@Test
	void validateFindsAChangedText() throws IOException {
		assertEquals(Cli.OK, run("validate", "--corpus", corpus.toString()), out());
		assertTrue(out().endsWith("1 documents, 0 errors, 0 warnings\n"), out());
		assertTrue(err().contains("[1/1] " + DOCUMENT + ".txt"), err());
		out.reset();
		Files.writeString(corpus.resolve(DOCUMENT + ".txt"), "Another text.");
		assertEquals(Cli.FAILED, run("validate", "--corpus", corpus.toString()));
		assertTrue(out().startsWith(DOCUMENT + ".txt: error: "), out());
		assertTrue(out().endsWith("1 documents, 1 errors, 0 warnings\n"), out());
	}

	@Test
	void exportThenImportIntoAnotherCorpus() throws IOException {
		assertEquals(Cli.OK, run("export", "--corpus", corpus.toString(), "--format", "org.glossator.io.jsonl", "--out", work.resolve("jsonl").toString()));
		assertTrue(out().startsWith("Not carried:\n  5 x not accepted"), out());
		Path other = Files.createDirectories(work.resolve("other"));
		Files.copy(corpus.resolve("schema.xmi"), other.resolve("schema.xmi"));
		out.reset();
		String[] importCommand = { "import", "--corpus", other.toString(), "--format", "org.glossator.io.jsonl",
				work.resolve("jsonl/documents.jsonl").toString() };
		assertEquals(Cli.OK, run(importCommand), err());
		assertEquals("imported 1 documents\n", out());
		assertEquals(Files.readString(corpus.resolve(DOCUMENT + ".txt")), Files.readString(other.resolve(DOCUMENT + ".txt")));
		out.reset();
		assertEquals(Cli.OK, run("stats", "--corpus", other.toString()));
		assertTrue(out().lines().anyMatch(line -> line.matches("DATE +\\d+ +0 +0")), out());

		err.reset();
		assertEquals(Cli.FAILED, run(importCommand), "the document is there already");
		assertTrue(err().contains("The corpus has a file " + DOCUMENT + ".txt already"), err());
	}

	@Test
	void brokenImportWritesNothing() throws IOException {
		Path other = Files.createDirectories(work.resolve("other"));
		Files.copy(corpus.resolve("schema.xmi"), other.resolve("schema.xmi"));
		Files.writeString(work.resolve("in.jsonl"), "{\"name\":\"a\",\"text\":\"Assad\"}\n{\"name\":\"b\",\"text\":\"x\",\"spans\":[{\"id\":\"T1\",\"label\":\"NOPE\",\"start\":0,\"end\":1}]}\n");
		assertEquals(Cli.FAILED, run("import", "--corpus", other.toString(), "--format", "org.glossator.io.jsonl", work.resolve("in.jsonl").toString()));
		assertTrue(err().contains("in.jsonl, line 2: the annotation T1 has the label NOPE, which the schema does not define"), err());
		assertFalse(Files.exists(other.resolve("a.txt")));
	}

	@Test
	void unknownTypesAreNamedWithTheOptionsThatImportThem() throws IOException {
		Path brat = Files.createDirectories(work.resolve("brat"));
		Files.writeString(brat.resolve("x.txt"), "Assad in Damascus");
		Files.writeString(brat.resolve("x.ann"), "T1\tPERSON 0 5\tAssad\nT2\tCITY 9 17\tDamascus\nT3\tGPE 9 17\tDamascus\n");
		Path mapping = Files.writeString(work.resolve("brat.map"), "# our brat labels\nPERSON -> PER\nCITY -> -\n");
		String x = brat.resolve("x.ann").toString();

		Path strict = corpusWithSchema("strict");
		assertEquals(Cli.FAILED, run("import", "--corpus", strict.toString(), "--format", "org.glossator.io.brat", x));
		assertTrue(err().contains("x.ann, line 1: T1 has the type PERSON, which the schema does not define (types not in the schema: PERSON, CITY)"), err());
		assertTrue(err().contains("with --mapping <file>, add them to the schema with --add-types, or drop their annotations with --lenient"), err());
		assertFalse(Files.exists(strict.resolve("x.txt")));

		out.reset();
		Path mapped = corpusWithSchema("mapped");
		assertEquals(Cli.OK, run("import", "--corpus", mapped.toString(), "--format", "org.glossator.io.brat", "--mapping", mapping.toString(), x), err());
		assertEquals("x.txt: not carried: Annotation T2 (CITY) 9-17: type dropped by the mapping\nimported 1 documents\n", out());

		out.reset();
		Path grown = corpusWithSchema("grown");
		assertEquals(Cli.OK, run("import", "--corpus", grown.toString(), "--format", "org.glossator.io.brat", "--add-types", x), err());
		assertEquals("new type: PERSON (entity)\nnew type: CITY (entity)\nimported 1 documents\n", out());
		assertTrue(Files.readString(grown.resolve("schema.xmi")).contains("name=\"CITY\""));
		out.reset();
		assertEquals(Cli.OK, run("validate", "--corpus", grown.toString()), out());

		out.reset();
		Path lenient = corpusWithSchema("lenient");
		assertEquals(Cli.OK, run("import", "--corpus", lenient.toString(), "--format", "org.glossator.io.brat", "--lenient", x), err());
		assertTrue(out().contains("x.txt: not carried: Annotation T1 (PERSON) 0-5: type not in the schema\n"), out());

		err.reset();
		assertEquals(Cli.FAILED, run("import", "--corpus", lenient.toString(), "--format", "org.glossator.io.brat", "--mapping",
				brat.resolve("x.txt").toString(), x));
		assertTrue(err().contains("x.txt, line 1: 'Assad in Damascus' is no mapping rule"), err());
		err.reset();
		assertEquals(Cli.USAGE, run("import", "--corpus", lenient.toString(), "--format", "org.glossator.io.brat", "--lenient", "--add-types", x));
	}

	private Path corpusWithSchema(String name) throws IOException {
		Path folder = Files.createDirectories(work.resolve(name));
		Files.copy(corpus.resolve("schema.xmi"), folder.resolve("schema.xmi"));
		return folder;
	}

	@Test
	void conllSegmentationIsChosenAndTold() throws IOException {
		assertEquals(Cli.OK, run("export", "--corpus", corpus.toString(), "--format", "org.glossator.io.conll2002", "--out",
				work.resolve("builtin").toString()), err());
		assertTrue(err().contains("CoNLL sentences and tokens from the built-in BreakIterator rules"), err());
		err.reset();
		assertEquals(Cli.OK, run("export", "--corpus", corpus.toString(), "--format", "org.glossator.io.conll2002", "--out",
				work.resolve("engine").toString(), "--segmentation", "engine"), err());
		assertTrue(err().contains("CoNLL sentences and tokens from the segmentation engine"), err());
		assertFalse(Files.readString(work.resolve("builtin").resolve(DOCUMENT + ".conll"))
				.equals(Files.readString(work.resolve("engine").resolve(DOCUMENT + ".conll"))));
		assertEquals(Cli.USAGE, run("export", "--corpus", corpus.toString(), "--format", "org.glossator.io.conll2002", "--out",
				work.resolve("x").toString(), "--segmentation", "spacy"));
	}

	@Test
	void annotateRunsThePipelineOnceAndARerunAddsNothing() throws IOException {
		Files.createDirectories(corpus.resolve("lists"));
		Files.writeString(corpus.resolve("lists/ORG.txt"), "rebel forces\n");
		Files.writeString(corpus.resolve("pipeline.xml"), """
				<pipeline>
				  <step engine="org.glossator.uima.segmentation"/>
				  <step engine="org.glossator.uima.gazetteer">
				    <parameter name="termLists" value="lists/ORG.txt"/>
				  </step>
				</pipeline>
				""");
		assertEquals(Cli.OK, run("annotate", "--corpus", corpus.toString()), err());
		// every "rebel forces" of the text, as ORG proposals
		int occurrences = Files.readString(corpus.resolve(DOCUMENT + ".txt")).split("rebel forces", -1).length - 1;
		assertTrue(occurrences > 0);
		assertTrue(out().startsWith(DOCUMENT + ".txt: " + occurrences + " new proposals\n"), out());
		assertTrue(err().startsWith("Pre-annotating 1 document\n[  0%] " + DOCUMENT + ".txt\n"), err());
		out.reset();
		assertEquals(Cli.OK, run("stats", "--corpus", corpus.toString()));
		assertTrue(out().lines().anyMatch(line -> line.matches("ORG +\\d+ +" + occurrences + " +0")), out());

		out.reset();
		assertEquals(Cli.OK, run("annotate", "--corpus", corpus.toString(), DOCUMENT + ".txt"), err());
		assertTrue(out().startsWith(DOCUMENT + ".txt: 0 new proposals\n"), out());
	}

	@Test
	void annotateWithABrokenPipelineNamesFileAndLine() throws IOException {
		Path pipeline = Files.writeString(work.resolve("broken.xml"), "<pipeline>\n  <step engine=\"org.glossator.uima.patterns\">\n</pipeline>\n");
		assertEquals(Cli.FAILED, run("annotate", "--corpus", corpus.toString(), "--pipeline", pipeline.toString()));
		assertTrue(err().startsWith("glossator annotate: " + pipeline + ", line 3: "), err());
		err.reset();
		Files.writeString(pipeline, "<pipeline><step engine=\"org.example.nothing\"/></pipeline>");
		assertEquals(Cli.FAILED, run("annotate", "--corpus", corpus.toString(), "--pipeline", pipeline.toString()));
		assertTrue(err().contains("org.example.nothing"), err());
		err.reset();
		assertEquals(Cli.FAILED, run("annotate", "--corpus", corpus.toString()), "the sample has no pipeline.xml");
		assertTrue(err().contains("No pipeline " + corpus.resolve("pipeline.xml")), err());
		assertEquals(Cli.USAGE, run("annotate", "--corpus", corpus.toString(), "--engines", "x"));
	}

	@Test
	void datasetExportToZip() {
		assertEquals(Cli.OK, run("export", "--corpus", corpus.toString(), "--format", "org.glossator.io.conll2003,org.glossator.io.tsv", "--out",
				work.resolve("ds.zip").toString(), "--split", "1,0,0", "--seed", "3", "--zip"), err());
		assertTrue(out().startsWith("train: 1 documents {"), out());
		assertTrue(Files.isRegularFile(work.resolve("ds.zip")));
	}

	/** The application's entry point, as Equinox calls it, with the arguments after the command line's options. */
	@Test
	void applicationReturnsTheExitCode() throws Exception {
		IApplicationContext context = new IApplicationContext() {
			@Override
			public Map<String, Object> getArguments() {
				return Map.of(IApplicationContext.APPLICATION_ARGS, new String[] { "stats", "--corpus", corpus.toString() });
			}

			@Override
			public void applicationRunning() {
				// no splash screen to take down
			}

			@Override
			public String getBrandingApplication() {
				return null;
			}

			@Override
			public String getBrandingName() {
				return null;
			}

			@Override
			public String getBrandingDescription() {
				return null;
			}

			@Override
			public String getBrandingId() {
				return null;
			}

			@Override
			public String getBrandingProperty(String key) {
				return null;
			}

			@Override
			public Bundle getBrandingBundle() {
				return null;
			}

			@Override
			public void setResult(Object result, IApplication application) {
				// only for asynchronous results
			}
		};
		assertEquals(Cli.OK, new CliApplication().start(context));
	}

	private int run(String... arguments) {
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(arguments);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
