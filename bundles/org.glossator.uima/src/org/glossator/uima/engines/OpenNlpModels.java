package org.glossator.uima.engines;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.model.BaseModel;

/**
 * The OpenNLP models that Maven Central publishes (Universal Dependencies models 1.3, artifacts
 * {@code org.apache.opennlp:opennlp-models-*}), loaded once and shared: models are thread-safe, the tools made from
 * them are not. The model files lie at the root of their jars; on a plain class path and in OSGi (where the jars
 * are fragments of the opennlp-tools bundle) they are resources of OpenNLP's own class loader.
 */
final class OpenNlpModels {

	private static final String LANGUAGE_DETECTOR = "langdetect-183.bin";
	private static final Map<String, String> SENTENCE_MODELS = Map.of("en", "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
	private static final Map<String, String> TOKENIZER_MODELS = Map.of("en", "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin");

	private static final Map<String, BaseModel> LOADED = new ConcurrentHashMap<>();

	private OpenNlpModels() {
	}

	static LanguageDetectorModel languageDetector() throws IOException {
		return load(LANGUAGE_DETECTOR, LanguageDetectorModel::new);
	}

	/** The sentence model for an ISO 639-1 language code, or null if Maven Central has none. */
	static SentenceModel sentenceModel(String language) throws IOException {
		String file = SENTENCE_MODELS.get(language);
		return file == null ? null : load(file, SentenceModel::new);
	}

	/** The tokenizer model for an ISO 639-1 language code, or null if Maven Central has none. */
	static TokenizerModel tokenizerModel(String language) throws IOException {
		String file = TOKENIZER_MODELS.get(language);
		return file == null ? null : load(file, TokenizerModel::new);
	}

	/** Reads a model of one kind from its stream. */
	private interface ModelReader<M extends BaseModel> {
		M read(InputStream in) throws IOException;
	}

	private static <M extends BaseModel> M load(String file, ModelReader<M> reader) throws IOException {
		BaseModel loaded = LOADED.get(file);
		if (loaded == null) {
			try (InputStream in = BaseModel.class.getClassLoader().getResourceAsStream(file)) {
				if (in == null) {
					throw new IOException("The OpenNLP model " + file + " is not on the class path; add its opennlp-models-* artifact");
				}
				LOADED.putIfAbsent(file, reader.read(in));
			}
			loaded = LOADED.get(file);
		}
		@SuppressWarnings("unchecked")
		M model = (M) loaded;
		return model;
	}
}
