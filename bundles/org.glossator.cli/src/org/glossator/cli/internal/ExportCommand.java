package org.glossator.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;
import org.glossator.io.CorpusExport;
import org.glossator.io.Exporter;
import org.glossator.io.Format;
import org.glossator.io.FormatRegistry;
import org.glossator.io.conll.ConllExporter;
import org.glossator.io.conll.ConllSegmentation;
import org.glossator.io.dataset.DatasetExport;
import org.glossator.io.dataset.DatasetResult;
import org.glossator.io.dataset.DatasetSettings;
import org.glossator.io.dataset.Split;
import org.glossator.model.DocumentStatus;

/** Exports a corpus in one format, or as a dataset split into train, dev and test in several. */
final class ExportCommand implements Command {

	private static final String SEGMENTATION = "--segmentation";
	private static final Set<String> DATASET_OPTIONS = Set.of("--split", "--seed", "--status", "--proposals", "--zip");

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "export a corpus in a format, or as a dataset with a train/dev/test split";
	}

	@Override
	public String usage() {
		return """
				Usage: glossator export --corpus <folder> --format <format id> --out <folder>
				       glossator export --corpus <folder> --format <id>[,<id>...] --out <folder or .zip> --split <train>,<dev>,<test>
				                        [--seed <number>] [--status new,in-progress,done] [--proposals] [--zip]
				The first form writes every document; the second a dataset: the documents of the given statuses
				(default all) split by document with the seed (default 1), each split in every format, with the
				schema, manifest.json, a dataset card README.md and the loss reports. Only accepted annotations
				are written unless --proposals. What a format cannot carry is printed on stdout.
				--segmentation engine|builtin  where CoNLL sentences and tokens come from: the segmentation engine
				                        (OpenNLP per language, rules elsewhere) or Java's BreakIterator rules; by default
				                        the engine when the corpus's pipeline.xml has a segmentation step.
				Formats that write: %s
				""".formatted(FormatRegistry.fromPlatform().formats().stream().filter(format -> format.newExporter().isPresent())
				.map(Format::id).collect(Collectors.joining(", ")));
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException, CorpusException {
		Arguments parsed = new Arguments(arguments, Set.of("--corpus", "--format", "--out", "--split", "--seed", "--status", SEGMENTATION),
				Set.of("--proposals", "--zip"));
		Consumer<Exporter> configure = configure(parsed, err);
		List<String> formats = Arrays.asList(parsed.required("--format").split(","));
		Path output = Path.of(parsed.required("--out"));
		CorpusStore store = CorpusStore.open(parsed.corpus());
		FormatRegistry registry = FormatRegistry.fromPlatform();
		err.println("exporting " + store.textFiles().size() + " documents of " + parsed.corpus());
		if (DATASET_OPTIONS.stream().noneMatch(parsed::has)) {
			if (formats.size() != 1) {
				throw new UsageException("without --split, export writes one format");
			}
			Exporter exporter = registry.format(formats.get(0)).flatMap(Format::newExporter)
					.orElseThrow(() -> new UsageException("no format " + formats.get(0) + " that writes"));
			out.println(CorpusExport.run(store, exporter, output, configure));
			return Cli.OK;
		}
		DatasetResult result = DatasetExport.run(store, registry, settings(parsed, formats), output, configure);
		for (Split split : Split.values()) {
			out.println(split.folder() + ": " + result.documents().get(split).size() + " documents " + result.counts().get(split));
		}
		for (var format : result.losses().entrySet()) {
			out.println(format.getKey() + ": " + format.getValue());
		}
		return Cli.OK;
	}

	/** Applies --segmentation to CoNLL exporters, and tells on stderr which segmentation each one uses. */
	private static Consumer<Exporter> configure(Arguments parsed, PrintStream err) throws UsageException {
		ConllSegmentation chosen = null;
		if (parsed.has(SEGMENTATION)) {
			String value = parsed.value(SEGMENTATION, "");
			try {
				chosen = ConllSegmentation.valueOf(value.toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new UsageException(SEGMENTATION + " takes engine or builtin, not " + value);
			}
		}
		ConllSegmentation segmentation = chosen;
		Set<ConllSegmentation> told = EnumSet.noneOf(ConllSegmentation.class);
		return exporter -> {
			if (exporter instanceof ConllExporter conll) {
				if (segmentation != null) {
					conll.useSegmentation(segmentation);
				}
				if (told.add(conll.segmentation())) {
					err.println("CoNLL sentences and tokens from the " + (conll.segmentation() == ConllSegmentation.ENGINE
							? "segmentation engine" : "built-in BreakIterator rules"));
				}
			}
		};
	}

	private static DatasetSettings settings(Arguments parsed, List<String> formats) throws UsageException {
		String[] ratios = parsed.required("--split").split(",");
		if (ratios.length != 3) {
			throw new UsageException("--split takes three shares, train,dev,test, e.g. 0.8,0.1,0.1");
		}
		Set<DocumentStatus> statuses = EnumSet.allOf(DocumentStatus.class);
		if (parsed.has("--status")) {
			statuses.clear();
			for (String literal : parsed.value("--status", "").split(",")) {
				DocumentStatus status = DocumentStatus.get(literal);
				if (status == null) {
					throw new UsageException("--status takes new, in-progress or done, not " + literal);
				}
				statuses.add(status);
			}
		}
		try {
			return new DatasetSettings(statuses, formats, parsed.has("--proposals"), Long.parseLong(parsed.value("--seed", "1")),
					Double.parseDouble(ratios[0]), Double.parseDouble(ratios[1]), Double.parseDouble(ratios[2]), parsed.has("--zip"));
		} catch (NumberFormatException e) {
			throw new UsageException("--seed takes a whole number and --split three numbers: " + e.getMessage());
		}
	}
}
