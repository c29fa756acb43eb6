package org.glossator.ui.editor;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.glossator.model.AnnotationType;
import org.glossator.model.EntityType;
import org.glossator.model.EventType;
import org.glossator.model.Schema;

/**
 * The schema of the active annotation editor: every type with its colour, key and kind. The check box shows or
 * hides the type's annotations; double-click (or Enter) applies the type as its key would.
 */
public class SchemaPaletteView extends ViewPart {

	public static final String ID = "org.glossator.ui.schemaPalette";

	private CheckboxTableViewer table;
	private LocalResourceManager colours;
	private AnnotationEditor editor;

	private final AnnotationEditorTracker editorTracker = new AnnotationEditorTracker(this::show);
	/** Lists the types anew when the shown editor's schema gains types from {@code schema.xmi} on disk. */
	private final Adapter schemaListener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (!notification.isTouch() && editor != null) {
				show(editor);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		table = CheckboxTableViewer.newCheckList(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		colours = new LocalResourceManager(JFaceResources.getResources(), table.getControl());
		table.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.add(table, "Type", 110, AnnotationType.class, AnnotationType::getName,
				type -> colours.create(ColorDescriptor.createFrom(TypeColors.tint(TypeColors.of(type)))));
		TableColumns.add(table, "Key", 40, AnnotationType.class, type -> type.getKey() == null ? "" : type.getKey(), type -> null);
		TableColumns.add(table, "Kind", 70, AnnotationType.class, SchemaPaletteView::kind, type -> null);
		table.addCheckStateListener(event -> {
			if (editor != null) {
				editor.setTypeHidden((AnnotationType) event.getElement(), !event.getChecked());
			}
		});
		table.addDoubleClickListener(event -> {
			if (editor != null && table.getStructuredSelection().getFirstElement() instanceof AnnotationType type) {
				editor.applyType(type);
				getSite().getPage().activate(editor);
			}
		});
		editorTracker.start(getSite().getPage());
	}

	private void show(AnnotationEditor shown) {
		follow(shown);
		if (table.getControl().isDisposed()) {
			return;
		}
		List<AnnotationType> types = shown == null ? List.of() : typesOf(shown.getSchema());
		table.setInput(types.toArray());
		table.setCheckedElements(types.stream().filter(type -> !shown.isTypeHidden(type)).toArray());
		setContentDescription(shown == null ? "No annotation editor is active." : shown.getSchema().getName());
	}

	private void follow(AnnotationEditor shown) {
		if (editor != null) {
			editor.getSchema().eAdapters().remove(schemaListener);
		}
		editor = shown;
		if (shown != null) {
			shown.getSchema().eAdapters().add(schemaListener);
		}
	}

	/** Every type of a schema: entity, event and relation types, each in the order of the file. */
	static List<AnnotationType> typesOf(Schema schema) {
		return Stream.of(schema.getEntityTypes(), schema.getEventTypes(), schema.getRelationTypes())
				.flatMap(List::stream).map(AnnotationType.class::cast).toList();
	}

	private static String kind(AnnotationType type) {
		return type instanceof EntityType ? "entity" : type instanceof EventType ? "event" : "relation";
	}

	CheckboxTableViewer table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		editorTracker.stop(getSite().getPage());
		follow(null);
		super.dispose();
	}
}
