package org.glossator.uima;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.glossator.model.AnnotationType;
import org.glossator.model.AttributeDefinition;
import org.glossator.model.EntityType;
import org.glossator.model.EventType;
import org.glossator.model.Role;
import org.glossator.model.Schema;

/**
 * The UIMA type system of a schema: the {@linkplain GlossatorTypes fixed types} plus one type per schema type.
 * <p>
 * Naming: a schema type {@code NAME} becomes {@code org.glossator.schema.NAME}, extending
 * {@link GlossatorTypes#ENTITY}, {@link GlossatorTypes#EVENT} or {@link GlossatorTypes#RELATION} after its kind
 * (one package is enough: schema type names are unique across kinds). Each attribute {@code A} of the type
 * becomes a string feature {@code attr_A}; each role {@code R} of an event type an FSArray feature
 * {@code role_R} holding the fillers (of {@link GlossatorTypes#SCHEMA_ANNOTATION}), whatever the role's
 * cardinality. The prefixes keep schema names apart from UIMA's own features (begin, end, sofa) and from each
 * other. Every character of a name that is not a letter, digit or underscore becomes an underscore
 * ({@code Leader-of} is {@code org.glossator.schema.Leader_of}), and a name starting with a digit gets a
 * leading underscore; two schema names that end up the same are refused.
 */
public final class SchemaTypes {

	public static final String PACKAGE = "org.glossator.schema.";
	private static final String ATTRIBUTE_PREFIX = "attr_";
	private static final String ROLE_PREFIX = "role_";

	private final Schema schema;
	private final TypeSystemDescription description;
	private final Map<AnnotationType, String> uimaNames;
	private final Map<String, AnnotationType> schemaTypes;

	private SchemaTypes(Schema schema, TypeSystemDescription description, Map<AnnotationType, String> uimaNames) {
		this.schema = schema;
		this.description = description;
		this.uimaNames = uimaNames;
		this.schemaTypes = new HashMap<>();
		uimaNames.forEach((type, name) -> schemaTypes.put(name, type));
	}

	/** @throws IllegalArgumentException if two schema names map to the same UIMA name */
	public static SchemaTypes of(Schema schema) {
		TypeSystemDescription description = GlossatorTypes.description();
		description.setName("Glossator schema " + schema.getName());
		Map<AnnotationType, String> uimaNames = new LinkedHashMap<>();
		for (EntityType type : schema.getEntityTypes()) {
			add(description, uimaNames, type, GlossatorTypes.ENTITY);
		}
		for (EventType type : schema.getEventTypes()) {
			TypeDescription event = add(description, uimaNames, type, GlossatorTypes.EVENT);
			for (Role role : type.getRoles()) {
				event.addFeature(roleFeature(role.getName()), "Fillers of the role " + role.getName(), CAS.TYPE_NAME_FS_ARRAY,
						GlossatorTypes.SCHEMA_ANNOTATION, null);
			}
		}
		schema.getRelationTypes().forEach(type -> add(description, uimaNames, type, GlossatorTypes.RELATION));
		return new SchemaTypes(schema, description, uimaNames);
	}

	public Schema schema() {
		return schema;
	}

	/** The description of all types; a new CAS for documents of the schema needs (at least) these. */
	public TypeSystemDescription description() {
		return description;
	}

	public String uimaName(AnnotationType type) {
		String name = uimaNames.get(type);
		if (name == null) {
			throw new IllegalArgumentException("Type " + type.getName() + " is not in the schema " + schema.getName());
		}
		return name;
	}

	/** The schema type a UIMA type stands for, or null if it stands for none. */
	public AnnotationType schemaType(String uimaName) {
		return schemaTypes.get(uimaName);
	}

	public static String attributeFeature(String attribute) {
		return ATTRIBUTE_PREFIX + identifier(attribute);
	}

	public static String roleFeature(String role) {
		return ROLE_PREFIX + identifier(role);
	}

	private static TypeDescription add(TypeSystemDescription description, Map<AnnotationType, String> uimaNames,
			AnnotationType type, String supertype) {
		String name = PACKAGE + identifier(type.getName());
		uimaNames.forEach((other, otherName) -> {
			if (otherName.equals(name)) {
				throw new IllegalArgumentException("The schema types " + other.getName() + " and " + type.getName()
						+ " would both be the UIMA type " + name + "; rename one of them");
			}
		});
		uimaNames.put(type, name);
		TypeDescription uimaType = description.addType(name, type.getDescription(), supertype);
		for (AttributeDefinition attribute : type.getAttributes()) {
			uimaType.addFeature(attributeFeature(attribute.getName()), "Attribute " + attribute.getName(), CAS.TYPE_NAME_STRING);
		}
		return uimaType;
	}

	private static String identifier(String name) {
		StringBuilder identifier = new StringBuilder(name.length() + 1);
		if (name.isEmpty() || !Character.isLetter(name.codePointAt(0)) && name.charAt(0) != '_') {
			identifier.append('_');
		}
		name.codePoints().forEach(c -> identifier.appendCodePoint(Character.isLetterOrDigit(c) || c == '_' ? c : '_'));
		return identifier.toString();
	}
}
