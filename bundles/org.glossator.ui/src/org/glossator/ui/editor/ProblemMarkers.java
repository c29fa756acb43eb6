package org.glossator.ui.editor;

import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.glossator.model.Annotation;

/** Puts a document's schema violations into the Problems view, each marker leading back to its annotation. */
final class ProblemMarkers {

	static final String TYPE = "org.glossator.ui.problem";
	static final String ANNOTATION_ID = "annotationId";

	private ProblemMarkers() {
	}

	/**
	 * {@link #update}, if the file is still there, logging what goes wrong: a failed marker update is not worth
	 * interrupting the annotator for.
	 */
	static void updateOrLog(IFile file, Diagnostic findings) {
		if (file != null && file.exists()) {
			try {
				update(file, findings);
			} catch (CoreException e) {
				ILog.of(ProblemMarkers.class).log(e.getStatus());
			}
		}
	}

	/** Replaces the file's markers by the validator's findings on its document. */
	static void update(IFile file, Diagnostic findings) throws CoreException {
		file.getWorkspace().run(monitor -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Diagnostic finding : findings.getChildren()) {
				if (finding.getSeverity() >= Diagnostic.WARNING) {
					file.createMarker(TYPE, Map.of(
							IMarker.MESSAGE, finding.getMessage(),
							IMarker.SEVERITY, finding.getSeverity() >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING,
							IMarker.LOCATION, annotationOf(finding) == null ? "" : annotationOf(finding).getId(),
							ANNOTATION_ID, annotationOf(finding) == null ? "" : annotationOf(finding).getId()));
				}
			}
		}, file, 0, null);
	}

	private static Annotation annotationOf(Diagnostic finding) {
		for (Object datum : finding.getData()) {
			for (EObject object = datum instanceof EObject eObject ? eObject : null; object != null; object = object.eContainer()) {
				if (object instanceof Annotation annotation) {
					return annotation;
				}
			}
		}
		return null;
	}
}
