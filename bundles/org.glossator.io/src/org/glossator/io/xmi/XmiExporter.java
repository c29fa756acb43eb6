package org.glossator.io.xmi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

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
import org.glossator.io.internal.XmiStreamHandler;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.AttributeDefinition;
import org.glossator.model.AttributeValue;
import org.glossator.model.Document;
import org.glossator.model.EntityMention;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.Role;
import org.glossator.model.Schema;
import org.glossator.model.validation.AnnotationValidator;
import org.glossator.uima.DocumentCasWriter;
import org.glossator.uima.SchemaTypes;
import org.xml.sax.SAXException;

/**
 * UIMA XMI: {@code foo.xmi} per document, written by uimaj's own XmiCasSerializer (through {@link XmiStreamHandler}), and
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
		// Reported only once the file is written: a text XML cannot hold makes the whole document the one loss.
		LossReport losses = new LossReport();
		CAS filled = casFor(schema);
		new DocumentCasWriter(types).write(document, filled, new CasLosses(name, losses));
		try {
			AtomicFiles.replace(folder.resolve(name + ".xmi"), out -> {
				try {
					new XmiCasSerializer(null).serialize(filled, new XmiStreamHandler(out));
				} catch (SAXException | XMLStreamException e) {
					throw new IOException("Cannot write " + name + ".xmi: " + e.getMessage(), e);
				}
			});
		} catch (IOException e) {
			// The writer checks every character it writes; a scan of the text beforehand would cost a second pass.
			int nonXml = e.getCause() instanceof SAXException ? XMLUtils.checkForNonXmlCharacters(document.getText()) : -1;
			if (nonXml < 0) {
				throw e;
			}
			report.add(name, "the whole document", String.format("text holds U+%04X at offset %d, which XML 1.0 cannot (not written)",
					(int) document.getText().charAt(nonXml), nonXml));
			return;
		}
		losses.of(name).forEach(loss -> report.add(name, loss.subject(), loss.reason()));
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

	/**
	 * Reports, annotation by annotation as {@link DocumentCasWriter} passes them, what the CAS leaves out: what
	 * {@link AcceptedAnnotations} reports, and attributes and roles the annotation's type does not define.
	 */
	private static final class CasLosses implements Consumer<Annotation> {

		private final String name;
		private final LossReport report;
		// The names each type defines, gathered once per type rather than searched for every annotation.
		private final Map<AnnotationType, Set<String>> definedAttributes = new IdentityHashMap<>();
		private final Map<EventType, Set<String>> definedRoles = new IdentityHashMap<>();

		CasLosses(String name, LossReport report) {
			this.name = name;
			this.report = report;
		}

		@Override
		public void accept(Annotation annotation) {
			if (!AcceptedAnnotations.isWritten(annotation, name, report)) {
				return;
			}
			if (!annotation.getAttributes().isEmpty()) {
				Set<String> attributes = definedAttributes.computeIfAbsent(annotation.getType(),
						type -> type.getAttributes().stream().map(AttributeDefinition::getName).collect(Collectors.toSet()));
				for (AttributeValue value : annotation.getAttributes()) {
					if (!attributes.contains(value.getName())) {
						report.add(name, AnnotationValidator.label(annotation) + " attribute " + value.getName(), "attribute its type does not define");
					}
				}
			}
			// Mentions asked first: a failed check against an interface costs a search of the class's interfaces.
			if (!(annotation instanceof EntityMention) && annotation instanceof Event event && !event.getArguments().isEmpty()) {
				Set<String> roles = definedRoles.computeIfAbsent((EventType) event.getType(),
						type -> type.getRoles().stream().map(Role::getName).collect(Collectors.toSet()));
				for (Argument argument : event.getArguments()) {
					// Only written arguments count; which those are is asked only for a role the type lacks.
					if (!roles.contains(argument.getRole()) && AcceptedAnnotations.arguments(event).contains(argument)) {
						report.add(name, AnnotationValidator.label(annotation) + " argument " + argument.getRole(), "role its type does not define");
					}
				}
			}
		}
	}
}
