package org.glossator.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

	/**
	 * Replaces the file's markers by the validator's findings on its document. Markers that already say the same are
	 * kept: a marker the user is opening (the editor goes to it once the annotations are loaded) must still exist then.
	 */
	static void update(IFile file, Diagnostic findings) throws CoreException {
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (Diagnostic finding : findings.getChildren()) {
			if (finding.getSeverity() >= Diagnostic.WARNING) {
				String id = annotationOf(finding) == null ? "" : annotationOf(finding).getId();
				wanted.add(Map.of(IMarker.MESSAGE, finding.getMessage(),
						IMarker.SEVERITY, finding.getSeverity() >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING,
						IMarker.LOCATION, id, ANNOTATION_ID, id));
			}
		}
		file.getWorkspace().run(monitor -> {
			IMarker[] markers = file.findMarkers(TYPE, false, IResource.DEPTH_ZERO);
			List<Map<String, Object>> present = new ArrayList<>();
			for (IMarker marker : markers) {
				Map<String, Object> attributes = marker.getAttributes();
				present.add(attributes == null ? Map.of() : attributes);
			}
			if (counted(present).equals(counted(wanted))) {
				return;
			}
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Map<String, Object> attributes : wanted) {
				file.createMarker(TYPE, attributes);
			}
		}, file, 0, null);
	}

	/** Each set of attributes with how often it occurs: markers come back in no particular order. */
	private static Map<Map<String, Object>, Long> counted(List<Map<String, Object>> markers) {
		return markers.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
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
