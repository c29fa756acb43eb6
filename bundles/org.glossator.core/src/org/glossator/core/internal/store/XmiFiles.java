package org.glossator.core.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;
import org.glossator.core.store.CorpusException;
import org.xml.sax.SAXParseException;

/** How the store reads and writes XMI: one set of options for every file it touches. */
public final class XmiFiles {

	private static final Map<Object, Object> LOAD_OPTIONS = Map.of(
			// No DOCTYPE at all: no external entities (XXE), no entity expansion bombs.
			XMLResource.OPTION_PARSER_FEATURES, Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE),
			// A reference to an annotation further down the file resolves once, at the end, instead
			// of first failing a lookup that searches the whole document.
			XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);

	private static final Map<Object, Object> SAVE_OPTIONS = Map.of(
			XMLResource.OPTION_ENCODING, "UTF-8",
			// LF on every platform, so that the same content always gives the same bytes.
			Resource.OPTION_LINE_DELIMITER, "\n");

	private XmiFiles() {
	}

	public static IndexedXmiResource createResource(Path file) {
		return new IndexedXmiResource(URI.createFileURI(file.toAbsolutePath().toString()));
	}

	/** Fills an empty resource from a file; on failure the message names the file, line and column. */
	public static void load(Resource resource, Path file) throws CorpusException {
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, LOAD_OPTIONS);
		} catch (IOException e) {
			throw new CorpusException(file, describe(file, e), e);
		}
	}

	public static void save(Resource resource, OutputStream out) throws IOException {
		resource.save(out, SAVE_OPTIONS);
	}

	/**
	 * Writes the same bytes as {@link #save}, but leaves the resource alone (a save clears its errors and marks it
	 * unmodified): for a copy written on another thread while the resource's own thread reads it.
	 */
	public static void saveCopy(XMIResource resource, OutputStream out) throws IOException {
		new XMISaveImpl(new XMIHelperImpl(resource)).save(resource, out, SAVE_OPTIONS);
	}

	/** EMF wraps the parser's exception; its location is what the user needs to find the fault. */
	private static String describe(Path file, IOException failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SAXParseException parse) {
				return located(file, parse.getLineNumber(), parse.getColumnNumber(), parse.getMessage());
			}
			if (cause instanceof Resource.Diagnostic diagnostic && diagnostic.getLine() > 0) {
				return located(file, diagnostic.getLine(), diagnostic.getColumn(), diagnostic.getMessage());
			}
		}
		return "Cannot read " + file + ": " + failure.getMessage();
	}

	private static String located(Path file, int line, int column, String problem) {
		return "Cannot read " + file + ": line " + line + ", column " + column + ": " + problem;
	}
}
