package org.glossator.io.internal;

/** A token of a sentence: a half-open range of UTF-16 code units and the sentence's index. */
public record Token(int begin, int end, int sentence) {
}
