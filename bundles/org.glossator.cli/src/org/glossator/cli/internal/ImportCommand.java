package org.glossator.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.glossator.core.store.CorpusException;
import org.glossator.io.CorpusImport;
import org.glossator.io.Format;
import org.glossator.io.FormatRegistry;
import org.glossator.io.ImportedDocument;
import org.glossator.io.Importer;
import org.glossator.io.LossReport.Loss;
import org.glossator.io.TypeMapping;
import org.glossator.io.UnknownTypes;
import org.glossator.io.UnknownTypesException;
import org.glossator.model.AnnotationType;

/**
 * Adds documents read from files of one format to a corpus through {@link CorpusImport}: every file is read and
 * checked before anything is written, so a broken file imports nothing.
 */
final class ImportCommand implements Command {

	private static final String MAPPING = "--mapping";
	private static final String ADD_TYPES = "--add-types";
	private static final String LENIENT = "--lenient";

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "add documents from files of a format to a corpus";
	}

	@Override
	public String usage() {
		return """
				Usage: glossator import --corpus <folder> --format <format id> [--mapping <file>] [--add-types | --lenient] <file>...
				Reads every file, then adds each document as <name>.txt with its annotations; a document whose name
				the corpus has already is refused. Nothing is written when any file has a problem, and a failed write
				takes back what it wrote. What a file held that the corpus does not keep is listed on stdout.
				Annotation types must be the schema's (schema.xmi), unless:
				  --mapping <file>  maps foreign types to the schema's, one rule a line (see README, "Type mappings"):
				                    PERSON -> PER, some.uima.Type/feature=value -> PER, some.uima.Type/feature -> *,
				                    some.uima.Type -> - (dropped)
				  --add-types       adds the types the schema lacks to schema.xmi (printed as "new type")
				  --lenient         drops annotations of types the schema lacks, and lists them as not carried
				Formats that read: %s
				""".formatted(importingFormats());
	}

	private static String importingFormats() {
		return String.join(", ", FormatRegistry.fromPlatform().formats().stream().filter(format -> format.newImporter().isPresent())
				.map(Format::id).toList());
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException, CorpusException {
		Arguments parsed = new Arguments(arguments, Set.of("--corpus", "--format", MAPPING), Set.of(ADD_TYPES, LENIENT));
		String formatId = parsed.required("--format");
		Importer importer = FormatRegistry.fromPlatform().format(formatId).flatMap(Format::newImporter)
				.orElseThrow(() -> new UsageException("no format " + formatId + " that reads; formats that read: " + importingFormats()));
		if (parsed.operands().isEmpty()) {
			throw new UsageException("name at least one file to import");
		}
		if (parsed.has(ADD_TYPES) && parsed.has(LENIENT)) {
			throw new UsageException(ADD_TYPES + " and " + LENIENT + " exclude each other");
		}
		Path corpus = parsed.corpus();
		TypeMapping mapping = parsed.has(MAPPING) ? TypeMapping.read(Path.of(parsed.value(MAPPING, null))) : TypeMapping.NONE;
		UnknownTypes unknownTypes = parsed.has(ADD_TYPES) ? UnknownTypes.ADD_TO_SCHEMA : parsed.has(LENIENT) ? UnknownTypes.DROP : UnknownTypes.REFUSE;
		List<Path> files = parsed.operands().stream().map(Path::of).toList();
		StderrProgress progress = new StderrProgress(err);
		CorpusImport plan;
		try {
			plan = CorpusImport.check(corpus, importer, files, mapping, unknownTypes, progress);
		} catch (UnknownTypesException e) {
			err.println("glossator import: " + e.getMessage());
			err.println("Map them to the schema's types with " + MAPPING + " <file>, add them to the schema with " + ADD_TYPES
					+ ", or drop their annotations with " + LENIENT + ". Nothing was imported.");
			return Cli.FAILED;
		}
		plan.write(progress);
		for (AnnotationType type : plan.newTypes()) {
			out.println("new type: " + type.getName() + " (" + type.eClass().getName().replace("Type", "").toLowerCase() + ")");
		}
		for (ImportedDocument imported : plan.documents()) {
			String name = imported.document().getTextPath();
			err.println("added " + name + " (" + imported.document().getAnnotations().size() + " annotations)");
			for (Loss loss : plan.notCarried().of(name)) {
				out.println(name + ": not carried: " + loss);
			}
		}
		out.println("imported " + plan.documents().size() + " documents");
		return Cli.OK;
	}
}
