package org.glossator.core.edit;

import java.util.HashMap;
import java.util.Map;

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

	/** More digits would overflow an int. */
	private static final int MAX_DIGITS = 9;

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

	/**
	 * Counts an id of letters then one to nine ASCII digits; others are not ours to number. Character by character, as
	 * this runs for every annotation of a document when the record is made.
	 */
	private void count(String id) {
		if (id == null) {
			return;
		}
		int letters = 0;
		while (letters < id.length() && !isAsciiDigit(id.charAt(letters))) {
			letters++;
		}
		int digits = id.length() - letters;
		if (letters == 0 || digits == 0 || digits > MAX_DIGITS) {
			return;
		}
		int number = 0;
		for (int i = letters; i < id.length(); i++) {
			char digit = id.charAt(i);
			if (!isAsciiDigit(digit)) {
				return;
			}
			number = number * 10 + (digit - '0');
		}
		highest.merge(id.substring(0, letters), number, Math::max);
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}
}
