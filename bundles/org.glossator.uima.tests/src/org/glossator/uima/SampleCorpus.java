package org.glossator.uima;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationType;
import org.glossator.model.Document;
import org.glossator.model.Schema;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The sample corpus of bundle org.glossator.sample (English and Spanish news), copied into a folder of the test's. */
public final class SampleCorpus {

	public static final String TEXT = "000_99a4f567e82471d6.txt";
	private static final String[] FILES = { "schema.xmi", TEXT, "000_99a4f567e82471d6.glossator" };

	private SampleCorpus() {
	}

	public static CorpusStore open(Path folder) throws IOException, CorpusException {
		for (String file : FILES) {
			try (InputStream in = sampleBundle().getEntry("corpus/" + file).openStream()) {
				Files.copy(in, folder.resolve(file));
			}
		}
		return CorpusStore.open(folder);
	}

	/** A corpus folder with the sample's schema and no texts yet. */
	public static void copySchema(Path folder) throws IOException {
		try (InputStream in = sampleBundle().getEntry("corpus/" + FILES[0]).openStream()) {
			Files.copy(in, folder.resolve(FILES[0]));
		}
	}

	/** The sample text, English news followed by Spanish. */
	public static String text() throws IOException {
		try (InputStream in = sampleBundle().getEntry("corpus/" + TEXT).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Bundle sampleBundle() {
		return Arrays.stream(FrameworkUtil.getBundle(SampleCorpus.class).getBundleContext().getBundles())
				.filter(bundle -> bundle.getSymbolicName().equals("org.glossator.sample"))
				.findFirst()
				.orElseThrow();
	}

	public static AnnotationType type(Schema schema, String name) {
		return Stream.of(schema.getEntityTypes(), schema.getEventTypes(), schema.getRelationTypes())
				.flatMap(List::stream)
				.filter(type -> type.getName().equals(name))
				.findFirst()
				.orElseThrow();
	}

	/** The text an annotation covers, fragments joined by a space. */
	public static String covered(Document document, Annotation annotation) {
		return String.join(" ", annotation.getSpans().stream()
				.map(span -> document.getText().substring(span.getBegin(), span.getEnd()))
				.toList());
	}
}
