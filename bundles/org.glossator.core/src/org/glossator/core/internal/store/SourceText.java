package org.glossator.core.internal.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32C;

import org.glossator.core.store.CorpusException;
import org.glossator.core.store.CorpusStore;

/**
 * A source text, decoded strictly as UTF-8, the lower-case hex SHA-256 of its bytes and their CRC32C (which names the
 * text's version in the store's previews, checked far faster than the hash).
 */
public record SourceText(String text, String sha256, int crc32c) {

	public static SourceText read(Path file) throws CorpusException {
		return read(file, null);
	}

	/** As {@link #read(Path)}, taking the text of a version of the file read before if the bytes have its length and CRC32C. */
	public static SourceText read(Path file, CorpusStore.TextVersion readBefore) throws CorpusException {
		byte[] bytes = bytes(file);
		CRC32C crc = new CRC32C();
		crc.update(bytes);
		int crc32c = (int) crc.getValue();
		boolean unchanged = readBefore != null && readBefore.file().equals(file) && readBefore.byteLength() == bytes.length
				&& readBefore.crc32c() == crc32c;
		String text = unchanged ? readBefore.text() : decode(file, bytes);
		return new SourceText(text, sha256(bytes), crc32c);
	}

	/**
	 * The text, checked as {@link #read} checks it, and the CRC32C of its bytes, without their hash: hashing a large text
	 * costs as much again.
	 */
	public static CorpusStore.TextVersion readVersion(Path file) throws CorpusException {
		byte[] bytes = bytes(file);
		CRC32C crc = new CRC32C();
		crc.update(bytes);
		return new CorpusStore.TextVersion(file, decode(file, bytes), bytes.length, (int) crc.getValue());
	}

	private static byte[] bytes(Path file) throws CorpusException {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new CorpusException(file, "Cannot read the text " + file + ": " + e, e);
		}
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	/** Refuses what a lenient decoder would turn into U+FFFD and so shift every offset after it. */
	private static String decode(Path file, byte[] bytes) throws CorpusException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		// UTF-8 never decodes to more chars than it has bytes.
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int offset = in.position();
			throw new CorpusException(file, String.format(
					"The text %s is not valid UTF-8: byte 0x%02X at byte offset %d (line %d) does not decode. Save the text as UTF-8.",
					file, bytes[offset] & 0xFF, offset, lineAt(bytes, offset)));
		}
		return out.flip().toString();
	}

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}
}
