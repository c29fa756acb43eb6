package org.glossator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.glossator.core.store.CorpusStore;
import org.glossator.io.LossReport.Loss;
import org.glossator.io.brat.BratImporter;
import org.glossator.io.jsonl.DoccanoImporter;
import org.glossator.io.jsonl.JsonlImporter;
import org.glossator.io.tsv.TsvImporter;
import org.glossator.model.AnnotationType;
import org.glossator.model.EntityType;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.RelationType;
import org.glossator.model.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unknown types on import: refused by default, mapped, added to a copy of the schema, or dropped and listed. */
class TypeResolverTest {

	private static final String TEXT = "\uD83D\uDE00 Assad met Putin in Damascus.";
	/** T1 of an unknown entity type, an event of an unknown type with a role, a relation of an unknown type. */
	private static final String ANN = """
			T1\tPERSON 2 7\tAssad
			T2\tPER 12 17\tPutin
			T3\tTalks 8 11\tmet
			E1\tTalks:T3 Speaker:T1 Speaker2:T2
			R1\tFriend-of Arg1:T1 Arg2:T2
			R2\tAlly-of Arg1:T2 Arg2:T1
			A1\tTone E1 warm
			""";

	@TempDir
	Path folder;
	private Schema schema;

	@BeforeEach
	void corpus() throws Exception {
		schema = CorpusStore.open(SampleCorpus.schemaWithTexts(Files.createDirectory(folder.resolve("corpus")))).corpus().getSchema();
		Files.writeString(folder.resolve("doc.txt"), TEXT);
		Files.writeString(folder.resolve("doc.ann"), ANN);
	}

	@Test
	void strictRefusesTheFirstUnknownTypeWithFileAndLine() {
		ImportException refused = assertThrows(ImportException.class, () -> new BratImporter().importDocument(folder.resolve("doc.ann"), schema));
		assertEquals(1, refused.getLine());
		assertTrue(refused.getMessage().endsWith("doc.ann, line 1: T1 has the type PERSON, which the schema does not define"), refused.getMessage());
	}

	@Test
	void mappingRenamesForeignTypesAndNamesItsFileWhenTheTargetIsMissing() throws Exception {
		Path mapping = Files.writeString(folder.resolve("types.map"), "# brat names\nPERSON -> PER\nTalks -> Meeting\nFriend-of -> Ally-of\n");
		TypeResolver types = new TypeResolver(schema, TypeMapping.read(mapping), UnknownTypes.REFUSE);
		ImportedDocument imported = new BratImporter().importDocument(folder.resolve("doc.ann"), types);
		assertEquals(List.of("T1 PER", "T2 PER", "E1 Meeting", "R1 Ally-of", "R2 Ally-of"),
				imported.document().getAnnotations().stream().map(annotation -> annotation.getId() + " " + annotation.getType().getName()).toList());
		assertSame(schema, types.schema());
		assertTrue(types.newTypes().isEmpty());

		Files.writeString(mapping, "PERSON -> Persona\n");
		ImportException refused = assertThrows(ImportException.class, () -> new BratImporter().importDocument(folder.resolve("doc.ann"),
				new TypeResolver(schema, TypeMapping.read(mapping), UnknownTypes.REFUSE)));
		assertTrue(refused.getMessage().contains("T1 has the type Persona (mapped from PERSON by " + mapping + "), which the schema does not define"),
				refused.getMessage());
	}

	@Test
	void brokenMappingFileIsRefusedWithFileAndLine() throws Exception {
		Path mapping = Files.writeString(folder.resolve("bad.map"), "PERSON -> PER\n\nORG => ORG\n");
		ImportException refused = assertThrows(ImportException.class, () -> TypeMapping.read(mapping));
		assertEquals(mapping, refused.getPath());
		assertEquals(3, refused.getLine());
		Files.writeString(mapping, "PERSON -> PER\nPERSON -> PER\n");
		assertTrue(assertThrows(ImportException.class, () -> TypeMapping.read(mapping)).getMessage()
				.endsWith("line 2: PERSON is mapped twice, first on line 1"));
		Files.writeString(mapping, "NamedEntity/value -> PER\n");
		assertTrue(assertThrows(ImportException.class, () -> TypeMapping.read(mapping)).getMessage()
				.endsWith("line 1: type/feature needs =value, or * as its target"));
		Files.writeString(mapping, "NamedEntity -> *\n");
		assertTrue(assertThrows(ImportException.class, () -> TypeMapping.read(mapping)).getMessage()
				.endsWith("line 1: * takes the label from a feature: write type/feature -> *"));
	}

	@Test
	void featureRulesArePickedMostSpecificFirst() throws Exception {
		Path mapping = Files.writeString(folder.resolve("ner.map"), """
				NamedEntity/value=PERSON -> PER
				NamedEntity/value -> *
				NamedEntity -> ORG
				Token -> -
				""");
		TypeMapping rules = TypeMapping.read(mapping);
		assertEquals("PER", rules.target("NamedEntity", feature -> feature.equals("value") ? "PERSON" : null).orElseThrow());
		assertEquals("GPE", rules.target("NamedEntity", feature -> feature.equals("value") ? "GPE" : null).orElseThrow());
		assertEquals("ORG", rules.target("NamedEntity", feature -> null).orElseThrow());
		assertEquals(TypeMapping.DROP, rules.target("Token", feature -> null).orElseThrow());
		assertTrue(rules.target("Sentence", feature -> null).isEmpty());
		assertEquals(List.of("value"), rules.featuresOf("NamedEntity"));
	}

	@Test
	void addingTypesGrowsACopyOfTheSchemaWithTheRightKinds() throws Exception {
		TypeResolver types = new TypeResolver(schema, TypeMapping.NONE, UnknownTypes.ADD_TO_SCHEMA);
		ImportedDocument imported = new BratImporter().importDocument(folder.resolve("doc.ann"), types);
		assertNotSame(schema, types.schema());
		assertNull(find(schema, "PERSON"), "the corpus's schema stays as it is");
		assertEquals(List.of("PERSON", "Talks", "Friend-of"), types.newTypes().stream().map(AnnotationType::getName).toList());
		assertInstanceOf(EntityType.class, find(types.schema(), "PERSON"));
		EventType talks = assertInstanceOf(EventType.class, find(types.schema(), "Talks"));
		assertInstanceOf(RelationType.class, find(types.schema(), "Friend-of"));
		// brat numbers repeated roles: Speaker2 is a second Speaker
		assertEquals(List.of("Speaker"), talks.getRoles().stream().map(role -> role.getName()).toList());
		assertEquals(List.of("Tone"), talks.getAttributes().stream().map(attribute -> attribute.getName()).toList());
		assertEquals(5, imported.document().getAnnotations().size());
		assertSame(find(types.schema(), "PER"), imported.document().getAnnotations().get(1).getType(), "known types come from the copy too");
		assertTrue(imported.notCarried().isEmpty());
	}

	@Test
	void lenientDropsUnknownTypesAndWhatNeedsThemAndListsEverything() throws Exception {
		TypeResolver types = new TypeResolver(schema, TypeMapping.NONE, UnknownTypes.DROP);
		ImportedDocument imported = new BratImporter().importDocument(folder.resolve("doc.ann"), types);
		assertEquals(List.of("T2 PER"), imported.document().getAnnotations().stream()
				.map(annotation -> annotation.getId() + " " + annotation.getType().getName()).toList());
		assertEquals(List.of(new Loss("Annotation T1 (PERSON) 3-8", "type not in the schema"),
				new Loss("Annotation E1 (Talks) 9-12", "type not in the schema"),
				new Loss("Annotation R1 (Friend-of)", "type not in the schema"),
				new Loss("Annotation R2 (Ally-of)", "relation with a dropped end")), imported.notCarried());
		assertEquals(List.of("PERSON", "Talks", "Friend-of"), List.copyOf(types.unknownNames()));
		assertSame(schema, types.schema());
	}

	@Test
	void droppedFillerTakesItsArgumentAlong() throws Exception {
		Path mapping = Files.writeString(folder.resolve("types.map"), "Talks -> Meeting\nSpeaker -> Participant\n");
		Files.writeString(folder.resolve("doc.ann"), "T1\tPERSON 2 7\tAssad\nT2\tPER 12 17\tPutin\nT3\tTalks 8 11\tmet\nE1\tTalks:T3 Participant:T1 Participant2:T2\n");
		ImportedDocument imported = new BratImporter().importDocument(folder.resolve("doc.ann"),
				new TypeResolver(schema, TypeMapping.read(mapping), UnknownTypes.DROP));
		Event meeting = (Event) imported.document().getAnnotations().get(1);
		assertEquals(List.of("Participant T2"), meeting.getArguments().stream().map(argument -> argument.getRole() + " " + argument.getFiller().getId()).toList());
		assertEquals(new Loss("Annotation E1 (Meeting) Participant", "argument filled by a dropped annotation"), imported.notCarried().get(1));
	}

	@Test
	void everyImporterResolvesThroughTheResolver() throws Exception {
		Path mapping = Files.writeString(folder.resolve("types.map"), "PERSON -> PER\nCITY -> GPE\n");
		TypeResolver types = new TypeResolver(schema, TypeMapping.read(mapping), UnknownTypes.DROP);
		Path doccano = Files.writeString(folder.resolve("d.jsonl"), "{\"id\": 1, \"text\": \"Assad in Damascus\", \"label\": [[0, 5, \"PERSON\"], [9, 17, \"CITY\"], [6, 8, \"MISC\"]]}\n");
		ImportedDocument fromDoccano = new DoccanoImporter().importDocuments(doccano, types).get(0);
		assertEquals(List.of("PER", "GPE"), fromDoccano.document().getAnnotations().stream().map(annotation -> annotation.getType().getName()).toList());
		assertEquals(List.of(new Loss("Annotation T3 (MISC) 6-8", "type not in the schema")), fromDoccano.notCarried());

		Path jsonl = Files.writeString(folder.resolve("j.jsonl"), "{\"name\": \"j\", \"text\": \"Assad in Damascus\", \"spans\": ["
				+ "{\"id\": \"T1\", \"start\": 0, \"end\": 5, \"label\": \"PERSON\"}, {\"id\": \"T2\", \"start\": 9, \"end\": 17, \"label\": \"TOWN\"}],"
				+ " \"relations\": [{\"id\": \"R1\", \"label\": \"Ally-of\", \"source\": \"T1\", \"target\": \"T2\"}]}\n");
		ImportedDocument fromJsonl = new JsonlImporter().importDocuments(jsonl, types).get(0);
		assertEquals(List.of("T1"), fromJsonl.document().getAnnotations().stream().map(annotation -> annotation.getId()).toList());
		assertEquals(List.of("type not in the schema", "relation with a dropped end"), fromJsonl.notCarried().stream().map(Loss::reason).toList());

		Path tsv = Files.writeString(folder.resolve("t.tsv"), """
				#FORMAT=WebAnno TSV 3.3
				#T_SP=webanno.custom.Entity|label


				#Text=Assad in Damascus
				1-1\t0-5\tAssad\tPERSON\t
				1-2\t6-8\tin\t_\t
				1-3\t9-17\tDamascus\tCITY\t
				""");
		assertEquals(List.of("PER", "GPE"), new TsvImporter().importDocument(tsv, types).document().getAnnotations().stream()
				.map(annotation -> annotation.getType().getName()).toList());
	}

	private static AnnotationType find(Schema schema, String name) {
		return java.util.stream.Stream.of(schema.getEntityTypes(), schema.getEventTypes(), schema.getRelationTypes()).flatMap(List::stream)
				.filter(type -> type.getName().equals(name)).findFirst().orElse(null);
	}
}
