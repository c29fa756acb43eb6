package org.glossator.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.CorpusExport;
import org.glossator.io.Exporter;
import org.glossator.io.LossReport;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.GlossatorPackage;
import org.glossator.model.Span;
import org.glossator.model.validation.AnnotationValidator;

/**
 * The sample corpus plus a document of hard characters (above U+FFFF, CRLF, right-to-left
 * script, combining marks), exported by our exporters, run as plain Java.
 */
final class ExportedCorpus {

	static final String UNICODE_TEXT = "Smile \uD83D\uDE00: Bashar al-Assad met\r\nVladimir Putin in \u062F\u0645\u0634\u0642 (Damascus).\r\n"
			+ "Then Zu\u0308rich and the Cafe\u0301 Cl\u00E9ment welcomed \uD835\uDD18\uD835\uDD2B\uD835\uDD26 Corp.\r\n";

	private static final Path SAMPLE = Path.of("../../bundles/org.glossator.sample/corpus");

	final Path folder;
	final CorpusStore store;

	private ExportedCorpus(Path folder, CorpusStore store) {
		this.folder = folder;
		this.store = store;
	}

	static ExportedCorpus create(Path folder) throws IOException, CorpusException {
		GlossatorPackage.eINSTANCE.getName(); // registers the model package, as plugin.xml does in Eclipse
		try (Stream<Path> files = Files.list(SAMPLE)) {
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		Files.writeString(folder.resolve("unicode.txt"), UNICODE_TEXT);
		CorpusStore store = CorpusStore.open(folder);
		Document unicode = store.load(Path.of("unicode.txt"));
		mention(store, unicode, "T1", "PER", "Bashar al-Assad");
		mention(store, unicode, "T2", "PER", "Vladimir Putin");
		mention(store, unicode, "T3", "GPE", "\u062F\u0645\u0634\u0642");
		mention(store, unicode, "T4", "GPE", "Damascus");
		mention(store, unicode, "T5", "GPE", "Zu\u0308rich");
		mention(store, unicode, "T6", "ORG", "Cafe\u0301 Cl\u00E9ment");
		mention(store, unicode, "T7", "ORG", "\uD835\uDD18\uD835\uDD2B\uD835\uDD26 Corp");
		store.save(unicode);
		return new ExportedCorpus(folder, store);
	}

	LossReport export(Exporter exporter, String subfolder) throws CorpusException {
		return CorpusExport.run(store, exporter, folder.resolve(subfolder));
	}

	Document document(String textFile) throws CorpusException {
		return store.load(Path.of(textFile));
	}

	/** The accepted entity mentions of a document that the report does not list as lost, in text order. */
	static List<EntityMention> writtenEntities(Document document, LossReport report, String documentName) {
		List<String> lost = report.of(documentName).stream().map(LossReport.Loss::subject).toList();
		return document.getAnnotations().stream()
				.filter(annotation -> annotation instanceof EntityMention && annotation.getStatus() == AnnotationStatus.ACCEPTED)
				.map(EntityMention.class::cast)
				.filter(mention -> lost.stream().noneMatch(subject -> subject.startsWith(AnnotationValidator.label(mention))))
				.sorted(Comparator.comparingInt((EntityMention mention) -> mention.getSpans().get(0).getBegin()))
				.toList();
	}

	private static void mention(CorpusStore store, Document document, String id, String type, String text) {
		EntityMention mention = GlossatorFactory.eINSTANCE.createEntityMention();
		mention.setId(id);
		mention.setType(store.corpus().getSchema().getEntityTypes().stream().filter(candidate -> candidate.getName().equals(type))
				.findFirst().orElseThrow());
		Span span = GlossatorFactory.eINSTANCE.createSpan();
		span.setBegin(document.getText().indexOf(text));
		span.setEnd(span.getBegin() + text.length());
		assertEquals(text, document.getText().substring(span.getBegin(), span.getEnd()));
		mention.getSpans().add(span);
		document.getAnnotations().add(mention);
	}
}
