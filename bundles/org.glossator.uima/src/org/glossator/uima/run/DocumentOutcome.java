package org.glossator.uima.run;

import java.nio.file.Path;

/**
 * What a run did to one document: how many proposals it added, or why it left the document unchanged.
 *
 * @param failure the message of what went wrong (an engine that failed, a file that could not be read or
 *            saved), or null
 */
public record DocumentOutcome(Path text, int added, String failure) {
}
