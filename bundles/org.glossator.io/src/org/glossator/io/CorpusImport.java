package org.glossator.io;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.glossator.core.internal.store.AtomicFiles;
import org.glossator.core.internal.store.ClosedResourceSet;
import org.glossator.core.internal.store.SourceText;
import org.glossator.core.internal.store.XmiFiles;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusLayout;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.AnnotationType;
import org.glossator.model.Document;
import org.glossator.model.DocumentStatus;
import org.glossator.model.Schema;

/**
 * Imports files into a corpus as one all-or-nothing operation, in two steps:
 * <ol>
 * <li>{@link #check}: reads and checks every file, writing nothing. The result tells which documents would be added,
 * which types would be added to the schema ({@link #newTypes()}, when {@link UnknownTypes#ADD_TO_SCHEMA} was chosen),
 * and what the files hold that the corpus will not carry ({@link #notCarried()}), so that a user can agree or cancel.
 * A broken file, a document name the corpus has already, or (with {@link UnknownTypes#REFUSE}) an unknown type throws
 * and nothing is written.</li>
 * <li>{@link #write}: writes each document's text and annotation file, then the grown {@code schema.xmi} if types
 * were added. Every file is first written to a temporary file beside its target; only when all are written are they
 * moved into place. If a move fails (a file of that name appeared meanwhile, the disk is full or read-only), the files
 * already moved are removed again and the corpus is as it was.</li>
 * </ol>
 * Both steps report progress to their monitor and stop, writing nothing, when it is cancelled (an
 * {@link OperationCanceledException}); cancelling is no longer possible once the moves have begun, which is quick.
 * Neither step needs a display or a workspace: the command line and the import wizard share them. Run them off the
 * UI thread; an instance is not thread-safe.
 */
public final class CorpusImport {

	private final Path corpus;
	private final TypeResolver types;
	private final List<ImportedDocument> documents;
	private final LossReport notCarried;
	private boolean written;

	private CorpusImport(Path corpus, TypeResolver types, List<ImportedDocument> documents, LossReport notCarried) {
		this.corpus = corpus;
		this.types = types;
		this.documents = List.copyOf(documents);
		this.notCarried = notCarried;
	}

	/**
	 * Reads and checks the files; writes nothing.
	 *
	 * @param corpus a corpus folder (with its {@code schema.xmi})
	 * @param importer reads the files' format
	 * @param files the files to import; for formats with several files per document (brat), any one of them
	 * @param mapping foreign type names to the schema's, or {@link TypeMapping#NONE}
	 * @param unknownTypes what happens to types that the schema lacks after the mapping
	 * @throws UnknownTypesException with {@link UnknownTypes#REFUSE}, naming every unknown type of all the files
	 * @throws ImportException naming file, line and problem of the first file that cannot be imported
	 * @throws CorpusException when the corpus cannot be opened, or has a document of an imported name already
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	public static CorpusImport check(Path corpus, Importer importer, List<Path> files, TypeMapping mapping, UnknownTypes unknownTypes,
			IProgressMonitor monitor) throws CorpusException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + files.size() + (files.size() == 1 ? " file" : " files"), files.size());
		CorpusStore store = CorpusStore.open(corpus);
		TypeResolver types = new TypeResolver(store.corpus().getSchema(), mapping, unknownTypes);
		List<ImportedDocument> documents = new ArrayList<>();
		LossReport notCarried = new LossReport();
		Map<String, Path> sources = new HashMap<>();
		for (Path file : files) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask(file.getFileName().toString());
			List<ImportedDocument> read;
			try {
				read = importer.importDocuments(file, types);
			} catch (ImportException e) {
				throw unknownTypes == UnknownTypes.REFUSE && !types.unknownNames().isEmpty() ? allUnknownTypes(e, store, importer, files, mapping) : e;
			}
			for (ImportedDocument imported : read) {
				Document document = imported.document();
				String textName = document.getTextPath();
				Path textFile = textFileIn(store.folder(), textName, file);
				Path earlier = sources.putIfAbsent(textName, file);
				if (earlier != null) {
					throw new ImportException(file, 0, "the document " + textName + " comes from " + earlier + " already");
				}
				for (Path existing : List.of(textFile, CorpusLayout.annotationFileOf(textFile))) {
					if (Files.exists(existing)) {
						throw new CorpusException(existing, "The corpus has a file " + existing.getFileName() + " already; " + file
								+ " would add the document " + textName + " (rename it, or remove the corpus's)");
					}
				}
				if (document.getStatus() == null) {
					document.setStatus(DocumentStatus.NEW);
				}
				documents.add(imported);
				imported.notCarried().forEach(loss -> notCarried.add(textName, loss.subject(), loss.reason()));
			}
			progress.worked(1);
		}
		return new CorpusImport(store.folder(), types, documents, notCarried);
	}

	private static Path textFileIn(Path folder, String textName, Path source) throws ImportException {
		try {
			Path textFile = folder.resolve(textName).normalize();
			if (textFile.getParent().equals(folder) && textName.endsWith(CorpusLayout.TEXT_EXTENSION)) {
				return textFile;
			}
		} catch (InvalidPathException e) {
			// refused below
		}
		throw new ImportException(source, 0, "the document name " + textName + " names no text file in the corpus folder");
	}

	/** Reads all the files again, dropping, to name every unknown type at once rather than one per attempt. */
	private static UnknownTypesException allUnknownTypes(ImportException first, CorpusStore store, Importer importer, List<Path> files,
			TypeMapping mapping) {
		TypeResolver survey = new TypeResolver(store.corpus().getSchema(), mapping, UnknownTypes.DROP);
		for (Path file : files) {
			try {
				importer.importDocuments(file, survey);
			} catch (ImportException otherProblem) {
				// that file's other problem comes up once its types are settled
			}
		}
		Set<String> names = new LinkedHashSet<>(survey.unknownNames());
		return new UnknownTypesException(first, List.copyOf(names));
	}

	/** The documents to add, in the order of the files, their types from {@link #schema()}. */
	public List<ImportedDocument> documents() {
		return documents;
	}

	/** The types the import adds to the schema: empty unless {@link UnknownTypes#ADD_TO_SCHEMA} met unknown types. */
	public List<AnnotationType> newTypes() {
		return types.newTypes();
	}

	/** The schema after the import: the corpus's, or a copy with {@link #newTypes()} added, written by {@link #write}. */
	public Schema schema() {
		return types.schema();
	}

	/** What the files hold that the corpus will not carry, per document (by text file name). */
	public LossReport notCarried() {
		return notCarried;
	}

	/**
	 * Adds the documents (and the grown schema) to the corpus, all or nothing; see the class comment.
	 *
	 * @throws CorpusException naming the file that could not be written; the corpus is unchanged
	 * @throws OperationCanceledException when the monitor was cancelled before the first move; nothing is written
	 * @throws IllegalStateException when called a second time
	 */
	public void write(IProgressMonitor monitor) throws CorpusException {
		if (written) {
			throw new IllegalStateException("The import into " + corpus + " has been written already");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Adding " + documents.size() + (documents.size() == 1 ? " document" : " documents"),
				documents.size() * 2 + 1);
		Map<Path, Path> staged = new LinkedHashMap<>();
		List<Path> moved = new ArrayList<>();
		try {
			for (ImportedDocument imported : documents) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				Document document = imported.document();
				progress.subTask(document.getTextPath());
				Path textFile = corpus.resolve(document.getTextPath());
				byte[] text = document.getText().getBytes(StandardCharsets.UTF_8);
				document.setTextHash(SourceText.sha256(text));
				staged.put(textFile, stage(textFile, text));
				Path annotationFile = CorpusLayout.annotationFileOf(textFile);
				staged.put(annotationFile, stage(annotationFile, serialized(document, annotationFile)));
				progress.worked(1);
			}
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			for (Map.Entry<Path, Path> file : staged.entrySet()) {
				move(file.getValue(), file.getKey());
				moved.add(file.getKey());
				progress.worked(1);
			}
			if (!newTypes().isEmpty()) {
				Path schemaFile = corpus.resolve(CorpusLayout.SCHEMA_FILE);
				Resource resource = schemaResource();
				AtomicFiles.replace(schemaFile, out -> XmiFiles.save(resource, out));
			}
			progress.worked(1);
			written = true;
		} catch (IOException | RuntimeException failure) {
			rollBack(moved, failure);
			if (failure instanceof OperationCanceledException cancelled) {
				throw cancelled;
			}
			Path culprit = failure instanceof FileSystemException fileFailure && fileFailure.getFile() != null
					? Path.of(fileFailure.getFile()) : corpus;
			throw new CorpusException(culprit, "Cannot import into " + corpus + " (" + failure
					+ "); nothing was added, the corpus is as it was", failure);
		} finally {
			for (Path temporary : staged.values()) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException e) {
					// a leftover hidden temporary file harms nothing
				}
			}
		}
	}

	/** The document as its annotation file holds it, types referring to {@code schema.xmi} beside it. */
	private byte[] serialized(Document document, Path annotationFile) throws IOException {
		Resource schemaResource = schemaResource();
		Resource resource = XmiFiles.createResource(annotationFile);
		schemaResource.getResourceSet().getResources().add(resource);
		try {
			resource.getContents().add(document);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			XmiFiles.save(resource, bytes);
			return bytes.toByteArray();
		} finally {
			resource.getContents().remove(document);
			schemaResource.getResourceSet().getResources().remove(resource);
		}
	}

	/** The resource of {@code schema.xmi}: the corpus's own, or a new one holding the grown copy. */
	private Resource schemaResource() {
		Schema schema = types.schema();
		if (schema.eResource() == null) {
			Resource resource = XmiFiles.createResource(corpus.resolve(CorpusLayout.SCHEMA_FILE));
			new ClosedResourceSet().getResources().add(resource);
			resource.getContents().add(schema);
		}
		return schema.eResource();
	}

	/** A hidden temporary file beside {@code target}, on disk before anything is moved. */
	private static Path stage(Path target, byte[] content) throws IOException {
		Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
		try (FileChannel channel = FileChannel.open(temporary, CREATE_NEW, WRITE)) {
			ByteBuffer buffer = ByteBuffer.wrap(content);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
		return temporary;
	}

	/** A rename that refuses to replace: a file that appeared since {@link #check} is never overwritten. */
	private static void move(Path temporary, Path target) throws IOException {
		Files.move(temporary, target);
	}

	private static void rollBack(List<Path> moved, Exception failure) {
		for (int i = moved.size() - 1; i >= 0; i--) {
			try {
				Files.deleteIfExists(moved.get(i));
			} catch (IOException e) {
				failure.addSuppressed(e);
			}
		}
	}
}
