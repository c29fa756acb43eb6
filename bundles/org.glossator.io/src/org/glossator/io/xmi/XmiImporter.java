package org.glossator.io.xmi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.util.CasCreationUtils;
import org.glossator.io.ImportException;
import org.glossator.io.ImportedDocument;
import org.glossator.io.Importer;
import org.glossator.io.TypeResolver;
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
 * Reads UIMA XMI: what {@link XmiExporter} writes, and XMI of any other type system (DKPro Core, cTAKES), whose
 * annotations become the schema's through the {@link TypeResolver}'s mapping. The CAS is read with the schema's
 * types and the file's own ({@link XmiTypeSystem}). The XML parser refuses any DOCTYPE, so external entities and
 * entity expansion never get a chance.
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
	public ImportedDocument importDocument(Path file, TypeResolver types) throws ImportException {
		String base = ExportFiles.stem(file);
		Path xmi = file.resolveSibling(base + ".xmi");
		SchemaTypes schemaTypes = SchemaTypes.of(types.schema());
		CAS cas;
		try {
			cas = CasCreationUtils.createCas(XmiTypeSystem.forFile(xmi, schemaTypes.description()), null, null, null, withoutJCasClasses());
		} catch (ResourceInitializationException e) {
			throw new ImportException(xmi, 0, "the schema and the file's types give no valid UIMA type system: " + e.getMessage());
		}
		deserialize(xmi, cas);
		CasDocumentReader reader = new CasDocumentReader(xmi, schemaTypes, types);
		return types.imported(reader.read(cas, base + ".txt"), reader.notCarried());
	}

	/**
	 * The reader uses the generic CAS API only. Where the file's own JCas classes happen to be loadable (DKPro Core
	 * in the same program), UIMA would check them against types inferred from the XMI, whose features are all
	 * strings, and refuse; with only UIMA's own classes visible, every foreign type is a generic feature structure.
	 */
	private static ResourceManager withoutJCasClasses() {
		ResourceManager manager = UIMAFramework.newDefaultResourceManager();
		ClassLoader uima = CAS.class.getClassLoader();
		manager.setExtensionClassLoader(new ClassLoader(uima) {
			@Override
			protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
				if (!name.startsWith("org.apache.uima.") && !name.startsWith("java")) {
					throw new ClassNotFoundException(name);
				}
				return super.loadClass(name, resolve);
			}
		}, false);
		return manager;
	}

	private static void deserialize(Path xmi, CAS cas) throws ImportException {
		LineTracker lines = new LineTracker(XmiTypeSystem.hardenedReader());
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
