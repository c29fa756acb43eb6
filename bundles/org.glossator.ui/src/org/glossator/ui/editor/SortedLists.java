package org.glossator.ui.editor;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Finding an element in a long sorted list of annotations. {@code List.indexOf} calls equals on each element, which
 * reads every one of 200,000 annotations from memory (more than the rest of an undo cost); here the element's place in
 * the order is searched, and where its sort key changed since it was filed, references are compared, no element read.
 */
final class SortedLists {

	private SortedLists() {
	}

	/** Where the element is in the list, sorted by the order (as it was filed), or -1. */
	static <T> int indexOf(List<T> sorted, T element, Comparator<? super T> order) {
		int at = Collections.binarySearch(sorted, element, order);
		if (at >= 0) {
			for (int i = at; i >= 0 && order.compare(sorted.get(i), element) == 0; i--) {
				if (sorted.get(i) == element) {
					return i;
				}
			}
			for (int i = at + 1; i < sorted.size() && order.compare(sorted.get(i), element) == 0; i++) {
				if (sorted.get(i) == element) {
					return i;
				}
			}
		}
		return sameIndexOf(sorted, element);
	}

	/** Where the element itself is in the list, or -1: comparing references only. */
	static <T> int sameIndexOf(List<T> list, T element) {
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i) == element) {
				return i;
			}
		}
		return -1;
	}
}
