package org.glossator.io;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A file format Glossator reads and/or writes, as contributed to the
 * {@value FormatRegistry#EXTENSION_POINT} extension point.
 *
 * @param id unique, e.g. {@code org.glossator.io.brat}
 * @param name for people, e.g. {@code brat standoff}
 * @param extensions the file name extensions of its files, without the dot
 * @param exporter makes a new exporter, or null when the format cannot be written
 * @param importer makes a new importer, or null when the format cannot be read
 */
public record Format(String id, String name, List<String> extensions, Supplier<? extends Exporter> exporter,
		Supplier<? extends Importer> importer) {

	public Format {
		extensions = List.copyOf(extensions);
	}

	public Optional<Exporter> newExporter() {
		return Optional.ofNullable(exporter).map(Supplier::get);
	}

	public Optional<Importer> newImporter() {
		return Optional.ofNullable(importer).map(Supplier::get);
	}
}
