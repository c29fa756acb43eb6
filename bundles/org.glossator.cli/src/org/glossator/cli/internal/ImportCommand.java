package org.glossator.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.Format;
import org.glossator.io.FormatRegistry;
import org.glossator.io.ImportedDocument;
import org.glossator.io.Importer;
import org.glossator.io.internal.ExportFiles;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationType;
import org.glossator.model.Document;
import org.glossator.model.Schema;

/**
 * Adds documents read from files of one format to a corpus, with the corpus's schema. Every
 * file is read and checked before anything is written, so a broken file imports nothing.
 */
final class ImportCommand implements Command {

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
				Usage: glossator import --corpus <folder> --format <format id> <file>...
				Reads every file (types must be in the corpus's schema.xmi), then adds each document as
				<name>.txt with its annotations; a document whose name the corpus has already is refused.
				Nothing is written when any file has a problem. What a file held that the model cannot
				keep is listed on stdout. Formats that read: %s
				""".formatted(importingFormats());
	}

	private static String importingFormats() {
		return String.join(", ", FormatRegistry.fromPlatform().formats().stream().filter(format -> format.newImporter().isPresent())
				.map(Format::id).toList());
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException, CorpusException {
		Arguments parsed = new Arguments(arguments, Set.of("--corpus", "--format"), Set.of());
		String formatId = parsed.required("--format");
		Importer importer = FormatRegistry.fromPlatform().format(formatId).flatMap(Format::newImporter)
				.orElseThrow(() -> new UsageException("no format " + formatId + " that reads; formats that read: " + importingFormats()));
		if (parsed.operands().isEmpty()) {
			throw new UsageException("name at least one file to import");
		}
		Path corpus = parsed.corpus();
		Schema schema = CorpusStore.open(corpus).corpus().getSchema();
		List<ImportedDocument> documents = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (String file : parsed.operands()) {
			err.println("reading " + file);
			for (ImportedDocument imported : importer.importDocuments(Path.of(file), schema)) {
				String textPath = imported.document().getTextPath();
				if (Files.exists(corpus.resolve(textPath)) || !names.add(textPath)) {
					throw new CorpusException(corpus.resolve(textPath), "The corpus has a document " + textPath + " already (from " + file + ")");
				}
				documents.add(imported);
			}
		}
		try {
			for (ImportedDocument imported : documents) {
				ExportFiles.writeUtf8(corpus.resolve(imported.document().getTextPath()), imported.document().getText());
			}
		} catch (IOException e) {
			throw new CorpusException(corpus, "Cannot write into " + corpus + ": " + e, e);
		}
		// the texts are files of the corpus now, so a store opened afresh knows them
		CorpusStore store = CorpusStore.open(corpus);
		for (ImportedDocument imported : documents) {
			Document document = store.load(Path.of(imported.document().getTextPath()));
			Collection<Annotation> annotations = EcoreUtil.copyAll(imported.document().getAnnotations());
			annotations.forEach(annotation -> annotation.setType(sameType(store.corpus().getSchema(), annotation.getType())));
			document.getAnnotations().addAll(annotations);
			document.setStatus(imported.document().getStatus());
			document.setLanguage(imported.document().getLanguage());
			store.save(document);
			store.unload(document);
			err.println("added " + document.getTextPath() + " (" + annotations.size() + " annotations)");
			imported.notCarried().forEach(loss -> out.println(document.getTextPath() + ": not carried: " + loss));
		}
		out.println("imported " + documents.size() + " documents");
		return Cli.OK;
	}

	/** The type of the same name in the schema of the store the document is saved with. */
	private static AnnotationType sameType(Schema schema, AnnotationType type) {
		return Stream.of(schema.getEntityTypes(), schema.getEventTypes(), schema.getRelationTypes()).flatMap(List::stream)
				.filter(candidate -> candidate.eClass() == type.eClass() && candidate.getName().equals(type.getName())).findFirst()
				.orElseThrow();
	}
}
