package org.glossator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryStrategy;

import org.glossator.io.brat.BratExporter;
import org.glossator.io.brat.BratImporter;
import org.glossator.io.conll.Conll2002Exporter;
import org.glossator.io.conll.Conll2002Importer;
import org.glossator.io.conll.Conll2003Importer;
import org.glossator.io.jsonl.SpacyImporter;
import org.junit.jupiter.api.Test;

class FormatRegistryTest {

	@Test
	void builtInFormatsComeThroughTheExtensionPoint() {
		FormatRegistry registry = FormatRegistry.fromPlatform();
		assertEquals(List.of(), registry.problems());
		assertEquals(List.of("org.glossator.io.brat", "org.glossator.io.conll2002", "org.glossator.io.conll2003", "org.glossator.io.xmi",
				"org.glossator.io.jsonl", "org.glossator.io.doccano", "org.glossator.io.spacy", "org.glossator.io.tsv"),
				registry.formats().stream().map(Format::id).toList());
		Format brat = registry.format("org.glossator.io.brat").orElseThrow();
		assertEquals("brat standoff", brat.name());
		assertEquals(List.of("ann", "txt", "conf"), brat.extensions());
		assertInstanceOf(BratExporter.class, brat.newExporter().orElseThrow());
		assertInstanceOf(BratImporter.class, brat.newImporter().orElseThrow());
		Format conll = registry.format("org.glossator.io.conll2002").orElseThrow();
		assertInstanceOf(Conll2002Exporter.class, conll.newExporter().orElseThrow());
		assertInstanceOf(Conll2002Importer.class, conll.newImporter().orElseThrow());
		assertInstanceOf(Conll2003Importer.class, registry.format("org.glossator.io.conll2003").orElseThrow().newImporter().orElseThrow());
		assertInstanceOf(SpacyImporter.class, registry.format("org.glossator.io.spacy").orElseThrow().newImporter().orElseThrow());
	}

	/** A registry of its own, fed like Eclipse feeds the platform's, with one good and two broken contributions. */
	@Test
	void brokenContributionsAreLeftOutAndNamed() {
		Object token = new Object();
		IExtensionRegistry registry = RegistryFactory.createRegistry(new RegistryStrategy(null, null), token, token);
		String pluginXml = """
				<plugin>
				  <extension-point id="formats" name="formats"/>
				  <extension point="org.glossator.io.formats">
				    <format id="x.tsv" name="TSV" extensions="tsv, tab" exporter="x.TsvExporter"/>
				    <format id="x.tsv" name="TSV again" extensions="tsv"/>
				    <format id="x.json" extensions="json"/>
				  </extension>
				</plugin>
				""";
		assertTrue(registry.addContribution(new ByteArrayInputStream(pluginXml.getBytes(StandardCharsets.UTF_8)),
				ContributorFactorySimple.createContributor("org.glossator.io"), false, null, null, token));

		FormatRegistry formats = FormatRegistry.fromExtensions(registry);
		assertEquals(List.of("x.tsv"), formats.formats().stream().map(Format::id).toList());
		assertEquals(List.of("tsv", "tab"), formats.format("x.tsv").orElseThrow().extensions());
		assertTrue(formats.format("x.tsv").orElseThrow().newImporter().isEmpty());
		assertEquals(List.of("The format x.tsv of org.glossator.io has the id of another format",
				"A format of org.glossator.io lacks its id, name or extensions"), formats.problems());
		registry.stop(token);
	}

	@Test
	void plainJavaRegistersFormatsItself() {
		FormatRegistry registry = new FormatRegistry();
		registry.register(new Format("x.brat", "brat", List.of("ann"), BratExporter::new, null));
		assertInstanceOf(BratExporter.class, registry.format("x.brat").orElseThrow().newExporter().orElseThrow());
		assertTrue(registry.format("x.brat").orElseThrow().newImporter().isEmpty());
		IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
				() -> registry.register(new Format("x.brat", "other", List.of(), null, BratImporter::new)));
		assertEquals("A format with the id x.brat is registered already", duplicate.getMessage());
	}
}
