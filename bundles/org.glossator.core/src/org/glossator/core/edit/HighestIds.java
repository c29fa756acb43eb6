package org.glossator.core.edit;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossator.model.Annotation;
import org.glossator.model.Document;
import org.glossator.model.GlossatorPackage;

/**
 * The highest number in use after each id letter of a document's annotations ({@code T12} counts 12 for "T"),
 * remembered on the document and kept up to date as annotations come and go, so that giving ids to thousands of new
 * annotations does not scan the whole document each time. Removing the holder of a highest number makes the next
 * question scan once, so the answer stays exact after undo.
 */
final class HighestIds extends AdapterImpl {

	private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{1,9}");

	private final Map<String, Integer> highest = new HashMap<>();
	private boolean stale = true;

	/** The remembered highest ids of a document, attached to it on first use. */
	static HighestIds of(Document document) {
		HighestIds ids = (HighestIds) EcoreUtil.getExistingAdapter(document, HighestIds.class);
		if (ids == null) {
			ids = new HighestIds();
			document.eAdapters().add(ids);
		}
		return ids;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == HighestIds.class;
	}

	/** The highest number in use after the letter, 0 when there is none. */
	synchronized int highest(String letter) {
		if (stale) {
			highest.clear();
			((Document) getTarget()).getAnnotations().forEach(annotation -> count(annotation.getId()));
			stale = false;
		}
		return highest.getOrDefault(letter, 0);
	}

	@Override
	public synchronized void notifyChanged(Notification notification) {
		if (notification.getFeature() != GlossatorPackage.Literals.DOCUMENT__ANNOTATIONS || stale) {
			return;
		}
		switch (notification.getEventType()) {
		case Notification.ADD -> count(((Annotation) notification.getNewValue()).getId());
		case Notification.MOVE, Notification.RESOLVE, Notification.REMOVING_ADAPTER -> {
			// nothing comes or goes
		}
		default -> stale = true;
		}
	}

	private void count(String id) {
		if (id == null) {
			return;
		}
		int digits = 0;
		while (digits < id.length() && !Character.isDigit(id.charAt(digits))) {
			digits++;
		}
		if (digits > 0 && ID_NUMBER.matcher(id.substring(digits)).matches()) {
			highest.merge(id.substring(0, digits), Integer.parseInt(id.substring(digits)), Math::max);
		}
	}
}
