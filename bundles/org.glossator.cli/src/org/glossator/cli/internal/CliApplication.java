package org.glossator.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Eclipse application {@code org.glossator.cli.application}: runs one {@link Cli} command and returns its exit code. */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		context.applicationRunning();
		String[] arguments = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		return new Cli(System.out, System.err).run(arguments);
	}

	@Override
	public void stop() {
		// a command runs to its end; there is nothing to interrupt safely mid-write
	}
}
