package org.glossator.core.edit;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossator.model.Annotation;
import org.glossator.model.Document;
import org.glossator.model.GlossatorPackage;

/**
 * The numbers in use after each id letter of a document's annotations ({@code T12} counts 12 for "T"), remembered on
 * the document from one scan and kept up to date as annotations come and go, so that the next id costs no scan of a
 * large document, also after undo: removing the holder of the highest number makes the next highest the answer, so
 * ids stay exact (the highest in use, plus one). Changes the record cannot follow (an id changed while its annotation
 * is in the document is not seen; a list replaced wholesale) make the next question scan once more.
 */
final class HighestIds extends AdapterImpl {

	/** More digits would overflow an int. */
	private static final int MAX_DIGITS = 9;
	/** More annotations added or removed at once than this are counted anew. */
	private static final int BULK = 1_000;

	private final Map<String, Numbers> numbers = new HashMap<>();
	private boolean stale = true;

	/** The remembered ids of a document, attached to it and counted on first use. */
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
		countIfStale();
		Numbers inUse = numbers.get(letter);
		return inUse == null ? 0 : inUse.highest();
	}

	/** Counts the document's ids now, if they are not counted yet. */
	synchronized void countIfStale() {
		if (stale) {
			numbers.clear();
			List<Annotation> annotations = ((Document) getTarget()).getAnnotations();
			for (int i = 0; i < annotations.size(); i++) {
				number(annotations.get(i).getId(), Numbers::append);
			}
			numbers.values().forEach(Numbers::sort);
			stale = false;
		}
	}

	@Override
	public synchronized void notifyChanged(Notification notification) {
		if (notification.getFeature() != GlossatorPackage.Literals.DOCUMENT__ANNOTATIONS || stale) {
			return;
		}
		switch (notification.getEventType()) {
		case Notification.ADD, Notification.ADD_MANY -> each(values(notification.getNewValue()), this::add);
		case Notification.REMOVE, Notification.REMOVE_MANY -> each(values(notification.getOldValue()), this::remove);
		case Notification.SET -> {
			remove(notification.getOldValue());
			add(notification.getNewValue());
		}
		case Notification.MOVE, Notification.RESOLVE, Notification.REMOVING_ADAPTER -> {
			// nothing comes or goes
		}
		default -> stale = true;
		}
	}

	private static Collection<?> values(Object value) {
		return value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
	}

	/** Many at once (a document restored whole) are counted anew when next asked: one by one each moves the others. */
	private void each(Collection<?> annotations, Consumer<Object> counting) {
		if (annotations.size() > BULK) {
			stale = true;
		} else {
			annotations.forEach(counting);
		}
	}

	private void add(Object annotation) {
		if (annotation instanceof Annotation added) {
			number(added.getId(), Numbers::add);
		}
	}

	private void remove(Object annotation) {
		// An id not found among the numbers (or not numbered) may have been changed behind the record's back, which then
		// holds a number no longer in use: count anew when next asked.
		if (annotation instanceof Annotation removed && !stale && !number(removed.getId(), Numbers::remove)) {
			stale = true;
		}
	}

	@FunctionalInterface
	private interface Change {
		boolean apply(Numbers numbers, int number);
	}

	/**
	 * Applies a change to the numbers of the id's letter, for an id of letters then one to nine ASCII digits; others
	 * are not ours to number. Whether the change was made. Character by character, as this runs for every annotation
	 * of a document when the record is made.
	 */
	private boolean number(String id, Change change) {
		if (id == null) {
			return false;
		}
		int letters = 0;
		while (letters < id.length() && !isAsciiDigit(id.charAt(letters))) {
			letters++;
		}
		int digits = id.length() - letters;
		if (letters == 0 || digits == 0 || digits > MAX_DIGITS) {
			return false;
		}
		int number = 0;
		for (int i = letters; i < id.length(); i++) {
			char digit = id.charAt(i);
			if (!isAsciiDigit(digit)) {
				return false;
			}
			number = number * 10 + (digit - '0');
		}
		return change.apply(numbers.computeIfAbsent(id.substring(0, letters), letter -> new Numbers()), number);
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/**
	 * The numbers in use after one letter, sorted, each as often as it is used: four bytes per annotation. New ids are
	 * the highest, so adding mostly appends and removing after undo mostly takes the last.
	 */
	private static final class Numbers {
		private int[] sorted = new int[16];
		private int size;

		int highest() {
			return size == 0 ? 0 : sorted[size - 1];
		}

		/** Appends without keeping the order, while counting; {@link #sort} after. */
		boolean append(int number) {
			return insert(size, number);
		}

		void sort() {
			Arrays.sort(sorted, 0, size);
		}

		boolean add(int number) {
			int at = size == 0 || number >= sorted[size - 1] ? size : Arrays.binarySearch(sorted, 0, size, number);
			return insert(at < 0 ? -at - 1 : at, number);
		}

		boolean remove(int number) {
			int at = size > 0 && sorted[size - 1] == number ? size - 1 : Arrays.binarySearch(sorted, 0, size, number);
			if (at < 0) {
				return false;
			}
			System.arraycopy(sorted, at + 1, sorted, at, size - at - 1);
			size--;
			return true;
		}

		private boolean insert(int at, int number) {
			if (size == sorted.length) {
				sorted = Arrays.copyOf(sorted, size + (size >> 1) + 1);
			}
			System.arraycopy(sorted, at, sorted, at + 1, size - at);
			sorted[at] = number;
			size++;
			return true;
		}
	}
}
