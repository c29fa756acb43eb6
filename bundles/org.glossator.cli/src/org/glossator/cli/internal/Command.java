package org.glossator.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.glossator.core.store.CorpusException;

/** One {@code glossator <command>}: results go to {@code out}, progress and problems to {@code err}. */
interface Command {

	String name();

	/** One line for the list of commands. */
	String summary();

	/** The full help: synopsis and options. */
	String usage();

	/** @return the exit code */
	int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException, CorpusException;
}
