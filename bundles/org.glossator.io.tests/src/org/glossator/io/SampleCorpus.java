package org.glossator.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;

import org.glossator.core.store.CorpusLayout;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The sample corpus of bundle org.glossator.sample, copied into a folder so tests may write beside it. */
public final class SampleCorpus {

	public static final String DOCUMENT = "000_99a4f567e82471d6.txt";

	private SampleCorpus() {
	}

	public static Path copyTo(Path folder) throws IOException {
		for (URL entry : Collections.list(sampleBundle().findEntries("corpus", "*", false))) {
			String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
			try (InputStream in = entry.openStream()) {
				Files.copy(in, folder.resolve(name));
			}
		}
		return folder;
	}

	/** A corpus folder with the sample's schema and the given texts (name, text, name, text, ...). */
	public static Path schemaWithTexts(Path folder, String... namesAndTexts) throws IOException {
		try (InputStream in = sampleBundle().getEntry("corpus/" + CorpusLayout.SCHEMA_FILE).openStream()) {
			Files.copy(in, folder.resolve(CorpusLayout.SCHEMA_FILE));
		}
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			Files.writeString(folder.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
		}
		return folder;
	}

	private static Bundle sampleBundle() {
		return Arrays.stream(FrameworkUtil.getBundle(SampleCorpus.class).getBundleContext().getBundles())
				.filter(bundle -> bundle.getSymbolicName().equals("org.glossator.sample"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("org.glossator.sample is not installed"));
	}
}
