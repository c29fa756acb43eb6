package org.glossator.io.ui.internal.exports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where an export is about to write. */
final class Outputs {

	private Outputs() {
	}

	/** A file that exists, or a folder with something in it: writing there needs the user's consent. */
	static boolean isInUse(Path output) {
		if (!Files.isDirectory(output)) {
			return Files.exists(output);
		}
		try (Stream<Path> entries = Files.list(output)) {
			return entries.findAny().isPresent();
		} catch (IOException e) {
			return true;
		}
	}
}
