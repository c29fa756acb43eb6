package org.glossator.io.tsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.glossator.io.Canonical;
import org.glossator.io.ImportException;
import org.glossator.io.ImportedDocument;
import org.glossator.io.LossReport.Loss;
import org.glossator.model.EntityType;
import org.glossator.model.EventType;
import org.glossator.model.GlossatorFactory;
import org.glossator.model.RelationType;
import org.glossator.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of the WebAnno TSV 3.3 specification, read by our importer. The specification
 * is webanno-io-tsv/src/main/resources/META-INF/asciidoc/user-guide/webannotsv.adoc in
 * github.com/webanno/webanno (Apache License 2.0); each fixture below joins one of its
 * header examples to the body example beside it, adding only a {@code #Text=} line where the
 * specification shows none. No validator of the format exists to check our files against.
 */
class TsvSpecificationExamplesTest {

	@TempDir
	Path folder;

	/** Section "Encoding and Offsets": offsets count UTF-16 code units, so the emoji takes two. */
	@Test
	void emojiTakesTwoOffsets() throws Exception {
		ImportedDocument imported = read("""
				#FORMAT=WebAnno TSV 3.3
				#T_SP=webanno.custom.Span|value


				#Text=I like it \uD83D\uDE0A .
				1-1\t0-1\tI\t_
				1-2\t2-6\tlike\t_
				1-3\t7-9\tit\t_
				1-4\t10-12\t\uD83D\uDE0A\t*
				1-5\t13-14\t.\t_
				""", schema(List.of("Span"), List.of(), List.of()));
		assertEquals("I like it \uD83D\uDE0A .", imported.document().getText());
		// no value: the layer's short name is the type
		assertEquals(List.of("T1 EntityMention Span [10-12] {}"), Canonical.annotations(imported.document()));
	}

	/** Section "Disambiguation IDs": a multi-token annotation and a stacked one share token 1-1. */
	@Test
	void multiTokenAndStackedSpans() throws Exception {
		ImportedDocument imported = read("""
				#FORMAT=WebAnno TSV 3.3
				#T_SP=de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS|PosValue
				#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|value


				#Text=Ms. Haag
				1-1\t0-3\tMs.\tNNP\tPER[1]|PERpart[2]
				1-2\t4-8\tHaag\tNNP\tPER[1]
				""", schema(List.of("NNP", "PER", "PERpart"), List.of(), List.of()));
		assertEquals(List.of("T1 EntityMention NNP [0-3] {}", "T2 EntityMention PER [0-8] {}", "T3 EntityMention PERpart [0-3] {}",
				"T4 EntityMention NNP [4-8] {}"), Canonical.annotations(imported.document()));
	}

	/**
	 * Section "Slot features": roles and targets separated by ';', a multi-token target with
	 * its id. The specification's row 2-2 lacks the last column (webanno.custom.Lu); as printed
	 * it is refused, and with that column added ({@code _}) it reads.
	 */
	@Test
	void slotFeaturesBecomeArguments() throws Exception {
		String header = """
				#FORMAT=WebAnno TSV 3.3
				#T_SP=webanno.custom.Frame|FE|ROLE_webanno.custom.Frame:Roles_webanno.custom.FrameRolesLink|webanno.custom.Lu
				#T_SP=webanno.custom.Lu|luvalue


				#Text=Bob auctioned the clock  to John.
				2-1\t27-30\tBob\t_\t_\t_\tbob
				""";
		String rest = """
				2-3\t41-44\tthe\t_\t_\t_\tclock[4]
				2-4\t45-50\tclock\t_\t_\t_\tclock[4]
				2-5\t52-54\tto\t_\t_\t_\t_
				2-6\t55-59\tJohn\t_\t_\t_\tjohn
				2-7\t59-60\t.\t_\t_\t_\t_
				""";
		String asPrinted = "2-2\t31-40\tauctioned\ttransaction\tseller;goods;buyer\t2-1;2-3[4];2-6\n";
		Schema schema = schema(List.of("bob", "clock", "john"), List.of("transaction"), List.of());
		Files.writeString(folder.resolve("example.tsv"), header + asPrinted + rest);
		ImportException refused = assertThrows(ImportException.class, () -> new TsvImporter().importDocument(folder.resolve("example.tsv"), schema));
		assertEquals(folder.resolve("example.tsv") + ", line 8: the row has 6 columns, the header declares 7 (truncated file?)", refused.getMessage());

		ImportedDocument imported = read(header + asPrinted.replace("\n", "\t_\n") + rest, schema);
		// the sentence is numbered 2 and begins at 27: the text before it is padded with spaces
		assertEquals(" ".repeat(27) + "Bob auctioned the clock  to John.", imported.document().getText());
		assertEquals(List.of("E1 Event transaction [31-40] {} (seller:T1 goods:T2 buyer:T3)", "T1 EntityMention bob [27-30] {}",
				"T2 EntityMention clock [41-50] {}", "T3 EntityMention john [55-59] {}"), Canonical.annotations(imported.document()));
	}

	/** Section "Chain Annotations": coreference chains have no place in the model and are listed. */
	@Test
	void chainsAreListedAsNotCarried() throws Exception {
		ImportedDocument imported = read("""
				#FORMAT=WebAnno TSV 3.3
				#T_CH=de.tudarmstadt.ukp.dkpro.core.api.coref.type.CoreferenceLink|referenceType|referenceRelation


				#Text=He shot himself with his revolver.
				1-1\t0-2\tHe\tpr[1]\tcoref->1-1
				1-2\t3-7\tshot\t_\t_
				1-3\t8-15\thimself\tpr[1]\tcoref->1-2
				1-4\t16-20\twith\t_\t_
				1-5\t21-24\this\tpr[1]\t*->1-3
				1-6\t25-33\trevolver\t_\t_
				1-7\t33-34\t.\t_\t_
				""", schema(List.of(), List.of(), List.of()));
		assertEquals(List.of(), imported.document().getAnnotations());
		assertEquals(List.of("1-1", "1-3", "1-5"), imported.notCarried().stream().map(loss -> loss.subject().split(" ")[0]).toList());
		assertEquals(new Loss("1-1 de.tudarmstadt.ukp.dkpro.core.api.coref.type.CoreferenceLink pr[1]", "coreference chain"),
				imported.notCarried().get(0));
	}

	/** Section "Relation Annotations": each arc stands on its dependent's row and names its governor's; 1-3 holds two. */
	@Test
	void relationsPointFromTheirSourceRow() throws Exception {
		ImportedDocument imported = read("""
				#FORMAT=WebAnno TSV 3.3
				#T_SP=de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS|PosValue
				#T_RL=de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency|DependencyType|BT_de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS


				#Text=Ms. Haag plays Elianti .
				1-1\t0-3\tMs.\tNNP\tSUBJ\t1-3
				1-2\t4-8\tHaag\tNNP\tSBJ\t1-3
				1-3\t9-14\tplays\tVBD\tP|ROOT\t1-5|1-3
				1-4\t15-22\tElianti\tNNP\tOBJ\t1-3
				1-5\t23-24\t.\t.\t_\t_
				""", schema(List.of("NNP", "VBD", "."), List.of(), List.of("SUBJ", "SBJ", "P", "ROOT", "OBJ")));
		assertEquals(List.of("R1 Relation SUBJ [] {} T3->T1", "R2 Relation SBJ [] {} T3->T2", "R3 Relation P [] {} T5->T3",
				"R4 Relation ROOT [] {} T3->T3", "R5 Relation OBJ [] {} T3->T4", "T1 EntityMention NNP [0-3] {}", "T2 EntityMention NNP [4-8] {}",
				"T3 EntityMention VBD [9-14] {}", "T4 EntityMention NNP [15-22] {}", "T5 EntityMention . [23-24] {}"),
				Canonical.annotations(imported.document()));
	}

	/** Section "Relation Annotations", its complete file: {@code 1-1[0_1]} names an unambiguous source and target 1. */
	@Test
	void relationEndsAreDisambiguated() throws Exception {
		ImportedDocument imported = read("""
				#FORMAT=WebAnno TSV 3.3
				#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|value
				#T_RL=webanno.custom.Relation|value|BT_de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity


				#Text=This is a test .
				1-1\t0-4\tThis\t*\t_\t_
				1-2\t5-7\tis\t_\t_\t_
				1-3\t8-9\ta\t_\t_\t_
				1-4\t10-14\ttest\t_\t_\t_
				1-5\t15-16\t.\t*[1]|*[2]\t*\t1-1[0_1]
				""", schema(List.of("NamedEntity"), List.of(), List.of("Relation")));
		assertEquals(List.of("R1 Relation Relation [] {} T1->T2", "T1 EntityMention NamedEntity [0-4] {}",
				"T2 EntityMention NamedEntity [15-16] {}", "T3 EntityMention NamedEntity [15-16] {}"), Canonical.annotations(imported.document()));
	}

	private ImportedDocument read(String tsv, Schema schema) throws Exception {
		Path file = folder.resolve("example.tsv");
		Files.writeString(file, tsv);
		ImportedDocument imported = new TsvImporter().importDocument(file, schema);
		assertEquals("example.txt", imported.document().getTextPath());
		return imported;
	}

	static Schema schema(List<String> entityTypes, List<String> eventTypes, List<String> relationTypes) {
		GlossatorFactory factory = GlossatorFactory.eINSTANCE;
		Schema schema = factory.createSchema();
		for (String name : entityTypes) {
			EntityType type = factory.createEntityType();
			type.setName(name);
			schema.getEntityTypes().add(type);
		}
		for (String name : eventTypes) {
			EventType type = factory.createEventType();
			type.setName(name);
			schema.getEventTypes().add(type);
		}
		for (String name : relationTypes) {
			RelationType type = factory.createRelationType();
			type.setName(name);
			schema.getRelationTypes().add(type);
		}
		return schema;
	}
}
