package org.glossator.io.xmi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;
import org.glossator.io.ImportException;
import org.glossator.uima.GlossatorTypes;
import org.glossator.uima.SchemaTypes;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The type system to read an XMI file with: the schema's types plus the file's own. Those come from the
 * {@value #FILE} beside the file when there is one (DKPro Core's and our own writers put it there), else they are
 * inferred from the XMI's elements: an element {@code <a.b:C>} in namespace {@code http:///a/b.ecore} is a type
 * {@code a.b.C}, an annotation when it has {@code begin} (document metadata when it also has {@code language}),
 * with a string feature per attribute. Every XML file is
 * parsed with DOCTYPEs refused, so no external entity or entity expansion is ever read.
 */
final class XmiTypeSystem {

	static final String FILE = "TypeSystem.xml";

	private static final String XMI_NAMESPACE = "http://www.omg.org/XMI";
	private static final Set<String> BUILT_IN_FEATURES = Set.of("begin", "end", "sofa");

	private XmiTypeSystem() {
	}

	static TypeSystemDescription forFile(Path xmi, TypeSystemDescription schema) throws ImportException {
		Path beside = xmi.resolveSibling(FILE);
		TypeSystemDescription own = Files.isRegularFile(beside) ? read(beside) : infer(xmi, schema);
		try {
			return CasCreationUtils.mergeTypeSystems(List.of(schema, own));
		} catch (ResourceInitializationException e) {
			throw new ImportException(Files.isRegularFile(beside) ? beside : xmi, 0,
					"its types do not fit the schema's: " + e.getMessage());
		}
	}

	private static TypeSystemDescription read(Path file) throws ImportException {
		parse(file, new DefaultHandler());
		try {
			TypeSystemDescription description = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(file.toFile()));
			if (description.getImports() != null && description.getImports().length > 0) {
				throw new ImportException(file, 0, "the type system imports others, which an import does not follow");
			}
			return description;
		} catch (InvalidXMLException | IOException e) {
			throw new ImportException(file, 0, "no UIMA type system: " + e.getMessage());
		}
	}

	private static TypeSystemDescription infer(Path xmi, TypeSystemDescription schema) throws ImportException {
		Set<String> known = new LinkedHashSet<>();
		for (TypeDescription type : schema.getTypes()) {
			known.add(type.getName());
		}
		Map<String, Set<String>> features = new LinkedHashMap<>();
		Map<String, Boolean> annotations = new LinkedHashMap<>();
		parse(xmi, new DefaultHandler() {
			private int depth;

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if (depth++ != 1 || !uri.startsWith("http:///") || !uri.endsWith(".ecore")) {
					return;
				}
				String name = uri.substring("http:///".length(), uri.length() - ".ecore".length()).replace('/', '.') + "." + localName;
				if (known.contains(name) || name.startsWith("uima.cas.") || name.startsWith("uima.tcas.")) {
					return;
				}
				Set<String> own = features.computeIfAbsent(name, key -> new LinkedHashSet<>());
				annotations.merge(name, attributes.getIndex("begin") >= 0, Boolean::logicalOr);
				for (int i = 0; i < attributes.getLength(); i++) {
					String feature = attributes.getLocalName(i);
					if (!XMI_NAMESPACE.equals(attributes.getURI(i)) && !BUILT_IN_FEATURES.contains(feature)) {
						own.add(feature);
					}
				}
			}

			@Override
			public void endElement(String uri, String localName, String qName) {
				depth--;
			}
		});
		TypeSystemDescription inferred = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		features.forEach((name, own) -> {
			boolean ours = name.startsWith(SchemaTypes.PACKAGE);
			// Document metadata (DKPro's DocumentMetaData) extends DocumentAnnotation, whose language every such element has.
			boolean metadata = !ours && annotations.get(name) && own.contains(CAS.FEATURE_BASE_NAME_LANGUAGE);
			String supertype = ours ? (own.contains(GlossatorTypes.SOURCE) ? GlossatorTypes.RELATION : GlossatorTypes.ENTITY)
					: metadata ? CAS.TYPE_NAME_DOCUMENT_ANNOTATION : annotations.get(name) ? CAS.TYPE_NAME_ANNOTATION : CAS.TYPE_NAME_TOP;
			TypeDescription type = inferred.addType(name, "inferred from " + xmi.getFileName(), supertype);
			// A schema type of another corpus inherits its fixed features; only its attributes are its own.
			own.stream().filter(feature -> ours ? feature.startsWith(CasDocumentReader.ATTRIBUTE_PREFIX)
					: !(metadata && feature.equals(CAS.FEATURE_BASE_NAME_LANGUAGE)))
					.forEach(feature -> type.addFeature(feature, null, CAS.TYPE_NAME_STRING));
		});
		return inferred;
	}

	/** Parses with DOCTYPEs refused; a problem names the file and line. */
	static void parse(Path file, DefaultHandler handler) throws ImportException {
		try (InputStream in = Files.newInputStream(file)) {
			XMLReader reader = hardenedReader();
			reader.setContentHandler(handler);
			reader.parse(new InputSource(in));
		} catch (SAXParseException e) {
			throw new ImportException(file, e.getLineNumber(), e.getMessage());
		} catch (SAXException e) {
			throw new ImportException(file, 0, e.getMessage());
		} catch (IOException e) {
			throw new ImportException(file, 0, "cannot be read: " + e);
		}
	}

	static XMLReader hardenedReader() {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setXIncludeAware(false);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return factory.newSAXParser().getXMLReader();
		} catch (ParserConfigurationException | SAXException e) {
			throw new IllegalStateException("The XML parser cannot be configured to refuse DOCTYPEs", e);
		}
	}
}
