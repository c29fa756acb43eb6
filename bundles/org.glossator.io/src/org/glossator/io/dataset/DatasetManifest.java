package org.glossator.io.dataset;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.stream.JsonWriter;

import org.glossator.io.LossReport;
import org.glossator.model.Corpus;
import org.glossator.model.DocumentStatus;

/**
 * {@value DatasetExport#MANIFEST}: the export's settings and what each format's exporter chose, per split its documents and the
 * number of annotations per type, and per format the number of losses per reason. It has no
 * date, so that the same export gives the same file.
 */
final class DatasetManifest {

	private DatasetManifest() {
	}

	static String json(Corpus corpus, DatasetSettings settings, DatasetResult result) {
		StringWriter out = new StringWriter();
		try (JsonWriter json = new JsonWriter(out)) {
			json.setIndent("  ");
			json.setHtmlSafe(false);
			json.beginObject();
			json.name("corpus").value(corpus.getName());
			json.name("settings").beginObject();
			json.name("statuses").beginArray();
			for (DocumentStatus status : DocumentStatus.VALUES) {
				if (settings.statuses().contains(status)) {
					json.value(status.getLiteral());
				}
			}
			json.endArray();
			json.name("formats").beginArray();
			for (String format : settings.formats()) {
				json.value(format);
			}
			json.endArray();
			json.name("includeProposals").value(settings.includeProposals());
			json.name("seed").value(settings.seed());
			json.name("ratios").beginObject().name("train").value(settings.train()).name("dev").value(settings.dev()).name("test")
					.value(settings.test()).endObject();
			// What the formats' exporters chose (CoNLL: "segmentation": "engine" or "builtin"); formats that choose nothing are left out.
			json.name("formatChoices").beginObject();
			for (Map.Entry<String, Map<String, String>> format : result.choices().entrySet()) {
				if (!format.getValue().isEmpty()) {
					json.name(format.getKey()).beginObject();
					for (Map.Entry<String, String> choice : new TreeMap<>(format.getValue()).entrySet()) {
						json.name(choice.getKey()).value(choice.getValue());
					}
					json.endObject();
				}
			}
			json.endObject();
			json.endObject();
			json.name("splits").beginObject();
			for (Split split : Split.values()) {
				json.name(split.folder()).beginObject();
				json.name("documents").beginArray();
				for (String document : result.documents().get(split)) {
					json.value(document);
				}
				json.endArray();
				json.name("annotations").beginObject();
				for (Map.Entry<String, Integer> count : result.counts().get(split).entrySet()) {
					json.name(count.getKey()).value(count.getValue());
				}
				json.endObject().endObject();
			}
			json.endObject();
			json.name("losses").beginObject();
			for (Map.Entry<String, LossReport> format : result.losses().entrySet()) {
				json.name(format.getKey()).beginObject();
				for (Map.Entry<String, Integer> reason : format.getValue().countsByReason().entrySet()) {
					json.name(reason.getKey()).value(reason.getValue());
				}
				json.endObject();
			}
			json.endObject();
			json.endObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return out + "\n";
	}
}
