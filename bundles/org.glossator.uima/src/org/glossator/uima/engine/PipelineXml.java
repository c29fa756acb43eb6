package org.glossator.uima.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The XML form of a {@link CorpusPipeline}:
 *
 * <pre>
 * &lt;pipeline&gt;
 *   &lt;step engine="org.glossator.uima.gazetteer"&gt;
 *     &lt;parameter name="termLists" value="lists/GPE.txt,lists/ORG.txt"/&gt;
 *   &lt;/step&gt;
 * &lt;/pipeline&gt;
 * </pre>
 *
 * XML rather than JSON because the JDK reads and writes it, and engine descriptors are XML too.
 */
final class PipelineXml {

	private PipelineXml() {
	}

	static List<PipelineStep> read(Path file) throws IOException {
		Element root;
		try {
			root = builder().parse(file.toFile()).getDocumentElement();
		} catch (SAXException e) {
			throw new IOException("not well-formed XML: " + e.getMessage(), e);
		}
		if (!root.getTagName().equals("pipeline")) {
			throw new IOException("the root element is <" + root.getTagName() + ">, not <pipeline>");
		}
		List<PipelineStep> steps = new ArrayList<>();
		NodeList stepElements = root.getElementsByTagName("step");
		for (int i = 0; i < stepElements.getLength(); i++) {
			Element step = (Element) stepElements.item(i);
			if (step.getAttribute("engine").isBlank()) {
				throw new IOException("step " + (i + 1) + " names no engine");
			}
			Map<String, String> parameters = new LinkedHashMap<>();
			NodeList parameterElements = step.getElementsByTagName("parameter");
			for (int j = 0; j < parameterElements.getLength(); j++) {
				Element parameter = (Element) parameterElements.item(j);
				parameters.put(parameter.getAttribute("name"), parameter.getAttribute("value"));
			}
			steps.add(new PipelineStep(step.getAttribute("engine"), parameters));
		}
		return steps;
	}

	static void write(List<PipelineStep> steps, OutputStream out) throws IOException {
		try {
			Document xml = builder().newDocument();
			Element root = xml.createElement("pipeline");
			xml.appendChild(root);
			for (PipelineStep step : steps) {
				Element stepElement = xml.createElement("step");
				stepElement.setAttribute("engine", step.engineId());
				step.parameters().forEach((name, value) -> {
					Element parameter = xml.createElement("parameter");
					parameter.setAttribute("name", name);
					parameter.setAttribute("value", value);
					stepElement.appendChild(parameter);
				});
				root.appendChild(stepElement);
			}
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
			transformer.transform(new DOMSource(xml), new StreamResult(out));
		} catch (TransformerException e) {
			throw new IOException(e);
		}
	}

	private static DocumentBuilder builder() throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			// A pipeline file comes with a corpus from elsewhere: no external entities.
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder();
		} catch (ParserConfigurationException e) {
			throw new IOException(e);
		}
	}
}
