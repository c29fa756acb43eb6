package org.glossator.core.store;

import static org.glossator.core.store.CorpusLayout.SCHEMA_FILE;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CheckedOutputStream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.glossator.core.internal.store.AtomicFiles;
import org.glossator.core.internal.store.ClosedResourceSet;
import org.glossator.core.internal.store.DocumentXmiReader;
import org.glossator.core.internal.store.IndexedXmiResource;
import org.glossator.core.internal.store.SourceText;
import org.glossator.core.internal.store.XmiFiles;
import org.glossator.model.Corpus;
import org.glossator.model.Document;
import org.glossator.model.DocumentStatus;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.Schema;
import org.glossator.model.validation.AnnotationValidator;

/**
 * Reads and writes one corpus folder laid out as {@link CorpusLayout} describes.
 * Works on plain paths, with no Eclipse workspace, so the command line and the
 * workbench share it. Not thread-safe: use it from one thread at a time.
 * <p>
 * Documents load lazily, one by one: opening reads only the schema and the list of
 * texts. Reading, hashing and validating every text up front would make a large
 * corpus slow to open and hold all of it in memory, and one damaged file would keep
 * the whole corpus from opening; a batch run instead loads, processes and
 * {@linkplain #unload(Document) unloads} one document after the other.
 * {@link #corpus()} lists the documents loaded so far, in file-name order;
 * {@link #textFiles()} lists all of them.
 * <p>
 * A document either loads completely, checked against its text and schema, or not
 * at all: every failure is a {@link CorpusException} that names the file, and
 * leaves nothing behind in the {@link #resourceSet()}.
 * <p>
 * A large document also gets a <em>preview</em> on saving: the annotations of the start of its text, which
 * {@link #loadPreview(Path)} reads in a fraction of the time {@link #load(Path)} takes, so that an editor can show
 * them while the whole document loads.
 */
public final class CorpusStore {

	/**
	 * How many chars (UTF-16 code units) at the start of a text a {@linkplain #loadPreview(Path) preview} covers: every
	 * annotation with a span that begins before this offset is in it.
	 */
	public static final int PREVIEW_CHARS = 32_768;

	/** 2 MiB: smaller annotation files load fast enough without a preview. */
	private static final long PREVIEW_MIN_BYTES = 2 << 20;

	private static final Comparator<Path> BY_FILE_NAME = Comparator.comparing(path -> path.getFileName().toString());

	private final Path folder;
	private final List<Path> textFiles;
	private final ResourceSet resourceSet;
	private final Corpus corpus;
	private final Map<Path, Document> loaded = new HashMap<>();
	private final Map<Document, Diagnostic> lastValidations = new HashMap<>();
	private final DocumentPreviews previews;
	private long previewMinBytes = PREVIEW_MIN_BYTES;
	private boolean keepingPreviews;
	/** The CRC32C of each loaded document's text as loaded. */
	private final Map<Document, Integer> textCrcs = new HashMap<>();
	private boolean fastReader = true;
	private int fastReads;

	private CorpusStore(Path folder, List<Path> textFiles, ResourceSet resourceSet, Corpus corpus) {
		this.folder = folder;
		this.textFiles = textFiles;
		this.resourceSet = resourceSet;
		this.corpus = corpus;
		this.previews = new DocumentPreviews(folder, resourceSet);
	}

	/** Reads the schema and lists the texts of a corpus folder. */
	public static CorpusStore open(Path folder) throws CorpusException {
		Path root = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(root)) {
			throw new CorpusException(root, "Not a corpus folder: " + root + " is not a folder.");
		}
		Path schemaFile = root.resolve(SCHEMA_FILE);
		if (!Files.isRegularFile(schemaFile)) {
			throw new CorpusException(schemaFile, "Not a corpus folder: " + root + " has no " + SCHEMA_FILE
					+ ", the annotation schema every corpus needs beside its texts.");
		}
		List<Path> textFiles;
		try (Stream<Path> files = Files.list(root)) {
			textFiles = files.filter(CorpusLayout::isText).sorted(BY_FILE_NAME).toList();
		} catch (IOException e) {
			throw new CorpusException(root, "Cannot list the corpus folder " + root + ": " + e, e);
		}
		ResourceSet resourceSet = new ClosedResourceSet();
		Resource schemaResource = XmiFiles.createResource(schemaFile);
		resourceSet.getResources().add(schemaResource);
		XmiFiles.load(schemaResource, schemaFile);
		if (schemaResource.getContents().size() != 1 || !(schemaResource.getContents().get(0) instanceof Schema)) {
			throw new CorpusException(schemaFile, "The schema file " + schemaFile + " does not hold one schema.");
		}
		Corpus corpus = GlossatorFactory.eINSTANCE.createCorpus();
		corpus.setName(root.getFileName() == null ? root.toString() : root.getFileName().toString());
		corpus.setSchema((Schema) schemaResource.getContents().get(0));
		return new CorpusStore(root, textFiles, resourceSet, corpus);
	}

	public Path folder() {
		return folder;
	}

	/** Every source text of the corpus, sorted by file name, as listed when the store opened. */
	public List<Path> textFiles() {
		return textFiles;
	}

	/** The schema and the documents loaded so far, in file-name order. */
	public Corpus corpus() {
		return corpus;
	}

	/**
	 * The schema and every loaded document live here; an editing domain for them must use
	 * this resource set. It never loads on demand, so nothing outside the corpus gets read.
	 */
	public ResourceSet resourceSet() {
		return resourceSet;
	}

	/**
	 * A text as {@link #readText} read it: the file (as the store resolves it), the text, the number of its bytes and
	 * their CRC32C, which names the text's version in its preview.
	 */
	public record TextVersion(Path file, String text, int byteLength, int crc32c) {
	}

	/**
	 * Reads one of {@link #textFiles()} as {@link #load} does (strictly as UTF-8), without its annotations: to show a
	 * text while its annotations load, with the preview of that very version ({@link #loadPreview(Path, int)}). Touches
	 * no document or resource of the store, so it may run while another thread loads.
	 *
	 * @return the text and the CRC32C of the bytes read
	 * @throws CorpusException if the file is not a text of the corpus or not valid UTF-8
	 */
	public TextVersion readText(Path textFile) throws CorpusException {
		return SourceText.readVersion(textOfCorpus(textFile));
	}

	private Path textOfCorpus(Path textFile) throws CorpusException {
		Path text = folder.resolve(textFile).normalize();
		if (!textFiles.contains(text)) {
			throw new CorpusException(text, text + " is not a text of the corpus in " + folder + ".");
		}
		return text;
	}

	/**
	 * Loads the document of one of {@link #textFiles()}: its annotations from the
	 * annotation file beside it, or a new, empty document if there is none yet. Returns
	 * the document already loaded for that text, if any.
	 *
	 * @param textFile the text, absolute or relative to the corpus folder
	 * @throws CorpusException if the text is not valid UTF-8, the annotation file is
	 *             not well-formed or was made for a different text, or the annotations
	 *             break the integrity rules of {@link AnnotationValidator}
	 */
	public Document load(Path textFile) throws CorpusException {
		return load(textFile, null);
	}

	/**
	 * As {@link #load(Path)}, for a caller that has read the text already with {@link #readText}: if it was this file
	 * and its bytes still have that version's length and CRC32C, the document takes that text instead of decoding the
	 * bytes again, which for a large text costs tens of milliseconds of CPU and as many megabytes of memory as it has
	 * characters, twice. (The file can only have changed to bytes of the same length and CRC32C between the two reads,
	 * a chance of 1 in 2^32, as for {@link #loadPreview(Path, int)}; the document's hash is always of the bytes read.)
	 *
	 * @param readBefore the text as read before, or null
	 */
	public Document load(Path textFile, TextVersion readBefore) throws CorpusException {
		Path text = textOfCorpus(textFile);
		Document document = loaded.get(text);
		if (document != null) {
			return document;
		}
		// Reading, checking and hashing a large text takes long: another thread does it while this one parses the
		// annotations. A text that cannot be read is still the failure reported, as when it was read first.
		CompletableFuture<SourceText> reading = CompletableFuture.supplyAsync(() -> readSource(text, readBefore));
		Path annotationFile = CorpusLayout.annotationFileOf(text);
		// Only the store's own reader tells which bytes it read: a file EMF's loader takes gets its preview when saved.
		Fingerprint read = null;
		IndexedXmiResource resource = addResource(annotationFile);
		try {
			if (Files.exists(annotationFile)) {
				try {
					Fingerprint.Tally bytesRead = new Fingerprint.Tally();
					if (fastReader && DocumentXmiReader.read(resource, annotationFile, bytesRead)) {
						fastReads++;
						read = bytesRead.fingerprint();
					} else {
						// Not in the store's own form: EMF's loader takes it, with the findings and messages users know.
						discard(resource);
						resource = addResource(annotationFile);
						XmiFiles.load(resource, annotationFile);
					}
				} catch (CorpusException | RuntimeException e) {
					source(reading);
					throw e;
				}
				document = checkedDocument(resource, annotationFile, text, source(reading));
			} else {
				document = newDocument(resource, text, source(reading));
			}
			document.setText(source(reading).text());
			Diagnostic findings = AnnotationValidator.validate(document);
			List<Diagnostic> errors = AnnotationValidator.integrityErrors(findings);
			if (!errors.isEmpty()) {
				throw new CorpusException(annotationFile, "Cannot load " + annotationFile + ":" + describe(errors));
			}
			lastValidations.put(document, findings);
		} catch (CorpusException | RuntimeException e) {
			discard(resource);
			throw e;
		}
		loaded.put(text, document);
		int textCrc = source(reading).crc32c();
		textCrcs.put(document, textCrc);
		if (read != null && keepingPreviews) {
			// Before anyone can change the document, so that the preview is of the file as read.
			previews.keep(document, text, read, textCrc, previewMinBytes);
		}
		EList<Document> documents = corpus.getDocuments();
		int index = 0;
		while (index < documents.size() && documents.get(index).getTextPath().compareTo(document.getTextPath()) < 0) {
			index++;
		}
		documents.add(index, document);
		return document;
	}

	/**
	 * The annotations of the start of a text as they are in its annotation file, from the preview the store wrote on
	 * saving it, to show while {@link #load(Path)} reads the whole file: every annotation with a span that begins in the
	 * first {@link #PREVIEW_CHARS} chars of the text, the events and relations that refer to them, and all that these
	 * refer to in turn, so that no reference dangles. Only annotation files of 2 MiB or more get a preview.
	 * <p>
	 * It costs a read of the text and the annotation file, to check that the preview was made from them as they are
	 * now, and a read of the small preview. The document returned is not part of the store: not in {@link #corpus()} nor
	 * in any resource, and never returned by {@link #load(Path)}; its text is not set (the caller has it from
	 * {@link #readText(Path)}), its types are the schema's own. For a moment it adds a resource to the
	 * {@link #resourceSet()}, so unlike {@link #readText(Path)} it must not run while another thread uses the store:
	 * call it before {@link #load(Path)}, on the loading thread or on one the loading thread waits for. A preview that
	 * matches both files but cannot be read (torn by a crash, or spoilt) is removed, so that a store
	 * {@link #keepingPreviews() keeping previews} writes it anew when it loads the document.
	 *
	 * @param textFile the text, absolute or relative to the corpus folder
	 * @return the preview, or null if there is none, it was made from other versions of the annotation file or the text,
	 *         or it cannot be read or breaks the integrity rules of {@link AnnotationValidator}
	 * @throws CorpusException if the file is not a text of the corpus; never for a preview's faults
	 */
	public Document loadPreview(Path textFile) throws CorpusException {
		return previews.read(textOfCorpus(textFile), null);
	}

	/**
	 * As {@link #loadPreview(Path)}, for the version of the text whose bytes have the CRC32C given, as
	 * {@link #readText(Path)} read it: the preview of exactly the text shown, though the file may have changed since,
	 * and the text is not read again.
	 */
	public Document loadPreview(Path textFile, int textCrc32c) throws CorpusException {
		return previews.read(textOfCorpus(textFile), textCrc32c);
	}

	/**
	 * The validator's findings on a loaded document when the store last checked it, on loading or saving it. They do
	 * not follow later changes; right after a load or save they spare a second validation of a large document.
	 */
	public Diagnostic lastValidation(Document document) {
		return lastValidations.get(document);
	}

	/** Forgets a loaded document and frees what it holds; unsaved changes are lost. */
	public void unload(Document document) {
		if (loaded.values().remove(document)) {
			lastValidations.remove(document);
			textCrcs.remove(document);
			corpus.getDocuments().remove(document);
			discard(document.eResource());
		}
	}

	/**
	 * Writes a document to its annotation file, atomically: after a failure or a crash the
	 * file holds either the previous or the new content. Refuses documents with integrity
	 * errors, which could not be loaded again.
	 * <p>
	 * Then, if the annotation file is 2 MiB or more, writes the document's preview for
	 * {@link #loadPreview(Path)}; either way it removes the document's previews of earlier saves. A preview that
	 * cannot be written is left out without a word: the save has succeeded all the same.
	 */
	public void save(Document document) throws CorpusException {
		save(document, UnaryOperator.identity());
	}

	/** Seam for tests: {@code wrapOutput} sees the bytes on their way to the temporary file. */
	void save(Document document, UnaryOperator<OutputStream> wrapOutput) throws CorpusException {
		if (!loaded.containsValue(document)) {
			throw new IllegalArgumentException("Document " + document.getTextPath() + " was not loaded by this store");
		}
		Resource resource = document.eResource();
		Path file = Path.of(resource.getURI().toFileString());
		Diagnostic findings = AnnotationValidator.validate(document);
		List<Diagnostic> errors = AnnotationValidator.integrityErrors(findings);
		if (!errors.isEmpty()) {
			throw new CorpusException(file, "Not saving " + file + ", it could not be loaded again:" + describe(errors));
		}
		lastValidations.put(document, findings);
		Fingerprint written = write(resource, file, wrapOutput);
		previews.update(document, CorpusLayout.textFileOf(file), written, textCrcs.get(document), previewMinBytes);
	}

	/** Where the unsaved changes to a document this store loaded are kept, for the version of its text loaded. */
	public UnsavedChanges unsavedChangesOf(Document document) {
		Integer textCrc = textCrcs.get(document);
		if (textCrc == null) {
			throw new IllegalArgumentException("Document " + document.getTextPath() + " was not loaded by this store");
		}
		return new UnsavedChanges(this, CorpusLayout.textFileOf(Path.of(document.eResource().getURI().toFileString())), textCrc);
	}

	/** Writes the schema back to {@code schema.xmi}, atomically. */
	public void saveSchema() throws CorpusException {
		Resource resource = corpus.getSchema().eResource();
		write(resource, Path.of(resource.getURI().toFileString()), UnaryOperator.identity());
	}

	/** @return the fingerprint of the bytes written */
	private static Fingerprint write(Resource resource, Path file, UnaryOperator<OutputStream> wrapOutput) throws CorpusException {
		try {
			Fingerprint.Tally written = new Fingerprint.Tally();
			// Nearest the file, so that it sees the bytes that reach it.
			AtomicFiles.replace(file, out -> XmiFiles.save(resource, wrapOutput.apply(new CheckedOutputStream(out, written))));
			return written.fingerprint();
		} catch (IOException e) {
			throw new CorpusException(file, "Cannot save " + file + ", the previous version is unchanged: " + e, e);
		}
	}

	private static SourceText readSource(Path text, TextVersion readBefore) {
		try {
			return SourceText.read(text, readBefore);
		} catch (CorpusException e) {
			throw new CompletionException(e);
		}
	}

	/** The text read by {@link #readSource}, or its failure. */
	private static SourceText source(CompletableFuture<SourceText> reading) throws CorpusException {
		try {
			return reading.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof CorpusException failure) {
				throw failure;
			}
			throw e.getCause() instanceof RuntimeException failure ? failure : e;
		}
	}

	private IndexedXmiResource addResource(Path annotationFile) {
		IndexedXmiResource resource = XmiFiles.createResource(annotationFile);
		resourceSet.getResources().add(resource);
		return resource;
	}

	/**
	 * From now on, loading a document whose annotation file is large enough for a preview and has none (written by
	 * another tool, an import, or an earlier version) also writes its preview, as saving does: for an editor, whose next
	 * open then shows the start of the text at once. A store that only reads, for an export, leaves the corpus folder
	 * as it is.
	 *
	 * @return this store
	 */
	public CorpusStore keepingPreviews() {
		keepingPreviews = true;
		return this;
	}

	/** Seam for tests: how many annotation files the fast reader took, to tell its loads from EMF's. */
	int fastReads() {
		return fastReads;
	}

	/** Seam for tests: loads every annotation file with EMF's loader, as the store did before it had its own reader. */
	CorpusStore withEmfLoaderOnly() {
		fastReader = false;
		return this;
	}

	/** Seam for tests: writes previews of smaller annotation files, so that tests need not write megabytes. */
	CorpusStore withPreviewMinBytes(long bytes) {
		previewMinBytes = bytes;
		return this;
	}

	/** The document a loaded resource holds, if it is one and annotates this version of the text. */
	private static Document checkedDocument(Resource resource, Path annotationFile, Path text, SourceText source)
			throws CorpusException {
		List<EObject> contents = resource.getContents();
		if (contents.size() != 1 || !(contents.get(0) instanceof Document)) {
			throw new CorpusException(annotationFile, "The annotation file " + annotationFile + " does not hold one document.");
		}
		Document document = (Document) contents.get(0);
		String textName = text.getFileName().toString();
		if (!textName.equals(document.getTextPath())) {
			throw new CorpusException(annotationFile, "The annotation file " + annotationFile + " annotates "
					+ document.getTextPath() + ", not the text " + text + " beside it.");
		}
		if (!source.sha256().equals(document.getTextHash())) {
			throw new CorpusException(annotationFile, "The annotation file " + annotationFile + " was made for another version of "
					+ text + ": the text has changed since (SHA-256 " + source.sha256() + ", expected " + document.getTextHash()
					+ "), so its offsets cannot be trusted. Nothing was re-anchored; restore the text or annotate it anew.");
		}
		return document;
	}

	private static Document newDocument(Resource resource, Path text, SourceText source) {
		Document document = GlossatorFactory.eINSTANCE.createDocument();
		document.setTextPath(text.getFileName().toString());
		document.setTextHash(source.sha256());
		document.setStatus(DocumentStatus.NEW);
		resource.getContents().add(document);
		return document;
	}

	private void discard(Resource resource) {
		resource.unload();
		resourceSet.getResources().remove(resource);
	}

	private static String describe(List<Diagnostic> errors) {
		return errors.stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n  ", "\n  ", ""));
	}
}
