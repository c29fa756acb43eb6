package org.glossator.io.xmi;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.internal.util.XMLUtils;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;
import org.glossator.core.internal.store.AtomicFiles;
import org.glossator.io.Exporter;
import org.glossator.io.LossReport;
import org.glossator.io.internal.AcceptedAnnotations;
import org.glossator.io.internal.ExportFiles;
import org.glossator.model.Annotation;
import org.glossator.model.Argument;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.Schema;
import org.glossator.model.validation.AnnotationValidator;
import org.glossator.uima.DocumentCasWriter;
import org.glossator.uima.SchemaTypes;
import org.xml.sax.SAXException;

/**
 * UIMA XMI: {@code foo.xmi} per document, written by uimaj's own XmiCasSerializer, and
 * {@code TypeSystem.xml} for the schema. The types are those of {@link SchemaTypes}: schema
 * type {@code PER} is {@code org.glossator.schema.PER} (XMI namespace
 * {@code http:///org/glossator/schema.ecore}), under {@code org.glossator.type.Entity},
 * {@code Event} or {@code Relation}. The CAS holds the accepted annotations, as
 * {@link DocumentCasWriter} writes them for engines; proposals and rejections are reported.
 */
public final class XmiExporter implements Exporter {

	public static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";

	/** Made for the first document and reset for each next one: creating a CAS costs far more than resetting it. */
	private Schema casSchema;
	private SchemaTypes types;
	private CAS cas;

	@Override
	public void exportSchema(Schema schema, Path folder, LossReport report) throws IOException {
		SchemaTypes schemaTypes = SchemaTypes.of(schema);
		AtomicFiles.replace(folder.resolve(TYPE_SYSTEM_FILE), out -> {
			try {
				schemaTypes.description().toXML(out);
			} catch (SAXException e) {
				throw new IOException("Cannot write the type system: " + e.getMessage(), e);
			}
		});
		report.add(LossReport.SCHEMA, schema.getName(),
				"value sets, role fillers and cardinalities, relation end types, colours and keys (a UIMA type system has none)");
	}

	@Override
	public void exportDocument(Document document, Schema schema, Path folder, LossReport report) throws IOException {
		String name = ExportFiles.baseName(document);
		int nonXml = XMLUtils.checkForNonXmlCharacters(document.getText());
		if (nonXml >= 0) {
			report.add(name, "the whole document", String.format("text holds U+%04X at offset %d, which XML 1.0 cannot (not written)",
					(int) document.getText().charAt(nonXml), nonXml));
			return;
		}
		reportWhatTheCasLeavesOut(document, name, report);
		CAS filled = casFor(schema);
		new DocumentCasWriter(types).write(document, filled);
		AtomicFiles.replace(folder.resolve(name + ".xmi"), out -> {
			try {
				XmiCasSerializer.serialize(filled, null, out, true, null);
			} catch (SAXException e) {
				throw new IOException("Cannot write " + name + ".xmi: " + e.getMessage(), e);
			}
		});
	}

	private CAS casFor(Schema schema) throws IOException {
		if (schema != casSchema) {
			types = SchemaTypes.of(schema);
			try {
				cas = CasCreationUtils.createCas(types.description(), null, null);
			} catch (ResourceInitializationException e) {
				throw new IOException("The schema " + schema.getName() + " gives no valid UIMA type system: " + e.getMessage(), e);
			}
			casSchema = schema;
		}
		cas.reset();
		return cas;
	}

	/** What {@link DocumentCasWriter} leaves out of the CAS besides what {@link AcceptedAnnotations} reports. */
	private static void reportWhatTheCasLeavesOut(Document document, String name, LossReport report) {
		for (Annotation annotation : AcceptedAnnotations.of(document, name, report)) {
			for (AttributeValue value : annotation.getAttributes()) {
				if (annotation.getType().getAttributes().stream().noneMatch(definition -> definition.getName().equals(value.getName()))) {
					report.add(name, AnnotationValidator.label(annotation) + " attribute " + value.getName(), "attribute its type does not define");
				}
			}
			if (annotation instanceof Event event) {
				for (Argument argument : AcceptedAnnotations.arguments(event)) {
					if (((EventType) event.getType()).getRoles().stream().noneMatch(role -> role.getName().equals(argument.getRole()))) {
						report.add(name, AnnotationValidator.label(annotation) + " argument " + argument.getRole(), "role its type does not define");
					}
				}
			}
		}
	}
}
