package org.glossator.uima.engines;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.resource.ResourceInitializationException;
import org.glossator.uima.GlossatorTypes;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Splits text into paragraphs (between line breaks), identifies each paragraph's language with OpenNLP's language
 * detection model ({@link LanguageIdentification}), and splits it into sentences and tokens with the OpenNLP models
 * of that language where Maven Central has them (English), by rule elsewhere (Spanish, among others). So a text that mixes English and Spanish, as news
 * corpora do, is segmented per language. Produces {@link GlossatorTypes#PARAGRAPH} (with its language),
 * {@link GlossatorTypes#SENTENCE} and {@link GlossatorTypes#TOKEN}, whose type system is
 * {@code org/glossator/uima/types/GlossatorTypes.xml}.
 */
@TypeCapability(outputs = { GlossatorTypes.PARAGRAPH, GlossatorTypes.SENTENCE, GlossatorTypes.TOKEN })
public class SegmentationAnnotator extends CasAnnotator_ImplBase {

	public static final String PARAM_DETECT_LANGUAGE = "detectLanguage";
	@ConfigurationParameter(name = PARAM_DETECT_LANGUAGE, defaultValue = "true",
			description = "Identify each paragraph's language; when false, every paragraph has the document's language")
	private boolean detectLanguage;

	private static final Pattern PARAGRAPH = Pattern.compile("[^\\r\\n]+");
	private static final Map<String, String> ISO_639_1 = new HashMap<>();
	static {
		for (String code : Locale.getISOLanguages()) {
			ISO_639_1.put(Locale.forLanguageTag(code).getISO3Language(), code);
		}
	}

	private LanguageIdentification languageIdentification;
	/** Tools per language, made on first use: the ME classes are not thread-safe, so each engine has its own. */
	private final Map<String, SentenceDetectorME> sentenceDetectors = new HashMap<>();
	private final Map<String, MemoizedTokenizer> tokenizers = new HashMap<>();
	private Type paragraphType;
	private Type sentenceType;
	private Type tokenType;
	private Feature languageFeature;

	@Override
	public void initialize(UimaContext context) throws ResourceInitializationException {
		super.initialize(context);
		try {
			languageIdentification = detectLanguage ? new LanguageIdentification(OpenNlpModels.languageDetector()) : null;
		} catch (IOException e) {
			throw new ResourceInitializationException(e);
		}
	}

	@Override
	public void typeSystemInit(TypeSystem typeSystem) {
		paragraphType = typeSystem.getType(GlossatorTypes.PARAGRAPH);
		sentenceType = typeSystem.getType(GlossatorTypes.SENTENCE);
		tokenType = typeSystem.getType(GlossatorTypes.TOKEN);
		languageFeature = paragraphType.getFeatureByBaseName(GlossatorTypes.LANGUAGE);
	}

	@Override
	public void process(CAS cas) throws AnalysisEngineProcessException {
		String text = cas.getDocumentText();
		Matcher paragraphs = PARAGRAPH.matcher(text);
		while (paragraphs.find()) {
			if (paragraphs.group().isBlank()) {
				continue;
			}
			String language = detectLanguage ? language(paragraphs.group()) : cas.getDocumentLanguage();
			AnnotationFS paragraph = cas.createAnnotation(paragraphType, paragraphs.start(), paragraphs.end());
			paragraph.setStringValue(languageFeature, language);
			cas.addFsToIndexes(paragraph);
			try {
				for (Span sentence : sentences(text, paragraphs.start(), paragraphs.end(), language)) {
					cas.addFsToIndexes(cas.createAnnotation(sentenceType, sentence.getStart(), sentence.getEnd()));
					for (Span token : tokens(text, sentence, language)) {
						cas.addFsToIndexes(cas.createAnnotation(tokenType, token.getStart(), token.getEnd()));
					}
				}
			} catch (IOException e) {
				throw new AnalysisEngineProcessException(e);
			}
		}
	}

	private String language(String paragraph) {
		String best = languageIdentification.predict(paragraph);
		return ISO_639_1.getOrDefault(best, best);
	}

	private List<Span> sentences(String text, int begin, int end, String language) throws IOException {
		SentenceDetectorME detector = sentenceDetectors.get(language);
		if (detector == null) {
			SentenceModel model = OpenNlpModels.sentenceModel(language);
			if (model == null) {
				return RuleBasedSegmentation.sentences(text, begin, end);
			}
			detector = new SentenceDetectorME(model);
			sentenceDetectors.put(language, detector);
		}
		List<Span> sentences = List.of(detector.sentPosDetect(text.substring(begin, end))).stream()
				.map(span -> new Span(span.getStart() + begin, span.getEnd() + begin))
				.toList();
		return RuleBasedSegmentation.repairModelSentences(text, sentences);
	}

	private List<Span> tokens(String text, Span sentence, String language) throws IOException {
		MemoizedTokenizer tokenizer = tokenizers.get(language);
		if (tokenizer == null) {
			TokenizerModel model = OpenNlpModels.tokenizerModel(language);
			if (model == null) {
				return RuleBasedSegmentation.tokens(text, sentence.getStart(), sentence.getEnd());
			}
			tokenizer = new MemoizedTokenizer(new TokenizerME(model));
			tokenizers.put(language, tokenizer);
		}
		return tokenizer.tokenizePos(text, sentence.getStart(), sentence.getEnd());
	}
}
