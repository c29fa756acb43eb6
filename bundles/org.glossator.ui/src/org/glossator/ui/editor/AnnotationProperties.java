package org.glossator.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.glossator.core.edit.AnnotationCommands;
import org.glossator.model.Annotation;
import org.glossator.model.AnnotationStatus;
import org.glossator.model.AnnotationType;
import org.glossator.model.Argument;
import org.glossator.model.AttributeDefinition;
import org.glossator.model.AttributeValue;
import org.glossator.model.Event;
import org.glossator.model.EventType;
import org.glossator.model.GlossatorPackage;
import org.glossator.model.Relation;
import org.glossator.model.Schema;

/**
 * What the Properties view shows of an annotation: its type, status, attributes and arguments' roles, editable with
 * the choices the schema allows (an argument can also be removed there), and a relation's ends. Every change is an
 * undoable command of the document.
 */
final class AnnotationProperties implements IPropertySource {

	private static final String ID = "id";
	private static final String TYPE = "type";
	private static final String STATUS = "status";
	private static final String ORIGIN = "origin";
	private static final String CONFIDENCE = "confidence";
	private static final String ATTRIBUTE = "attribute:";
	private static final String ARGUMENT = "argument:";
	private static final String REMOVE_ARGUMENT = "(remove this argument)";
	private static final String ANNOTATION_CATEGORY = "Annotation";
	private static final String ATTRIBUTES_CATEGORY = "Attributes";
	private static final String LINKS_CATEGORY = "Arguments and ends";

	private final Annotation annotation;
	private final EditingDomain domain;
	private final AnnotationCommands commands;

	AnnotationProperties(Annotation annotation, EditingDomain domain) {
		this.annotation = annotation;
		this.domain = domain;
		this.commands = new AnnotationCommands(domain);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<PropertyDescriptor> descriptors = new ArrayList<>();
		descriptors.add(readOnly(ID, "Id", ANNOTATION_CATEGORY));
		descriptors.add(inCategory(new ComboBoxPropertyDescriptor(TYPE, "Type", typeNames()), ANNOTATION_CATEGORY));
		descriptors.add(inCategory(new ComboBoxPropertyDescriptor(STATUS, "Status", statusLiterals()), ANNOTATION_CATEGORY));
		descriptors.add(readOnly(ORIGIN, "Origin", ANNOTATION_CATEGORY));
		descriptors.add(readOnly(CONFIDENCE, "Confidence", ANNOTATION_CATEGORY));
		for (AttributeDefinition definition : definitions()) {
			String id = ATTRIBUTE + definition.getName();
			descriptors.add(inCategory(definition.getValues().isEmpty() ? new TextPropertyDescriptor(id, definition.getName())
					: new ComboBoxPropertyDescriptor(id, definition.getName(), choices(definition)), ATTRIBUTES_CATEGORY));
		}
		for (AttributeValue value : annotation.getAttributes()) {
			if (definitions().stream().noneMatch(definition -> definition.getName().equals(value.getName()))) {
				descriptors.add(readOnly(ATTRIBUTE + value.getName(), value.getName() + " (not in the schema)", ATTRIBUTES_CATEGORY));
			}
		}
		if (annotation instanceof Event event) {
			for (int i = 0; i < event.getArguments().size(); i++) {
				Argument argument = event.getArguments().get(i);
				descriptors.add(inCategory(new ComboBoxPropertyDescriptor(ARGUMENT + i, label(argument.getFiller()), roleChoices(event)),
						LINKS_CATEGORY));
			}
		} else if (annotation instanceof Relation) {
			descriptors.add(readOnly(ARGUMENT + "source", "Source", LINKS_CATEGORY));
			descriptors.add(readOnly(ARGUMENT + "target", "Target", LINKS_CATEGORY));
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		String key = (String) id;
		switch (key) {
		case ID:
			return annotation.getId();
		case TYPE:
			return List.of(typeNames()).indexOf(annotation.getType() == null ? "" : annotation.getType().getName());
		case STATUS:
			return annotation.getStatus().getValue();
		case ORIGIN:
			return annotation.getOrigin();
		case CONFIDENCE:
			return annotation.getConfidence() == null ? "" : annotation.getConfidence().toString();
		default:
			return key.startsWith(ATTRIBUTE) ? attributeValue(key.substring(ATTRIBUTE.length())) : link(key.substring(ARGUMENT.length()));
		}
	}

	private Object attributeValue(String name) {
		String value = annotation.getAttributes().stream().filter(attribute -> attribute.getName().equals(name))
				.map(AttributeValue::getValue).findFirst().orElse("");
		AttributeDefinition definition = definitions().stream().filter(d -> d.getName().equals(name)).findFirst().orElse(null);
		return definition == null || definition.getValues().isEmpty() ? value : List.of(choices(definition)).indexOf(value);
	}

	private Object link(String which) {
		return switch (which) {
		case "source" -> label(((Relation) annotation).getSource());
		case "target" -> label(((Relation) annotation).getTarget());
		default -> {
			Event event = (Event) annotation;
			yield List.of(roleChoices(event)).indexOf(event.getArguments().get(Integer.parseInt(which)).getRole());
		}
		};
	}

	private static String label(Annotation other) {
		return other == null ? "" : other.getId() + " " + (other.getType() == null ? "" : other.getType().getName());
	}

	/** The roles of the event's type, and a last choice that removes the argument. */
	private static String[] roleChoices(Event event) {
		List<String> roles = new ArrayList<>();
		if (event.getType() instanceof EventType type) {
			type.getRoles().forEach(role -> roles.add(role.getName()));
		}
		event.getArguments().stream().map(Argument::getRole).filter(role -> !roles.contains(role)).forEach(roles::add);
		roles.add(REMOVE_ARGUMENT);
		return roles.toArray(String[]::new);
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		String key = (String) id;
		Command command = null;
		if (TYPE.equals(key)) {
			String name = typeNames()[(Integer) value];
			command = commands.changeType(annotation, sameKindTypes().filter(type -> type.getName().equals(name)).findFirst().orElseThrow());
		} else if (STATUS.equals(key)) {
			AnnotationStatus status = AnnotationStatus.get((Integer) value);
			command = switch (status) {
			case ACCEPTED -> commands.accept(annotation);
			case REJECTED -> commands.reject(annotation);
			case PROPOSED -> SetCommand.create(domain, annotation, GlossatorPackage.Literals.ANNOTATION__STATUS, status);
			};
		} else if (key.startsWith(ARGUMENT)) {
			Event event = (Event) annotation;
			Argument argument = event.getArguments().get(Integer.parseInt(key.substring(ARGUMENT.length())));
			String role = roleChoices(event)[(Integer) value];
			command = REMOVE_ARGUMENT.equals(role) ? commands.removeArgument(argument) : commands.changeArgumentRole(argument, role);
		} else if (key.startsWith(ATTRIBUTE)) {
			String name = key.substring(ATTRIBUTE.length());
			String text = value instanceof Integer index ? choices(definition(name))[index] : (String) value;
			command = commands.setAttribute(annotation, name, text.isEmpty() ? null : text);
		}
		if (command != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private AttributeDefinition definition(String name) {
		return definitions().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
	}

	private List<AttributeDefinition> definitions() {
		return annotation.getType() == null ? List.of() : annotation.getType().getAttributes();
	}

	/** The attribute's values, after an empty choice that removes the attribute. */
	private static String[] choices(AttributeDefinition definition) {
		return Stream.concat(Stream.of(""), definition.getValues().stream()).toArray(String[]::new);
	}

	private String[] typeNames() {
		return sameKindTypes().map(AnnotationType::getName).toArray(String[]::new);
	}

	private Stream<? extends AnnotationType> sameKindTypes() {
		if (!(annotation.getType() != null && annotation.getType().eContainer() instanceof Schema schema)) {
			return Stream.empty();
		}
		return Stream.of(schema.getEntityTypes(), schema.getEventTypes(), schema.getRelationTypes())
				.filter(types -> !types.isEmpty() && types.get(0).eClass() == annotation.getType().eClass()).findFirst()
				.map(List::stream).orElseGet(Stream::empty);
	}

	private static String[] statusLiterals() {
		return AnnotationStatus.VALUES.stream().map(AnnotationStatus::getLiteral).toArray(String[]::new);
	}

	private static PropertyDescriptor readOnly(String id, String name, String category) {
		return inCategory(new PropertyDescriptor(id, name), category);
	}

	private static PropertyDescriptor inCategory(PropertyDescriptor descriptor, String category) {
		descriptor.setCategory(category);
		return descriptor;
	}

	@Override
	public Object getEditableValue() {
		return annotation;
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// Nothing has a default to go back to.
	}
}
