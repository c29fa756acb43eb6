package org.glossator.io.jsonl;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * One line of a JSON lines file, read strictly (RFC 8259: no comments, single quotes or
 * trailing text), and the typed access its readers need. Duplicate keys are refused, where a
 * JSON library lets the last one win silently, and so is nesting deeper than any of our
 * formats needs, with which a hostile file could exhaust the stack. Every problem is an
 * {@link IllegalArgumentException} whose message the importer puts after file and line.
 */
final class JsonLine {

	static final int MAX_DEPTH = 16;

	private JsonLine() {
	}

	static JsonObject parse(String line) {
		try (JsonReader reader = new JsonReader(new StringReader(line))) {
			reader.setStrictness(Strictness.STRICT);
			if (reader.peek() != JsonToken.BEGIN_OBJECT) {
				throw new IllegalArgumentException("a line must hold one JSON object, not " + describe(reader.peek()));
			}
			JsonObject object = read(reader, 0).getAsJsonObject();
			reader.peek(); // in strict mode, anything after the object is refused here
			return object;
		} catch (EOFException e) {
			throw new IllegalArgumentException("not valid JSON: the line ends inside the object (truncated file?)", e);
		} catch (IOException e) {
			// Gson's message gives column and path, then advice for programmers that people need not read
			String detail = e.getMessage().lines().findFirst().orElse("")
					.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "malformed JSON")
					.replace(" at line 1 column ", " at column ");
			throw new IllegalArgumentException("not valid JSON: " + detail, e);
		}
	}

	private static JsonElement read(JsonReader reader, int depth) throws IOException {
		if (depth > MAX_DEPTH) {
			throw new IllegalArgumentException("JSON nested deeper than " + MAX_DEPTH + " levels at " + reader.getPath());
		}
		switch (reader.peek()) {
			case BEGIN_OBJECT -> {
				JsonObject object = new JsonObject();
				reader.beginObject();
				while (reader.hasNext()) {
					String key = reader.nextName();
					if (object.has(key)) {
						throw new IllegalArgumentException("the key \"" + key + "\" appears twice at " + reader.getPath());
					}
					object.add(key, read(reader, depth + 1));
				}
				reader.endObject();
				return object;
			}
			case BEGIN_ARRAY -> {
				JsonArray array = new JsonArray();
				reader.beginArray();
				while (reader.hasNext()) {
					array.add(read(reader, depth + 1));
				}
				reader.endArray();
				return array;
			}
			case STRING -> {
				return new JsonPrimitive(reader.nextString());
			}
			case NUMBER -> {
				return new JsonPrimitive(new BigDecimal(reader.nextString()));
			}
			case BOOLEAN -> {
				return new JsonPrimitive(reader.nextBoolean());
			}
			case NULL -> {
				reader.nextNull();
				return JsonNull.INSTANCE;
			}
			default -> throw new IllegalArgumentException("unexpected " + describe(reader.peek()) + " at " + reader.getPath());
		}
	}

	private static String describe(JsonToken token) {
		return token.name().toLowerCase().replace('_', ' ');
	}

	/** The string under {@code key}, which must be there. */
	static String string(JsonObject object, String key, String where) {
		JsonElement value = object.get(key);
		if (value == null) {
			throw new IllegalArgumentException(where + " has no \"" + key + "\"");
		}
		return string(value, where + " \"" + key + "\"");
	}

	static String string(JsonElement value, String what) {
		if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
			throw new IllegalArgumentException(what + " must be a string, not " + value);
		}
		return primitive.getAsString();
	}

	/** The string under {@code key}, or null when the key is absent or null. */
	static String optionalString(JsonObject object, String key, String where) {
		JsonElement value = object.get(key);
		return value == null || value.isJsonNull() ? null : string(value, where + " \"" + key + "\"");
	}

	static int integer(JsonObject object, String key, String where) {
		JsonElement value = object.get(key);
		if (value == null) {
			throw new IllegalArgumentException(where + " has no \"" + key + "\"");
		}
		return integer(value, where + " \"" + key + "\"");
	}

	static int integer(JsonElement value, String what) {
		if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()) {
			throw new IllegalArgumentException(what + " must be a number, not " + value);
		}
		try {
			return primitive.getAsBigDecimal().intValueExact();
		} catch (ArithmeticException e) {
			throw new IllegalArgumentException(what + " must be a whole number within int range, not " + value, e);
		}
	}

	/** The elements of the array under {@code key}; none when the key is absent. */
	static List<JsonElement> array(JsonObject object, String key, String where) {
		JsonElement value = object.get(key);
		if (value == null) {
			return List.of();
		}
		return array(value, where + " \"" + key + "\"");
	}

	static List<JsonElement> array(JsonElement value, String what) {
		if (!value.isJsonArray()) {
			throw new IllegalArgumentException(what + " must be an array, not " + value);
		}
		return value.getAsJsonArray().asList();
	}

	static JsonObject object(JsonElement value, String what) {
		if (!value.isJsonObject()) {
			throw new IllegalArgumentException(what + " must be an object, not " + value);
		}
		return value.getAsJsonObject();
	}
}
