package org.glossator.io.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.apache.uima.internal.util.XMLUtils;
import org.codehaus.stax2.XMLOutputFactory2;
import org.codehaus.stax2.XMLStreamWriter2;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import com.ctc.wstx.stax.WstxOutputFactory;

/**
 * Writes the SAX events of uimaj's {@code XmiCasSerializer} through Woodstox's stream writer, in the layout uimaj's
 * own {@code XMLSerializer} gives with pretty printing (each element on its own line, four spaces a level). uimaj's
 * sink, the JDK's identity transformer, took a third of the serializer's time in a profile of a 200,000-annotation
 * export; Woodstox writes the same events for less and makes less garbage. Like {@code XMLSerializer}, it refuses
 * characters XML 1.0 cannot hold, before writing them. Woodstox escapes CR, LF and tab in attribute values as
 * character references, so that the text (the sofa's attribute) keeps its line ends when read back.
 */
public final class XmiStreamHandler extends DefaultHandler {

	private static final int INDENT = 4;
	/** Configured once: a factory is thread-safe once configured, and making one looks up its defaults. */
	private static final XMLOutputFactory2 FACTORY = new WstxOutputFactory();

	static {
		// <cas:NULL xmi:id="0"/> as uimaj writes it, not <cas:NULL xmi:id="0"></cas:NULL>
		FACTORY.setProperty(XMLOutputFactory2.P_AUTOMATIC_EMPTY_ELEMENTS, Boolean.TRUE);
	}

	private final XMLStreamWriter2 writer;
	/** A line break and the indentation of each depth, made when first needed. */
	private final List<char[]> indentation = new ArrayList<>();
	private String element;
	private int depth;
	/** Whether the open element has child elements: its end tag then goes on a line of its own. */
	private boolean hasChildren;

	public XmiStreamHandler(OutputStream out) throws XMLStreamException {
		writer = (XMLStreamWriter2) FACTORY.createXMLStreamWriter(out, "UTF-8");
	}

	@Override
	public void startDocument() throws SAXException {
		try {
			writer.writeStartDocument("UTF-8", "1.0");
		} catch (XMLStreamException e) {
			throw new SAXException(e);
		}
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		element = qName;
		try {
			if (depth > 0) {
				newLine(depth);
			}
			writer.writeStartElement(qName);
			for (int i = 0; i < attributes.getLength(); i++) {
				String value = attributes.getValue(i);
				int bad = XMLUtils.checkForNonXmlCharacters(value);
				if (bad >= 0) {
					throw nonXml(value.charAt(bad), bad, "attribute " + attributes.getQName(i) + " of");
				}
				writer.writeAttribute(attributes.getQName(i), value);
			}
		} catch (XMLStreamException e) {
			throw new SAXException(e);
		}
		depth++;
		hasChildren = false;
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		depth--;
		try {
			if (hasChildren) {
				newLine(depth);
			}
			writer.writeEndElement();
		} catch (XMLStreamException e) {
			throw new SAXException(e);
		}
		hasChildren = true;
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		int bad = XMLUtils.checkForNonXmlCharacters(ch, start, length, false);
		if (bad >= 0) {
			throw nonXml(ch[bad], bad - start, "the text of");
		}
		try {
			writer.writeCharacters(ch, start, length);
		} catch (XMLStreamException e) {
			throw new SAXException(e);
		}
	}

	@Override
	public void endDocument() throws SAXException {
		try {
			writer.writeEndDocument();
			writer.flush(); // into the caller's stream, which the caller closes
		} catch (XMLStreamException e) {
			throw new SAXException(e);
		}
	}

	private void newLine(int level) throws XMLStreamException {
		while (indentation.size() <= level) {
			char[] line = new char[1 + INDENT * indentation.size()];
			Arrays.fill(line, ' ');
			line[0] = '\n';
			indentation.add(line);
		}
		char[] line = indentation.get(level);
		writer.writeRaw(line, 0, line.length);
	}

	private SAXException nonXml(char c, int offset, String where) {
		return new SAXException(String.format("U+%04X at offset %d of %s <%s> is not allowed in XML 1.0", (int) c, offset, where, element));
	}
}
