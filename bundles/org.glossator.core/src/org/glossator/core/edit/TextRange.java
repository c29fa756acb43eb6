package org.glossator.core.edit;

/** A half-open range [begin, end) of UTF-16 code units of a document's text, as a new span covers it. */
public record TextRange(int begin, int end) {
}
