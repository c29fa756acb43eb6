package org.glossator.io;

import java.util.List;

import org.glossator.model.Document;

/**
 * A document read by an {@link Importer}, and what its file held that the model cannot
 * keep (brat's annotator notes, for example): those are dropped, but listed.
 */
public record ImportedDocument(Document document, List<LossReport.Loss> notCarried) {

	public ImportedDocument {
		notCarried = List.copyOf(notCarried);
	}
}
