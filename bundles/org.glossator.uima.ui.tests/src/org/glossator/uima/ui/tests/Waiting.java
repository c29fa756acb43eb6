package org.glossator.uima.ui.tests;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.glossator.ui.tests.EditorFixture;

/** Waits for what jobs do in the background, with the user interface running meanwhile. */
public final class Waiting {

	private Waiting() {
	}

	/** Until the condition holds and no job is left to run, or fails after a minute. */
	public static void until(BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + 60_000;
		while (!(condition.getAsBoolean() && Job.getJobManager().isIdle())) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("still waiting after a minute; jobs: " + List.of(Job.getJobManager().find(null)));
			}
			EditorFixture.settleFor(50);
		}
	}
}
