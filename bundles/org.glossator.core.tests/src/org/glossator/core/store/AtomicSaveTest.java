package org.glossator.core.store;

import static org.glossator.core.store.CorpusFixture.corpus;
import static org.glossator.core.store.CorpusFixture.mention;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.codehaus.stax2.XMLStreamReader2;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.glossator.model.Document;
import org.glossator.model.GlossatorPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

import com.ctc.wstx.stax.WstxInputFactory;

class AtomicSaveTest {

	private static final String TEXT = "word ".repeat(1000);

	@TempDir
	Path folder;

	@Test
	void aWriteThatFailsHalfWayKeepsThePreviousFileAndNoTemporaryFile() throws Exception {
		corpus(folder, "a.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of("a.txt"));
		mentions(store, document, 0, 500);
		store.save(document);
		Path annotationFile = folder.resolve("a.glossator");
		byte[] previous = Files.readAllBytes(annotationFile);

		mentions(store, document, 500, 1000);
		FailingStream[] failing = new FailingStream[1];
		CorpusException refused = assertThrows(CorpusException.class,
				() -> store.save(document, out -> failing[0] = new FailingStream(out, previous.length)));
		assertEquals(previous.length, failing[0].written, "bytes through before the failure");
		assertTrue(refused.getMessage().startsWith("Cannot save " + annotationFile + ", the previous version is unchanged"), refused.getMessage());
		assertArrayEquals(previous, Files.readAllBytes(annotationFile));
		assertEquals(Set.of("schema.xmi", "a.txt", "a.glossator"), fileNames());

		store.save(document);
		assertTrue(Files.size(annotationFile) > previous.length, "the failure came half-way through the new content");
		assertEquals(1000, CorpusStore.open(folder).load(Path.of("a.txt")).getAnnotations().size(), "the store saves again afterwards");
	}

	@Test
	void aFirstSaveThatFailsLeavesNoFile() throws Exception {
		corpus(folder, "a.txt", TEXT);
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of("a.txt"));
		mentions(store, document, 0, 500);
		assertThrows(CorpusException.class, () -> store.save(document, out -> new FailingStream(out, 10_000)));
		assertEquals(Set.of("schema.xmi", "a.txt"), fileNames());
	}

	@Test
	@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
	void aSaveKilledMidWayLeavesACompleteFile() throws Exception {
		corpus(folder, "big.txt", SaveLoop.WORD.repeat(SaveLoop.MENTIONS));
		String java = ProcessHandle.current().info().command().orElseThrow();
		String classpath = Stream.of(SaveLoop.class, CorpusStore.class, GlossatorPackage.class, EObject.class, URI.class, XMLResource.class,
						WstxInputFactory.class, XMLStreamReader2.class)
				.map(AtomicSaveTest::classpathEntry)
				.distinct()
				.collect(Collectors.joining(File.pathSeparator));
		for (int kill = 1; kill <= 3; kill++) {
			Process child = new ProcessBuilder(java, "-cp", classpath, SaveLoop.class.getName(), folder.toString())
					.redirectErrorStream(true)
					.start();
			try {
				BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
				StringBuilder log = new StringBuilder();
				long[] savedAt = new long[3];
				for (int round = 1; round <= 2; round++) {
					String line;
					while ((line = output.readLine()) != null && !line.equals("saved " + round)) {
						log.append(line).append('\n');
					}
					assertNotNull(line, "the child JVM stopped before saving:\n" + log + "\nclasspath: " + classpath);
					savedAt[round] = System.nanoTime();
				}
				// Kill at a random moment of the next save, most likely while the file is being written.
				long saveNanos = savedAt[2] - savedAt[1];
				TimeUnit.NANOSECONDS.sleep(ThreadLocalRandom.current().nextLong(saveNanos));
			} finally {
				child.destroyForcibly();
				assertTrue(child.waitFor(1, TimeUnit.MINUTES));
			}
			Document document = CorpusStore.open(folder).load(Path.of("big.txt"));
			assertEquals(SaveLoop.MENTIONS, document.getAnnotations().size());
			assertTrue(document.getLanguage().matches("round-\\d+"), document.getLanguage());
			assertEquals("T" + SaveLoop.MENTIONS, document.getAnnotations().get(SaveLoop.MENTIONS - 1).getId());
			assertEquals("word", CorpusFixture.covered(document, document.getAnnotations().get(SaveLoop.MENTIONS - 1)));
		}
	}

	/**
	 * Where a class comes from, as a class path entry: under OSGi the code source of a class
	 * is its bundle's jar or, for a bundle run from its project folder, its classes folder.
	 */
	private static String classpathEntry(Class<?> type) {
		try {
			Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
			assertTrue(Files.exists(location), location.toString());
			return location.toString();
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	private Set<String> fileNames() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
		}
	}

	private static void mentions(CorpusStore store, Document document, int from, int to) {
		for (int i = from; i < to; i++) {
			mention(store, document, "T" + (i + 1), "PER");
			document.getAnnotations().get(i).getSpans().add(CorpusFixture.span(i * 5, i * 5 + 4));
		}
	}

	/** Lets {@code limit} bytes through, then fails like a full disk. */
	private static final class FailingStream extends FilterOutputStream {

		private final int limit;
		int written;

		FailingStream(OutputStream out, int limit) {
			super(out);
			this.limit = limit;
		}

		@Override
		public void write(int b) throws IOException {
			if (written == limit) {
				throw new IOException("No space left on device (simulated)");
			}
			written++;
			super.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			for (int i = 0; i < length; i++) {
				write(bytes[offset + i]);
			}
		}
	}
}
