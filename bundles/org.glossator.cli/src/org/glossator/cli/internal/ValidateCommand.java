package org.glossator.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.model.Document;
import org.glossator.model.validation.AnnotationValidator;

/** Checks a corpus: its schema loads, every text matches its annotations' hash, and every annotation keeps the schema's rules. */
final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return "check the schema and the offsets, texts and types of every document of a corpus";
	}

	@Override
	public String usage() {
		return """
				Usage: glossator validate --corpus <folder>
				Loads the schema and each document (a text changed since it was annotated, offsets outside the
				text or splitting a character, unknown types are errors) and checks each annotation against the
				schema (roles, fillers, attribute values are warnings or errors). One line per problem on stdout;
				exit code 1 when there is an error.
				""";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException, CorpusException {
		Arguments parsed = new Arguments(arguments, Set.of("--corpus"), Set.of());
		CorpusStore store = CorpusStore.open(parsed.corpus());
		List<Path> textFiles = store.textFiles();
		int errors = 0;
		int warnings = 0;
		for (int i = 0; i < textFiles.size(); i++) {
			String name = store.folder().relativize(textFiles.get(i)).toString();
			err.println("[" + (i + 1) + "/" + textFiles.size() + "] " + name);
			Document document;
			try {
				document = store.load(textFiles.get(i));
			} catch (CorpusException e) {
				out.println(name + ": error: " + e.getMessage());
				errors++;
				continue;
			}
			for (Diagnostic finding : AnnotationValidator.validate(document).getChildren()) {
				if (finding.getSeverity() >= Diagnostic.ERROR) {
					errors++;
				} else if (finding.getSeverity() >= Diagnostic.WARNING) {
					warnings++;
				} else {
					continue;
				}
				out.println(name + ": " + (finding.getSeverity() >= Diagnostic.ERROR ? "error" : "warning") + ": " + finding.getMessage());
			}
			store.unload(document);
		}
		out.println(textFiles.size() + " documents, " + errors + " errors, " + warnings + " warnings");
		return errors > 0 ? Cli.FAILED : Cli.OK;
	}
}
