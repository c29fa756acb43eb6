package org.glossator.core.internal.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.Checksum;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.DocumentStatus;
import org.glossator.model.Event;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.GlossatorPackage;
import org.glossator.model.Relation;
import org.glossator.model.Span;

import com.ctc.wstx.stax.WstxInputFactory;

/**
 * Reads an annotation file in the one form the store writes it, and builds exactly the objects EMF's generic XMI
 * loader would: a cold JVM spends most of a large document's load in that loader's reflective handling of every
 * element and attribute, while this reader streams the file with Woodstox and calls the model's setters.
 * <p>
 * It accepts only that form: the root {@code Document} with its attributes, {@code annotations} of the three kinds
 * with their {@code type} href, {@code spans}, {@code attributes} and {@code arguments}, references as single IDs
 * that all resolve, and nothing else. On anything more or different (another element or attribute, a DOCTYPE,
 * xmi:ids, a dangling reference, malformed XML, a bad number) it gives up without a word, and the caller loads the
 * file with EMF's loader into a fresh resource: broken and hostile files keep EMF's behaviour and messages.
 * <p>
 * Types are resolved against the resources of the resource set as EMF's proxy resolution would; a type that does
 * not resolve is left as the same proxy EMF leaves, so the validator reports it alike.
 */
public final class DocumentXmiReader {

	private static final XMLInputFactory XML = newInputFactory();
	private static final GlossatorFactory MODEL = GlossatorFactory.eINSTANCE;
	private static final GlossatorPackage PACKAGE = GlossatorPackage.eINSTANCE;
	/** What EMF's saver writes as {@code xmi:version}; EMF's loader ignores it, so anything else is not ours. */
	private static final String XMI_VERSION = "2.0";
	/** Fewer than an annotation of the shortest form takes (a mention with one span is about 180 bytes). */
	private static final long BYTES_PER_ANNOTATION = 128;
	private static final long MAX_EXPECTED_ANNOTATIONS = 1 << 22;

	private final IndexedXmiResource resource;
	private final ResourceSet resourceSet;
	private final XMLStreamReader xml;
	/** Classes by their xsi:type, written with the prefix the root binds to the model's namespace. */
	private final Map<String, EClass> classesByXsiType = new HashMap<>();
	/** Annotations by ID; it becomes the resource's index. */
	private final Map<String, EObject> annotationsById;
	/** References to annotations further down the file, resolved at its end. */
	private final List<PendingReference> forwardReferences = new ArrayList<>();
	/** Per href: the schema's type, or the URI of a type that does not resolve. */
	private final Map<String, Object> typesByHref = new HashMap<>();
	/** The readers of an annotation's children, by element name. */
	private final Map<String, ChildReader> childReaders = Map.of(
			"type", this::readTypeOf,
			"spans", annotation -> asInternal(annotation.getSpans()).addUnique(readSpan()),
			"attributes", annotation -> asInternal(annotation.getAttributes()).addUnique(readAttribute()),
			"arguments", this::readArgumentOf);

	private DocumentXmiReader(IndexedXmiResource resource, InputStream in, long fileSize) throws XMLStreamException {
		this.resource = resource;
		this.resourceSet = resource.getResourceSet();
		// Decoded strictly by the JDK: Woodstox's own UTF-8 decoder takes overlong sequences (0xC0 0xAF for "/"), which
		// EMF's parser refuses; a decoding error makes this reader give up and EMF's loader report it.
		this.xml = XML.createXMLStreamReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
		// Sized for the annotations the file may hold, as growing the map step by step rehashes them all twice over.
		int expectedAnnotations = (int) Math.min(fileSize / BYTES_PER_ANNOTATION, MAX_EXPECTED_ANNOTATIONS);
		this.annotationsById = new HashMap<>(Math.max(16, expectedAnnotations * 4 / 3));
	}

	/**
	 * Fills an empty resource, which must belong to the resource set holding the schema, from an annotation file.
	 * Loads it as {@link Resource#load} does (loaded, not modified, IDs found through {@link Resource#getEObject}).
	 *
	 * @return false if the file is not in the store's own form or cannot be read; the resource must then be
	 *         discarded, and the file loaded with EMF's loader
	 */
	public static boolean read(IndexedXmiResource resource, Path file) {
		return read(resource, file, new CRC32C());
	}

	/**
	 * As {@link #read(IndexedXmiResource, Path)}, giving every byte of the file read to a checksum: when it returns true,
	 * the checksum has seen the whole file as it was read, even if it was replaced meanwhile.
	 */
	public static boolean read(IndexedXmiResource resource, Path file, Checksum bytesRead) {
		if (resource.getResourceSet() == null) {
			throw new IllegalArgumentException("The resource of " + file + " must belong to the store's resource set");
		}
		try (InputStream in = new CheckedInputStream(Files.newInputStream(file), bytesRead)) {
			resource.load(new LoadableFile(in, Files.size(file)), Map.of());
			// Defensive: the reader reads to the end of the file now, but the checksum must cover every byte whatever it does.
			in.transferTo(OutputStream.nullOutputStream());
			return true;
		} catch (IOException | RuntimeException e) {
			// Not the store's form, or EMF's loader finds the fault and names it better than we could.
			return false;
		}
	}

	private static XMLInputFactory newInputFactory() {
		// Directly, not through XMLInputFactory.newFactory(): its ServiceLoader look-up does not see Woodstox in OSGi.
		XMLInputFactory factory = new WstxInputFactory();
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
		// A DOCTYPE is never expanded here: it is reported as an event, and this reader then gives up.
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		return factory;
	}

	/**
	 * A stream that loads its resource itself: EMF's {@link Resource#load} hands it the resource and keeps its own
	 * bookkeeping around it (loaded, not modified, the notification).
	 */
	private static final class LoadableFile extends FilterInputStream implements URIConverter.Loadable {

		private final long size;

		LoadableFile(InputStream in, long size) {
			super(in);
			this.size = size;
		}

		@Override
		public void loadResource(Resource resource) throws IOException {
			try {
				DocumentXmiReader reader = new DocumentXmiReader((IndexedXmiResource) resource, in, size);
				try {
					reader.readFile();
				} finally {
					reader.xml.close();
				}
			} catch (XMLStreamException e) {
				throw new NotCanonical();
			}
		}
	}

	/** The file is not in the store's form; thrown without a message, as nobody reads it. */
	private static final class NotCanonical extends IOException {

		private static final long serialVersionUID = 1L;

		NotCanonical() {
			super(null, null);
		}
	}

	/**
	 * Reads one kind of an annotation's children. The reading loop calls them through this interface, at one call site
	 * with several targets, which the JIT compiler does not inline: each compiles on its own, quickly, instead of all
	 * in one large method whose compiling kept a cold load on slow code for half a second.
	 */
	private interface ChildReader {
		void read(Annotation annotation) throws XMLStreamException, NotCanonical;
	}

	private enum ReferenceKind {
		FILLER, SOURCE, TARGET
	}

	/** References resolve once every annotation is read: an argument may name an annotation further down. */
	private record PendingReference(EObject owner, ReferenceKind kind, String id) {
	}

	private void readFile() throws XMLStreamException, NotCanonical {
		// What EMF's loader records from the XML declaration; the store writes exactly this one.
		if (!"1.0".equals(xml.getVersion()) || !"UTF-8".equals(xml.getCharacterEncodingScheme())) {
			throw new NotCanonical();
		}
		if (nextTag() != XMLStreamConstants.START_ELEMENT) {
			throw new NotCanonical();
		}
		Document document = readDocument();
		while (xml.hasNext()) {
			skipWhiteSpace(xml.next());
		}
		resolveForwardReferences();
		resource.setEncoding("UTF-8");
		resource.setXMLVersion("1.0");
		resource.addIndexed(document, annotationsById);
	}

	private Document readDocument() throws XMLStreamException, NotCanonical {
		if (!GlossatorPackage.eNS_URI.equals(xml.getNamespaceURI()) || !"Document".equals(xml.getLocalName())) {
			throw new NotCanonical();
		}
		for (int i = 0; i < xml.getNamespaceCount(); i++) {
			String namespace = xml.getNamespaceURI(i);
			if (GlossatorPackage.eNS_URI.equals(namespace) && !isEmpty(xml.getNamespacePrefix(i))) {
				for (EClassifier classifier : PACKAGE.getEClassifiers()) {
					if (classifier instanceof EClass eClass) {
						classesByXsiType.put(xml.getNamespacePrefix(i) + ':' + eClass.getName(), eClass);
					}
				}
			} else if (!XMIResource.XMI_URI.equals(namespace) && !XMLResource.XSI_URI.equals(namespace)) {
				throw new NotCanonical();
			}
		}
		Document document = MODEL.createDocument();
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			String namespace = xml.getAttributeNamespace(i);
			String name = xml.getAttributeLocalName(i);
			String value = xml.getAttributeValue(i);
			// EMF's loader skips xmi:version by its qualified name: under another prefix it is an unknown feature.
			if (XMIResource.XMI_URI.equals(namespace) && XMIResource.XMI_NS.equals(xml.getAttributePrefix(i))
					&& XMIResource.VERSION_NAME.equals(name) && XMI_VERSION.equals(value)) {
				continue;
			}
			if (!isEmpty(namespace)) {
				throw new NotCanonical();
			}
			switch (name) {
			case "textPath" -> document.setTextPath(value);
			case "textHash" -> document.setTextHash(value);
			case "language" -> document.setLanguage(value);
			case "status" -> document.setStatus(known(DocumentStatus.get(value)));
			default -> throw new NotCanonical();
			}
		}
		List<Annotation> annotations = new ArrayList<>();
		while (nextTag() == XMLStreamConstants.START_ELEMENT) {
			requireChild("annotations");
			annotations.add(readAnnotation());
		}
		asInternal(document.getAnnotations()).addAllUnique(annotations);
		return document;
	}

	private Annotation readAnnotation() throws XMLStreamException, NotCanonical {
		EClass eClass = null;
		String id = null;
		String status = null;
		String origin = null;
		String confidence = null;
		String source = null;
		String target = null;
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			String namespace = xml.getAttributeNamespace(i);
			String name = xml.getAttributeLocalName(i);
			String value = xml.getAttributeValue(i);
			if (isXsiType(i, namespace, name)) {
				eClass = classesByXsiType.get(value);
				continue;
			}
			if (!isEmpty(namespace)) {
				throw new NotCanonical();
			}
			switch (name) {
			case "id" -> id = value;
			case "status" -> status = value;
			case "origin" -> origin = value;
			case "confidence" -> confidence = value;
			case "source" -> source = value;
			case "target" -> target = value;
			default -> throw new NotCanonical();
			}
		}
		Annotation annotation;
		if (eClass == PACKAGE.getEntityMention()) {
			annotation = MODEL.createEntityMention();
		} else if (eClass == PACKAGE.getEvent()) {
			annotation = MODEL.createEvent();
		} else if (eClass == PACKAGE.getRelation()) {
			annotation = MODEL.createRelation();
		} else {
			throw new NotCanonical();
		}
		if (id != null) {
			annotation.setId(id);
			if (annotationsById.putIfAbsent(id, annotation) != null) {
				throw new NotCanonical();
			}
		}
		if (status != null) {
			annotation.setStatus(known(AnnotationStatus.get(status)));
		}
		if (origin != null) {
			annotation.setOrigin(origin);
		}
		if (confidence != null) {
			annotation.setConfidence(Double.valueOf(confidence));
		}
		if (source != null || target != null) {
			if (!(annotation instanceof Relation)) {
				throw new NotCanonical();
			}
			if (source != null) {
				refer(annotation, ReferenceKind.SOURCE, source);
			}
			if (target != null) {
				refer(annotation, ReferenceKind.TARGET, target);
			}
		}
		while (nextTag() == XMLStreamConstants.START_ELEMENT) {
			ChildReader reader = childReaders.get(childName());
			if (reader == null) {
				throw new NotCanonical();
			}
			reader.read(annotation);
		}
		return annotation;
	}

	private void readTypeOf(Annotation annotation) throws XMLStreamException, NotCanonical {
		if (annotation.eIsSet(GlossatorPackage.Literals.ANNOTATION__TYPE)) {
			throw new NotCanonical();
		}
		annotation.setType(readType());
	}

	private void readArgumentOf(Annotation annotation) throws XMLStreamException, NotCanonical {
		if (!(annotation instanceof Event event)) {
			throw new NotCanonical();
		}
		asInternal(event.getArguments()).addUnique(readArgument());
	}

	private AnnotationType readType() throws XMLStreamException, NotCanonical {
		EClass eClass = null;
		String href = null;
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			String namespace = xml.getAttributeNamespace(i);
			String name = xml.getAttributeLocalName(i);
			if (isXsiType(i, namespace, name)) {
				eClass = classesByXsiType.get(xml.getAttributeValue(i));
			} else if (isEmpty(namespace) && "href".equals(name)) {
				href = xml.getAttributeValue(i);
			} else {
				throw new NotCanonical();
			}
		}
		requireEnd();
		if (eClass == null || href == null) {
			throw new NotCanonical();
		}
		Object known = typesByHref.get(href);
		if (known == null) {
			known = resolveType(href);
			typesByHref.put(href, known);
		}
		if (known instanceof AnnotationType type) {
			if (type.eClass() != eClass) {
				throw new NotCanonical();
			}
			return type;
		}
		if (!PACKAGE.getAnnotationType().isSuperTypeOf(eClass) || eClass.isAbstract()) {
			throw new NotCanonical();
		}
		// A type missing from the schema stays the proxy EMF's loader would leave, for the validator to report.
		InternalEObject proxy = (InternalEObject) MODEL.create(eClass);
		proxy.eSetProxyURI((URI) known);
		return (AnnotationType) proxy;
	}

	/** As EMF resolves an href: against the file's URI, then into a resource the set already holds (it loads none). */
	private Object resolveType(String href) throws NotCanonical {
		URI uri = URI.createURI(href);
		if (uri.isRelative() && uri.hasRelativePath() && !resourceSet.getPackageRegistry().containsKey(uri.trimFragment().toString())) {
			uri = uri.resolve(resource.getURI());
		}
		String fragment = uri.fragment();
		if (fragment == null || fragment.isEmpty() || uri.trimFragment().equals(resource.getURI())) {
			throw new NotCanonical();
		}
		EObject target = resourceSet.getEObject(uri, false);
		if (target == null) {
			return uri;
		}
		if (!(target instanceof AnnotationType)) {
			throw new NotCanonical();
		}
		return target;
	}

	private Span readSpan() throws XMLStreamException, NotCanonical {
		Span span = MODEL.createSpan();
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			String value = xml.getAttributeValue(i);
			switch (plainAttributeName(i)) {
			case "begin" -> span.setBegin(Integer.parseInt(value));
			case "end" -> span.setEnd(Integer.parseInt(value));
			default -> throw new NotCanonical();
			}
		}
		requireEnd();
		return span;
	}

	private AttributeValue readAttribute() throws XMLStreamException, NotCanonical {
		AttributeValue attribute = MODEL.createAttributeValue();
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			String value = xml.getAttributeValue(i);
			switch (plainAttributeName(i)) {
			case "name" -> attribute.setName(value);
			case "value" -> attribute.setValue(value);
			default -> throw new NotCanonical();
			}
		}
		requireEnd();
		return attribute;
	}

	private Argument readArgument() throws XMLStreamException, NotCanonical {
		Argument argument = MODEL.createArgument();
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			String value = xml.getAttributeValue(i);
			switch (plainAttributeName(i)) {
			case "role" -> argument.setRole(value);
			case "filler" -> refer(argument, ReferenceKind.FILLER, value);
			default -> throw new NotCanonical();
			}
		}
		requireEnd();
		return argument;
	}

	/** Sets a reference to an annotation read before, or keeps it for the end of the file. */
	private void refer(EObject owner, ReferenceKind kind, String id) throws NotCanonical {
		// Only a single, plain ID means the same here as in EMF's loader, which takes several (space-separated),
		// paths (/...), hrefs (#) and typed IDs (:) too.
		if (!isPlainId(id)) {
			throw new NotCanonical();
		}
		Annotation target = (Annotation) annotationsById.get(id);
		if (target == null) {
			forwardReferences.add(new PendingReference(owner, kind, id));
		} else {
			set(owner, kind, target);
		}
	}

	private void resolveForwardReferences() throws NotCanonical {
		for (PendingReference reference : forwardReferences) {
			Annotation target = (Annotation) annotationsById.get(reference.id());
			// EMF's loader refuses a dangling reference, with a message that names it.
			if (target == null) {
				throw new NotCanonical();
			}
			set(reference.owner(), reference.kind(), target);
		}
	}

	private static void set(EObject owner, ReferenceKind kind, Annotation target) {
		switch (kind) {
		case FILLER -> ((Argument) owner).setFiller(target);
		case SOURCE -> ((Relation) owner).setSource(target);
		case TARGET -> ((Relation) owner).setTarget(target);
		}
	}

	private static boolean isPlainId(String id) {
		if (id.isEmpty() || id.charAt(0) == '/' || id.charAt(id.length() - 1) == '?') {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			// StringTokenizer's default delimiters, as EMF splits IDREFS with it, and its markers of hrefs and typed IDs.
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '#' || c == ':') {
				return false;
			}
		}
		return true;
	}

	/** EMF's loader knows the type attribute by its qualified name {@code xsi:type}, not by its namespace alone. */
	private boolean isXsiType(int attribute, String namespace, String name) {
		return XMLResource.XSI_URI.equals(namespace) && XMLResource.TYPE.equals(name)
				&& XMLResource.XSI_NS.equals(xml.getAttributePrefix(attribute));
	}

	private static <T> T known(T literal) throws NotCanonical {
		if (literal == null) {
			throw new NotCanonical();
		}
		return literal;
	}

	private String plainAttributeName(int index) throws NotCanonical {
		if (!isEmpty(xml.getAttributeNamespace(index))) {
			throw new NotCanonical();
		}
		return xml.getAttributeLocalName(index);
	}

	/** The name of a child element, which must be unqualified and declare no namespace. */
	private String childName() throws NotCanonical {
		if (!isEmpty(xml.getNamespaceURI()) || !isEmpty(xml.getPrefix()) || xml.getNamespaceCount() != 0) {
			throw new NotCanonical();
		}
		return xml.getLocalName();
	}

	private void requireChild(String name) throws NotCanonical {
		if (!name.equals(childName())) {
			throw new NotCanonical();
		}
	}

	/** Leaf elements have no content at all. */
	private void requireEnd() throws XMLStreamException, NotCanonical {
		if (nextTag() != XMLStreamConstants.END_ELEMENT) {
			throw new NotCanonical();
		}
	}

	/** The next start or end tag, past white space; anything else (text, comments, a DOCTYPE) is not ours. */
	private int nextTag() throws XMLStreamException, NotCanonical {
		while (true) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
				return event;
			}
			skipWhiteSpace(event);
		}
	}

	private void skipWhiteSpace(int event) throws NotCanonical {
		boolean whiteSpace = event == XMLStreamConstants.SPACE || event == XMLStreamConstants.END_DOCUMENT
				|| event == XMLStreamConstants.CHARACTERS && xml.isWhiteSpace();
		if (!whiteSpace) {
			throw new NotCanonical();
		}
	}

	private static boolean isEmpty(String namespace) {
		return namespace == null || namespace.isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static <T> InternalEList<T> asInternal(List<T> list) {
		return (InternalEList<T>) list;
	}
}
