package org.glossator.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.glossator.core.internal.store.AtomicFiles;
import org.glossator.core.internal.store.DocumentXmiReader;
import org.glossator.core.internal.store.IndexedXmiResource;
import org.glossator.core.internal.store.XmiFiles;
import org.glossator.model.Document;
import org.glossator.model.validation.AnnotationValidator;

/**
 * The unsaved changes to a document a store loaded, kept as a whole annotation file of the store's own form in
 * {@link CorpusLayout#recoveryFolderOf the recovery folder}: an editor writes them while its document differs from the
 * saved one, and removes them once it is saved or its changes are dismissed. So after a crash the file holds the work
 * that was not saved, for the next open to restore.
 */
public final class UnsavedChanges {

	private final CorpusStore store;
	private final Path textFile;
	private final Path file;

	UnsavedChanges(CorpusStore store, Path textFile, int textCrc) {
		this.store = store;
		this.textFile = textFile;
		this.file = CorpusLayout.recoveryFolderOf(store.folder()).resolve(CorpusLayout.recoveryFileName(textFile, textCrc));
	}

	/** Where the changes are kept. */
	public Path file() {
		return file;
	}

	/**
	 * Writes the document as it is now, atomically and forced to disk: a crash leaves the changes kept before or these,
	 * whole. It changes nothing, and may run on another thread than the one changing the document, which may go on:
	 * what was read is put in place only if it still {@code holds} once written.
	 *
	 * @param holds whether the document was left alone while it was read
	 * @return whether the changes were kept; if not, those kept before stay
	 * @throws IOException if they cannot be written (nor can, then, a read that failed be told from a change meanwhile:
	 *                     the caller asks {@code holds})
	 */
	public boolean keep(Document document, BooleanSupplier holds) throws IOException {
		Files.createDirectories(file.getParent());
		try {
			AtomicFiles.replace(file, out -> {
				XmiFiles.saveCopy((IndexedXmiResource) document.eResource(), out);
				if (!holds.getAsBoolean()) {
					throw new Superseded();
				}
			});
			return true;
		} catch (Superseded changedMeanwhile) {
			return false;
		}
	}

	/** The document changed while it was written. */
	private static final class Superseded extends IOException {
		private static final long serialVersionUID = 1L;
	}

	/** Removes the changes kept, if any. */
	public void discard() throws IOException {
		Files.deleteIfExists(file);
	}

	/**
	 * Moves changes kept that cannot be {@linkplain #read restored} out of the way, so that new ones can be kept while
	 * these stay for whoever can mend or merge them.
	 *
	 * @return where they are now: beside, named as they were with the time and {@code .not-restored} added
	 */
	public Path setAside() throws IOException {
		String when = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS", Locale.ROOT).format(LocalDateTime.now());
		return Files.move(file, file.resolveSibling(file.getFileName() + "." + when + ".not-restored"));
	}

	/** When the changes kept were written, or null if there are none. */
	public FileTime keptAt() {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException none) {
			return null;
		}
	}

	/**
	 * The document as kept, for the loaded document it was kept for: read with the schema's types, its text set, and
	 * checked by the integrity rules, on the thread that uses the store. It belongs to no resource; its annotations can
	 * replace the loaded document's ({@link org.glossator.core.edit.AnnotationCommands#restore}).
	 *
	 * @return null if no changes are kept
	 * @throws CorpusException naming the file (and the place in it) if they cannot be read, are for another text,
	 *                         break the rules, or are older than the annotation file (saved since); the file is left
	 *                         as it is
	 */
	public Document read(Document loaded) throws CorpusException {
		if (!Files.exists(file)) {
			return null;
		}
		Path annotationFile = CorpusLayout.annotationFileOf(textFile);
		try {
			// Only if surely older: file times may be as coarse as two seconds, and changes restored over a newer save
			// are one undo away from it, while changes refused are left for the user to mend.
			if (Files.exists(annotationFile)
					&& Files.getLastModifiedTime(annotationFile).toInstant().isAfter(Files.getLastModifiedTime(file).toInstant())) {
				throw new CorpusException(file, "The unsaved changes in " + file + " are older than the annotations saved since in "
						+ annotationFile + " (by another tool, or a save as the workbench ended), which they would undo.");
			}
		} catch (IOException e) {
			throw new CorpusException(file, "Cannot read " + file + ": " + e, e);
		}
		IndexedXmiResource resource = temporaryResource();
		try {
			if (!DocumentXmiReader.read(resource, file)) {
				// Not in the store's form (spoilt): EMF's loader, in a fresh resource, says where.
				discard(resource);
				resource = temporaryResource();
				XmiFiles.load(resource, file);
			}
			List<EObject> contents = resource.getContents();
			if (contents.size() != 1 || !(contents.get(0) instanceof Document kept)) {
				throw new CorpusException(file, "The unsaved changes in " + file + " do not hold one document.");
			}
			if (!loaded.getTextPath().equals(kept.getTextPath()) || !loaded.getTextHash().equals(kept.getTextHash())) {
				throw new CorpusException(file, "The unsaved changes in " + file + " annotate " + kept.getTextPath() + " (SHA-256 "
						+ kept.getTextHash() + "), not the text " + textFile + " as it is now.");
			}
			kept.setText(loaded.getText());
			List<Diagnostic> errors = AnnotationValidator.integrityErrors(AnnotationValidator.validate(kept));
			if (!errors.isEmpty()) {
				throw new CorpusException(file, "The unsaved changes in " + file + " cannot be restored:"
						+ errors.stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n  ", "\n  ", "")));
			}
			contents.remove(kept);
			return kept;
		} finally {
			discard(resource);
		}
	}

	/** Beside the text, as the annotation file is, so that the hrefs to the schema's types resolve as there. */
	private IndexedXmiResource temporaryResource() {
		IndexedXmiResource resource = XmiFiles.createResource(textFile.resolveSibling(textFile.getFileName() + ".recovery"));
		store.resourceSet().getResources().add(resource);
		return resource;
	}

	private void discard(IndexedXmiResource resource) {
		resource.unload();
		store.resourceSet().getResources().remove(resource);
	}
}
