package org.glossator.io.xmi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;
import org.glossator.io.ImportException;
import org.glossator.io.ImportedDocument;
import org.glossator.io.Importer;
import org.glossator.io.internal.ExportFiles;
import org.glossator.model.Schema;
import org.glossator.uima.SchemaTypes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads UIMA XMI written with the type system of a corpus schema (as {@link XmiExporter}
 * writes it) in strict mode: a type the schema does not have is refused. The XML parser
 * refuses any DOCTYPE, so external entities and entity expansion never get a chance.
 */
public final class XmiImporter implements Importer {

	/**
	 * A TypeSystem.xml cannot give back a schema: it lacks value sets, role fillers and the
	 * original type names. XMI is imported into the corpus's own schema.
	 */
	@Override
	public Schema importSchema(Path folder) {
		return null;
	}

	@Override
	public ImportedDocument importDocument(Path file, Schema schema) throws ImportException {
		String base = ExportFiles.stem(file);
		Path xmi = file.resolveSibling(base + ".xmi");
		SchemaTypes types = SchemaTypes.of(schema);
		CAS cas;
		try {
			cas = CasCreationUtils.createCas(types.description(), null, null);
		} catch (ResourceInitializationException e) {
			throw new ImportException(xmi, 0, "the schema gives no valid UIMA type system: " + e.getMessage());
		}
		deserialize(xmi, cas);
		return new ImportedDocument(new CasDocumentReader(xmi, types).read(cas, base + ".txt"), List.of());
	}

	private static void deserialize(Path xmi, CAS cas) throws ImportException {
		LineTracker lines;
		try {
			lines = new LineTracker(hardenedReader());
		} catch (ParserConfigurationException | SAXException e) {
			throw new IllegalStateException("The XML parser cannot be configured to refuse DOCTYPEs", e);
		}
		lines.setContentHandler(new XmiCasDeserializer(cas.getTypeSystem()).getXmiCasHandler(cas, false));
		try (InputStream in = Files.newInputStream(xmi)) {
			lines.parse(new InputSource(in));
		} catch (SAXParseException e) {
			throw new ImportException(xmi, e.getLineNumber(), e.getMessage());
		} catch (SAXException | RuntimeException e) {
			// The deserializer's own complaints (unknown type, bad reference) come without a line: take the parser's.
			throw new ImportException(xmi, lines.line(), e.getMessage() == null ? e.toString() : e.getMessage());
		} catch (IOException e) {
			throw new ImportException(xmi, 0, "cannot be read: " + e);
		}
	}

	private static XMLReader hardenedReader() throws ParserConfigurationException, SAXException {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setXIncludeAware(false);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		return factory.newSAXParser().getXMLReader();
	}

	/** Passes events on and remembers where the parser is. */
	private static final class LineTracker extends XMLFilterImpl {

		private Locator locator;

		LineTracker(XMLReader parent) {
			super(parent);
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
			super.setDocumentLocator(locator);
		}

		int line() {
			return locator == null ? 0 : locator.getLineNumber();
		}
	}
}
