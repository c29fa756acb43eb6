package org.glossator.uima.ruta;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.UIMAFramework;
import org.apache.uima.UimaContext;
import org.apache.uima.UimaContextAdmin;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.ruta.engine.RutaEngine;
import org.apache.uima.ruta.extensions.RutaParseRuntimeException;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;

/**
 * Runs the rules of an Apache UIMA Ruta script file. The script sees every type of the CAS by its short name when
 * that is unambiguous ({@code DATE} for {@code org.glossator.schema.DATE}), by its full name otherwise, so a script
 * for a Glossator corpus names the schema's types as the schema does; what its rules create of those types becomes
 * proposals. Word lists and scripts the script names are looked up in its folder.
 * <p>
 * The CAS must hold Ruta's types: {@code RutaRulesAnnotator.xml} beside this class declares them, so start the engine
 * from that descriptor, or from {@link #description(String)} with uimaFIT. A script that does not parse fails
 * {@link #initialize(UimaContext)} with a message naming the file and the line.
 */
public class RutaRulesAnnotator extends JCasAnnotator_ImplBase {

	public static final String PARAM_SCRIPT = "script";
	@ConfigurationParameter(name = PARAM_SCRIPT, description = "Path of the Ruta script")
	private String script;

	/** Ruta's own message for a syntax error, "Error in NAME, line N, ...": the part from "line" on is kept. */
	private static final Pattern RUTA_SYNTAX_ERROR = Pattern.compile("Error in .*?,\\s+(line \\d+.*)", Pattern.DOTALL);

	private Path file;
	private AnalysisEngine ruta;

	/** The engine for the given script, with Ruta's types and priorities, for uimaFIT or plain UIMA. */
	public static AnalysisEngineDescription description(String script) throws ResourceInitializationException {
		try {
			AnalysisEngineDescription description = UIMAFramework.getXMLParser().parseAnalysisEngineDescription(
					new XMLInputSource(RutaRulesAnnotator.class.getResource("RutaRulesAnnotator.xml")));
			description.resolveImports(rutaResources());
			description.getAnalysisEngineMetaData().getConfigurationParameterSettings().setParameterValue(PARAM_SCRIPT, script);
			return description;
		} catch (InvalidXMLException | IOException e) {
			throw new ResourceInitializationException(e);
		}
	}

	/**
	 * A resource manager that loads Ruta's classes, its JCas classes and its type systems by name through the class
	 * loader of this class, which sees all of ruta-core: in OSGi, UIMA's own bundle sees none of them.
	 */
	private static ResourceManager rutaResources() {
		ResourceManager resources = UIMAFramework.newDefaultResourceManager();
		resources.setExtensionClassLoader(RutaRulesAnnotator.class.getClassLoader(), true);
		return resources;
	}

	@Override
	public void initialize(UimaContext context) throws ResourceInitializationException {
		super.initialize(context);
		file = Path.of(script).toAbsolutePath();
		String rules;
		try {
			rules = Files.readString(file);
		} catch (CharacterCodingException e) {
			throw failure("Ruta script " + file + " is not UTF-8 text", e);
		} catch (IOException e) {
			throw failure("Cannot read the Ruta script " + file + ": " + e, e);
		}
		String folder = file.getParent().toString();
		String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		try {
			// The script goes in as text so that its file can be anywhere; its folder serves for what it refers to.
			AnalysisEngineDescription engine = AnalysisEngineFactory.createEngineDescription(RutaEngine.class,
					(TypeSystemDescription) null, // types come from the CAS; null spares uimaFIT a class path scan
					RutaEngine.PARAM_RULES, rules,
					RutaEngine.PARAM_RULES_SCRIPT_NAME, name,
					RutaEngine.PARAM_SCRIPT_PATHS, new String[] { folder },
					RutaEngine.PARAM_RESOURCE_PATHS, new String[] { folder },
					// Ruta's token and bookkeeping annotations are its own business, not the next engine's.
					RutaEngine.PARAM_REMOVE_BASICS, true);
			ruta = UIMAFramework.produceAnalysisEngine(engine, resourcesForRuta(context), null);
		} catch (ResourceInitializationException | RuntimeException e) {
			throw failure(syntaxError(e), e);
		}
	}

	/**
	 * While an engine runs, UIMA looks JCas classes up through the extension class loader of its resource manager,
	 * or, if that has none, through UIMA's own class loader, which in OSGi does not see Ruta's. Ruta's engine runs
	 * inside this one, and UIMA refuses to switch to a second, different loader there: so it runs with this engine's
	 * resource manager when that has a loader, which then must see Ruta's classes (in Glossator it is this bundle's),
	 * and with one of this bundle's loader otherwise (uimaFIT's default, for instance).
	 */
	private static ResourceManager resourcesForRuta(UimaContext context) {
		ResourceManager own = ((UimaContextAdmin) context).getResourceManager();
		return own.getExtensionClassLoader() != null ? own : rutaResources();
	}

	@Override
	public void process(JCas jcas) throws AnalysisEngineProcessException {
		try {
			ruta.process(jcas);
		} catch (AnalysisEngineProcessException | RuntimeException e) {
			throw new AnalysisEngineProcessException(new IllegalStateException("The rules of the Ruta script " + file + " failed", e));
		}
	}

	@Override
	public void destroy() {
		if (ruta != null) {
			ruta.destroy();
		}
		super.destroy();
	}

	/** The message for a script that cannot start: Ruta's syntax error with the file and line, or what went wrong. */
	private String syntaxError(Throwable e) {
		Throwable parseError = null;
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof RutaParseRuntimeException) {
				parseError = cause; // the innermost: Ruta wraps it in more of its kind, each prefixing the message
			}
		}
		if (parseError == null) {
			return "Ruta script " + file + " cannot start: " + e.getMessage();
		}
		Matcher located = RUTA_SYNTAX_ERROR.matcher(String.valueOf(parseError.getMessage()));
		return "Ruta script " + file + (located.matches() ? ", " + located.group(1) : ": " + parseError.getMessage());
	}

	private static ResourceInitializationException failure(String message, Throwable cause) {
		return new ResourceInitializationException(new IllegalArgumentException(message, cause));
	}
}
