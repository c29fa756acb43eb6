package org.glossator.ui.editor;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.glossator.model.Annotation;
import org.glossator.model.Document;
import org.glossator.model.GlossatorPackage;
import org.glossator.model.Span;

/**
 * Collects what changes in a document between two looks (annotations added, removed or changed, and the stretch of
 * text whose highlighting may differ), so that the editor redraws and re-lists only that: on a large document a full
 * refresh after every key would be far too slow. One adapter instance watches the document and each annotation.
 */
public final class DocumentChanges extends AdapterImpl {

	/** What changed since the last look; {@code begin >= end} when no highlighting changed. */
	public record Batch(Set<Annotation> added, Set<Annotation> removed, Set<Annotation> changed, int begin, int end) {
		public boolean isEmpty() {
			return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
		}
	}

	private final Document document;
	private Set<Annotation> added = new LinkedHashSet<>();
	private Set<Annotation> removed = new LinkedHashSet<>();
	private Set<Annotation> changed = new LinkedHashSet<>();
	private int begin = Integer.MAX_VALUE;
	private int end = Integer.MIN_VALUE;

	public DocumentChanges(Document document) {
		this.document = document;
		document.eAdapters().add(this);
		for (Annotation annotation : document.getAnnotations()) {
			annotation.eAdapters().add(this);
		}
	}

	public void dispose() {
		document.eAdapters().remove(this);
		for (Annotation annotation : document.getAnnotations()) {
			annotation.eAdapters().remove(this);
		}
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (notification.isTouch()) {
			return;
		}
		if (notification.getFeature() == GlossatorPackage.Literals.DOCUMENT__ANNOTATIONS
				&& notification.getEventType() != Notification.MOVE) {
			for (Object value : values(notification.getOldValue(), notification.getEventType() == Notification.REMOVE_MANY)) {
				if (value instanceof Annotation annotation) {
					annotation.eAdapters().remove(this);
					markSpans(annotation);
					if (!added.remove(annotation)) {
						changed.remove(annotation);
						removed.add(annotation);
					}
				}
			}
			for (Object value : values(notification.getNewValue(), notification.getEventType() == Notification.ADD_MANY)) {
				if (value instanceof Annotation annotation) {
					annotation.eAdapters().add(this);
					markSpans(annotation);
					(removed.remove(annotation) ? changed : added).add(annotation);
				}
			}
		} else if (notification.getNotifier() instanceof Annotation annotation) {
			if (notification.getFeature() == GlossatorPackage.Literals.ANNOTATION__SPANS) {
				for (Object old : values(notification.getOldValue(), notification.getEventType() == Notification.REMOVE_MANY)) {
					if (old instanceof Span span) {
						mark(span.getBegin(), span.getEnd());
					}
				}
			}
			markSpans(annotation);
			if (!added.contains(annotation)) {
				changed.add(annotation);
			}
		}
	}

	private static Collection<?> values(Object value, boolean many) {
		return many && value instanceof Collection<?> collection ? collection : value == null ? List.of() : List.of(value);
	}

	private void markSpans(Annotation annotation) {
		for (Span span : annotation.getSpans()) {
			mark(span.getBegin(), span.getEnd());
		}
	}

	private void mark(int from, int to) {
		begin = Math.min(begin, from);
		end = Math.max(end, to);
	}

	/** What changed since the last call, and starts collecting anew. */
	public Batch take() {
		Batch batch = new Batch(added, removed, changed, begin, end);
		added = new LinkedHashSet<>();
		removed = new LinkedHashSet<>();
		changed = new LinkedHashSet<>();
		begin = Integer.MAX_VALUE;
		end = Integer.MIN_VALUE;
		return batch;
	}
}
