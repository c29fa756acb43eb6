package org.glossator.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Progress of a long command on stderr: each task, and each step as {@code [ 40%] step} with the share of work done. */
final class StderrProgress extends NullProgressMonitor {

	private final PrintStream err;
	private int total;
	private double done;

	StderrProgress(PrintStream err) {
		this.err = err;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = totalWork;
		done = 0;
		if (name != null && !name.isEmpty()) {
			err.println(name);
		}
	}

	@Override
	public void setTaskName(String name) {
		err.println(name);
	}

	@Override
	public void subTask(String name) {
		if (name != null && !name.isEmpty()) {
			// Jobs and sub-monitors scale the work, so only the share done means something to the user.
			err.println(total > 0 ? String.format("[%3d%%] %s", (int) Math.min(100, 100 * done / total), name) : name);
		}
	}

	@Override
	public void internalWorked(double work) {
		done += work;
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}
}
