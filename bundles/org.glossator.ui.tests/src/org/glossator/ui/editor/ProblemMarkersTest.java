package org.glossator.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The Problems markers of a document are replaced only when the findings changed: the editor updates them on every
 * load and save, and a marker the user is opening (the editor goes to it once its annotations are loaded) must still
 * exist by then.
 */
class ProblemMarkersTest {

	@Test
	void markersSayingTheSameAreKeptAndOthersReplaced() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Problem Markers");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("a.txt");
		if (!file.exists()) {
			file.create(new ByteArrayInputStream("text".getBytes(StandardCharsets.UTF_8)), true, null);
		}
		try {
			ProblemMarkers.update(file, findings("E1 has no argument in the role Agent.", "T2 overlaps T3."));
			long[] first = ids(file);
			assertEquals(2, first.length);

			ProblemMarkers.update(file, findings("T2 overlaps T3.", "E1 has no argument in the role Agent."));
			assertEquals(Arrays.toString(first), Arrays.toString(ids(file)), "the same findings keep the same markers");

			ProblemMarkers.update(file, findings("T2 overlaps T3."));
			long[] after = ids(file);
			assertEquals(1, after.length);
			assertNotEquals(first[0], after[0], "other findings replace the markers");
			assertEquals("T2 overlaps T3.", file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)[0].getAttribute(IMarker.MESSAGE, ""));
		} finally {
			project.delete(true, null);
		}
	}

	private static Diagnostic findings(String... messages) {
		BasicDiagnostic all = new BasicDiagnostic();
		for (String message : messages) {
			all.add(new BasicDiagnostic(Diagnostic.ERROR, "test", 0, message, new Object[0]));
		}
		return all;
	}

	private static long[] ids(IFile file) throws Exception {
		return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)).mapToLong(IMarker::getId)
				.sorted().toArray();
	}
}
