package org.glossator.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossator.core.internal.store.AtomicFiles;
import org.glossator.core.internal.store.DocumentXmiReader;
import org.glossator.core.internal.store.IndexedXmiResource;
import org.glossator.core.internal.store.XmiFiles;
import org.glossator.model.Annotation;
import org.glossator.model.Argument;
import org.glossator.model.Document;
import org.glossator.model.Event;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Relation;
import org.glossator.model.Span;
import org.glossator.model.validation.AnnotationValidator;

/**
 * The previews of a corpus's documents, in the folder and under the names {@link CorpusLayout} gives: written as a
 * document is saved, read before it loads. A preview is optional, so every failure to write or read one is swallowed
 * (core has no log to report it to): the annotation file is what counts, and an editor without a preview just waits
 * for it.
 */
final class DocumentPreviews {

	/**
	 * More would not make a preview much faster to read than the whole file. A window of text refers to that many only
	 * through long chains of events and relations, which the closure follows to the end.
	 */
	private static final int MAX_ANNOTATIONS = 50_000;

	/** How old a temporary file in the folder is before it counts as left by a write that never ended. */
	static final Duration ABANDONED = Duration.ofHours(1);

	private final Path corpusFolder;
	private final Path folder;
	private final ResourceSet resourceSet;

	/** @param resourceSet the store's, holding the schema the previews' types resolve into */
	DocumentPreviews(Path corpusFolder, ResourceSet resourceSet) {
		this.corpusFolder = corpusFolder;
		this.folder = CorpusLayout.previewFolderOf(corpusFolder);
		this.resourceSet = resourceSet;
	}

	/**
	 * After a document was saved: writes its preview if its annotation file is large enough to need one, and removes
	 * its outdated previews, and what the folder holds for nothing ({@link #removeLeftovers}). Never fails.
	 *
	 * @param written the annotation file's fingerprint, as it was written
	 */
	void update(Document document, Path textFile, Fingerprint written, int textCrc, long minBytes) {
		String current = null;
		if (written.length() >= minBytes) {
			current = CorpusLayout.previewFileName(textFile, written.length(), written.crc(), textCrc);
			if (!write(document, textFile, current)) {
				current = null;
			}
		}
		removePreviewsOf(textFile, current);
		removeLeftovers();
	}

	/**
	 * After a document was loaded, before it changes: writes its preview if its annotation file, as read, is large
	 * enough to need one and has none, and removes its outdated previews then. Never fails.
	 *
	 * @param read the annotation file's fingerprint, as it was read
	 */
	void keep(Document document, Path textFile, Fingerprint read, int textCrc, long minBytes) {
		if (read.length() >= minBytes
				&& !Files.exists(folder.resolve(CorpusLayout.previewFileName(textFile, read.length(), read.crc(), textCrc)))) {
			update(document, textFile, read, textCrc, minBytes);
		}
	}

	/**
	 * Writes a preview under the name given. Not forced to disk: after a crash a preview may be gone or torn, and a torn
	 * one is refused by the reader (it is not well-formed XML), and a save should not wait for a cache.
	 *
	 * @return whether it was written: not if the start of the text refers to too much for a preview, or on a failure
	 */
	private boolean write(Document document, Path textFile, String name) {
		try {
			Document preview = extract(document, CorpusStore.PREVIEW_CHARS, MAX_ANNOTATIONS);
			if (preview == null) {
				return false;
			}
			Resource resource = temporaryResource(textFile);
			resource.getContents().add(preview);
			Files.createDirectories(folder);
			AtomicFiles.replace(folder.resolve(name), out -> XmiFiles.save(resource, out), false);
			return true;
		} catch (IOException | RuntimeException e) {
			// No preview: the editor waits for the whole file, as it did before previews.
			return false;
		}
	}

	private void removePreviewsOf(Path textFile, String kept) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path outdated : files.filter(file -> isPreviewOf(textFile, file) && !file.getFileName().toString().equals(kept)).toList()) {
				Files.deleteIfExists(outdated);
			}
		} catch (IOException | RuntimeException e) {
			// What is left is never read: its name does not match the files saved now.
		}
	}

	/**
	 * Removes the previews of texts no longer in the corpus (deleted or renamed), and the temporary files of preview
	 * writes that never ended (a crash, a full disk) once they are {@link #ABANDONED}: a younger one may be another
	 * store's write in progress. Other files are left alone.
	 */
	private void removeLeftovers() {
		if (!Files.isDirectory(folder)) {
			return;
		}
		Instant abandoned = Instant.now().minus(ABANDONED);
		List<Path> files;
		try (Stream<Path> listed = Files.list(folder)) {
			files = listed.toList();
		} catch (IOException | RuntimeException e) {
			// Left for the next save: leftovers are never read.
			return;
		}
		for (Path file : files) {
			try {
				String text = CorpusLayout.previewedTextName(file.getFileName().toString());
				if (text != null && !Files.exists(corpusFolder.resolve(text))
						|| AtomicFiles.isTemporary(file) && Files.getLastModifiedTime(file).toInstant().isBefore(abandoned)) {
					Files.deleteIfExists(file);
				}
			} catch (IOException | RuntimeException e) {
				// Gone meanwhile (another store's temporary file, moved into place), or left for the next save.
			}
		}
	}

	/**
	 * The preview made from the current version of a text's annotation file and from the version of the text with the
	 * CRC32C given (null: the current one), read into a temporary resource of the store's resource set and then
	 * detached from it, or null if there is none, it is outdated or it cannot be read. Its text is left unset.
	 */
	Document read(Path textFile, Integer textCrc) {
		try {
			if (!hasPreviewOf(textFile)) {
				return null;
			}
			Fingerprint annotations = Fingerprint.of(CorpusLayout.annotationFileOf(textFile));
			int text = textCrc != null ? textCrc : Fingerprint.of(textFile).crc();
			Path preview = folder.resolve(CorpusLayout.previewFileName(textFile, annotations.length(), annotations.crc(), text));
			if (!Files.isRegularFile(preview)) {
				return null;
			}
			IndexedXmiResource resource = temporaryResource(textFile);
			try {
				resourceSet.getResources().add(resource);
				Document read = DocumentXmiReader.read(resource, preview) ? detachedDocument(resource, textFile) : null;
				if (read == null) {
					// Torn by a crash (previews are not forced to disk) or spoilt: removed, so that the next load by a
					// store keeping previews, or the next save, writes it anew.
					Files.deleteIfExists(preview);
				}
				return read;
			} finally {
				resourceSet.getResources().remove(resource);
			}
		} catch (IOException | RuntimeException e) {
			// A preview that cannot be read is no preview: the document loads as without one.
			return null;
		}
	}

	private boolean hasPreviewOf(Path textFile) throws IOException {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.anyMatch(file -> isPreviewOf(textFile, file));
		}
	}

	/** The resource's document, checked while it is still in the resource, so that its ids are checked too. */
	private static Document detachedDocument(Resource resource, Path textFile) {
		List<EObject> contents = resource.getContents();
		if (contents.size() != 1 || !(contents.get(0) instanceof Document document)
				|| !textFile.getFileName().toString().equals(document.getTextPath())
				|| !AnnotationValidator.integrityErrors(AnnotationValidator.validate(document)).isEmpty()) {
			return null;
		}
		contents.remove(document);
		return document;
	}

	private static boolean isPreviewOf(Path textFile, Path file) {
		return CorpusLayout.isPreviewOf(textFile, file.getFileName().toString());
	}

	/**
	 * Beside the text, as the annotation file is, so that the hrefs to the schema's types are written and resolved as
	 * there ({@code schema.xmi#PER}); the bytes go to the preview folder.
	 */
	private static IndexedXmiResource temporaryResource(Path textFile) {
		return XmiFiles.createResource(textFile.resolveSibling(textFile.getFileName() + ".preview"));
	}

	/**
	 * A copy of the document with copies of the annotations an editor shows on the first {@code chars} chars of the text:
	 * those with a span there, the events and relations that refer to them, and everything all of these refer to, in
	 * turn, so that no reference dangles. Ids, order and types are kept; the text is left unset.
	 *
	 * @return null if that is more than {@code maxAnnotations} annotations
	 */
	static Document extract(Document document, int chars, int maxAnnotations) {
		List<Annotation> annotations = document.getAnnotations();
		Set<Annotation> window = new HashSet<>();
		for (Annotation annotation : annotations) {
			if (startsBefore(annotation, chars)) {
				window.add(annotation);
			}
		}
		Set<Annotation> chosen = new HashSet<>(window);
		Deque<Annotation> toFollow = new ArrayDeque<>(window);
		for (Annotation annotation : annotations) {
			if (!window.contains(annotation) && referenced(annotation).stream().anyMatch(window::contains)) {
				chosen.add(annotation);
				toFollow.add(annotation);
			}
		}
		while (!toFollow.isEmpty() && chosen.size() <= maxAnnotations) {
			for (Annotation referenced : referenced(toFollow.poll())) {
				if (chosen.add(referenced)) {
					toFollow.add(referenced);
				}
			}
		}
		if (chosen.size() > maxAnnotations) {
			return null;
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Collection<Annotation> copies = copier.copyAll(annotations.stream().filter(chosen::contains).toList());
		// References among the chosen go to the copies; the types stay the schema's own.
		copier.copyReferences();
		Document preview = GlossatorFactory.eINSTANCE.createDocument();
		preview.setTextPath(document.getTextPath());
		preview.setTextHash(document.getTextHash());
		preview.setStatus(document.getStatus());
		preview.setLanguage(document.getLanguage());
		preview.getAnnotations().addAll(copies);
		return preview;
	}

	private static boolean startsBefore(Annotation annotation, int offset) {
		for (Span span : annotation.getSpans()) {
			if (span.getBegin() < offset) {
				return true;
			}
		}
		return false;
	}

	/** The annotations an annotation refers to: an event's fillers, a relation's source and target. */
	private static List<Annotation> referenced(Annotation annotation) {
		if (annotation instanceof Event event) {
			return event.getArguments().stream().map(Argument::getFiller).toList();
		}
		if (annotation instanceof Relation relation) {
			return List.of(relation.getSource(), relation.getTarget());
		}
		return List.of();
	}
}
