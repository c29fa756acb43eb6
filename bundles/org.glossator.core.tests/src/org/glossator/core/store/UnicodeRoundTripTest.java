package org.glossator.core.store;

import static org.glossator.core.store.CorpusFixture.corpus;
import static org.glossator.core.store.CorpusFixture.covered;
import static org.glossator.core.store.CorpusFixture.mention;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.glossator.model.Document;
import org.glossator.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Offsets count UTF-16 code units of the decoded text; what a span covers must survive a save and a reload exactly. */
class UnicodeRoundTripTest {

	@TempDir
	Path folder;

	static Stream<Arguments> texts() {
		return Stream.of(
				Arguments.of("above U+FFFF", "Smile \uD83D\uDE00 at \uD835\uDD18\uD835\uDD2B\uD835\uDD26 and \uD840\uDF0E, then go.",
						List.of(List.of("\uD83D\uDE00"), List.of("\uD835\uDD18\uD835\uDD2B\uD835\uDD26"), List.of("\uD840\uDF0E", "go"))),
				Arguments.of("CRLF", "Line one\r\nLine two\r\n\r\nLine four\r\n",
						List.of(List.of("one\r\nLine"), List.of("two"), List.of("four\r\n"))),
				Arguments.of("Arabic", "قال الرئيس محمد إن القاهرة سترحب بالوفد.",
						List.of(List.of("محمد"), List.of("القاهرة"))),
				Arguments.of("Hebrew", "ראש הממשלה ביקר בירושלים ובתל אביב.",
						List.of(List.of("בירושלים"), List.of("תל אביב"))),
				Arguments.of("mixed", "Angela Merkel traf 习近平 in Berlin; «Ça va», dit-il — Москва 🇩🇪 and שלום.\n",
						List.of(List.of("Angela", "Merkel"), List.of("习近平"), List.of("Ça va"), List.of("Москва"), List.of("🇩🇪"), List.of("שלום"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("texts")
	void coveredTextSurvivesSaveAndReload(String name, String text, List<List<String>> mentions) throws Exception {
		corpus(folder, "a.txt", text);
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of("a.txt"));
		assertEquals(text, document.getText(), "decoded exactly, line breaks included");
		for (int i = 0; i < mentions.size(); i++) {
			mention(store, document, "T" + (i + 1), "LOC", mentions.get(i).toArray(String[]::new));
		}
		List<String> before = document.getAnnotations().stream().map(annotation -> covered(document, annotation)).toList();
		assertEquals(mentions.stream().map(fragments -> String.join(" ", fragments)).toList(), before);
		store.save(document);

		Document reloaded = CorpusStore.open(folder).load(Path.of("a.txt"));
		assertEquals(text, reloaded.getText());
		assertEquals(before, reloaded.getAnnotations().stream().map(annotation -> covered(reloaded, annotation)).toList());
		assertEquals(offsets(document), offsets(reloaded));
		assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(folder.resolve("a.txt")), "the text is untouched");
	}

	@Test
	void offsetsCountUtf16CodeUnits() throws Exception {
		String text = "\uD83D\uDE00 Paris";
		corpus(folder, "a.txt", text);
		CorpusStore store = CorpusStore.open(folder);
		Document document = store.load(Path.of("a.txt"));
		mention(store, document, "T1", "LOC", "Paris");
		assertEquals(List.of(List.of(3, 8)), offsets(document), "the emoji is two code units, one code point");
		store.save(document);
		assertTrue(Files.readString(folder.resolve("a.glossator")).contains("begin=\"3\" end=\"8\""));
		Document reloaded = CorpusStore.open(folder).load(Path.of("a.txt"));
		assertEquals("Paris", covered(reloaded, reloaded.getAnnotations().get(0)));
	}

	private static List<List<Integer>> offsets(Document document) {
		return document.getAnnotations().stream()
				.flatMap(annotation -> annotation.getSpans().stream())
				.map((Span span) -> List.of(span.getBegin(), span.getEnd()))
				.toList();
	}
}
