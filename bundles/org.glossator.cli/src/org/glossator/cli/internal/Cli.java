package org.glossator.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.glossator.core.store.CorpusException;

/**
 * {@code glossator <command> [options]}, headless. Exit codes: {@value #OK} done,
 * {@value #FAILED} the data has problems or could not be read or written (the message says
 * which file and why), {@value #USAGE} the command line is wrong.
 */
public final class Cli {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	private static final List<Command> COMMANDS = List.of(new ImportCommand(), new ExportCommand(), new AnnotateCommand(), new ValidateCommand(),
			new StatsCommand());

	private final PrintStream out;
	private final PrintStream err;

	public Cli(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String... arguments) {
		if (arguments.length == 0 || List.of("--help", "-h", "help").contains(arguments[0])) {
			out.print(overview());
			return arguments.length == 0 ? USAGE : OK;
		}
		Optional<Command> found = COMMANDS.stream().filter(command -> command.name().equals(arguments[0])).findFirst();
		if (found.isEmpty()) {
			err.println("glossator: unknown command '" + arguments[0] + "'");
			err.print(overview());
			return USAGE;
		}
		Command command = found.get();
		List<String> rest = Arrays.asList(arguments).subList(1, arguments.length);
		if (rest.contains("--help") || rest.contains("-h")) {
			out.print(command.usage());
			return OK;
		}
		try {
			return command.run(rest, out, err);
		} catch (UsageException e) {
			err.println("glossator " + command.name() + ": " + e.getMessage());
			err.print(command.usage());
			return USAGE;
		} catch (CorpusException | IllegalArgumentException e) {
			err.println("glossator " + command.name() + ": " + e.getMessage());
			return FAILED;
		}
	}

	static String overview() {
		StringBuilder text = new StringBuilder("Usage: glossator <command> [options]   (glossator <command> --help for its options)\n\nCommands:\n");
		COMMANDS.forEach(command -> text.append(String.format("  %-9s %s%n", command.name(), command.summary())));
		text.append("\nExit codes: 0 done, 1 problems in the data or files (named on stderr), 2 wrong command line.\n");
		return text.toString();
	}
}
