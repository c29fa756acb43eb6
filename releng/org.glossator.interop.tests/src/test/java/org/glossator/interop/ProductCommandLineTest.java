package org.glossator.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The materialized Linux product's launcher script runs the command line without a display.
 * The root pom lists this module after the product, so a full build has the product here;
 * built on its own, or on another platform, the module skips these tests.
 */
class ProductCommandLineTest {

	private static final Path PRODUCT = Path.of("../org.glossator.product/target/products/org.glossator.app.product/linux/gtk/x86_64/glossator");
	private static final Path SAMPLE = Path.of("../../bundles/org.glossator.sample/corpus");

	@TempDir
	static Path corpus;
	@TempDir
	static Path output;

	private record Run(int exitCode, String out, String err) {
	}

	@BeforeAll
	static void copySample() throws IOException {
		try (Stream<Path> files = Files.list(SAMPLE)) {
			for (Path file : files.toList()) {
				Files.copy(file, corpus.resolve(file.getFileName()));
			}
		}
	}

	@Test
	void statsPrintsCountsAndProgress() throws Exception {
		Run run = glossator("stats", "--corpus", corpus.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("documents: 1 (new 0, in-progress 1, done 0)\n"), run.out());
		assertTrue(run.out().contains("\nPER                         10         0         0\n"), run.out());
		assertTrue(run.err().contains("reading 000_99a4f567e82471d6.txt"), run.err());
	}

	@Test
	void exitCodesTellUsageFromDataProblems() throws Exception {
		Run usage = glossator("validate");
		assertEquals(2, usage.exitCode());
		assertTrue(usage.err().startsWith("glossator validate: --corpus is required"), usage.err());
		Run missing = glossator("validate", "--corpus", corpus.resolve("nothing-here").toString());
		assertEquals(1, missing.exitCode());
		assertTrue(missing.err().startsWith("glossator validate: "), missing.err());
	}

	@Test
	void annotateRunsTheCorpusPipelineAndConllUsesItsSegmentation() throws Exception {
		Path own = Files.createDirectories(output.resolve("annotated"));
		try (Stream<Path> files = Files.list(SAMPLE)) {
			for (Path file : files.toList()) {
				Files.copy(file, own.resolve(file.getFileName()));
			}
		}
		Files.createDirectories(own.resolve("lists"));
		Files.writeString(own.resolve("lists/ORG.txt"), "rebel forces\n");
		Files.writeString(own.resolve("pipeline.xml"), "<pipeline><step engine=\"org.glossator.uima.segmentation\"/>"
				+ "<step engine=\"org.glossator.uima.gazetteer\"><parameter name=\"termLists\" value=\"lists/ORG.txt\"/></step></pipeline>");
		int occurrences = Files.readString(own.resolve("000_99a4f567e82471d6.txt")).split("rebel forces", -1).length - 1;

		Run first = glossator("annotate", "--corpus", own.toString());
		assertEquals(0, first.exitCode(), first.err());
		assertTrue(first.out().startsWith("000_99a4f567e82471d6.txt: " + occurrences + " new proposals\n"), first.out());
		assertTrue(first.err().contains("Pre-annotating 1 document"), first.err());
		Run again = glossator("annotate", "--corpus", own.toString());
		assertTrue(again.out().startsWith("000_99a4f567e82471d6.txt: 0 new proposals\n"), again.out());

		Run conll = glossator("export", "--corpus", own.toString(), "--format", "org.glossator.io.conll2002", "--out", output.resolve("conll").toString());
		assertEquals(0, conll.exitCode(), conll.err());
		assertTrue(conll.err().contains("CoNLL sentences and tokens from the segmentation engine"), conll.err());
		assertTrue(Files.readString(output.resolve("conll/000_99a4f567e82471d6.conll")).startsWith("As O\nthe O\nSyrian O\n"));
	}

	private static Run glossator(String... arguments) throws IOException, InterruptedException {
		Path script = PRODUCT.resolve("glossator");
		assumeTrue(Files.isExecutable(script) && System.getProperty("os.name").equals("Linux"), "the Linux product is not built");
		List<String> command = new ArrayList<>(List.of(script.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().remove("DISPLAY");
		Path out = Files.createTempFile(output, "glossator", ".out");
		Path err = Files.createTempFile(output, "glossator", ".err");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the command line did not end within two minutes");
		return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
	}
}
