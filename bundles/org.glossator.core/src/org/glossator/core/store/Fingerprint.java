package org.glossator.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.Checksum;

/**
 * The length and CRC32C of a file's bytes: how a preview's name tells which versions of the annotation file and the
 * text it was made from. CRC32C, not a cryptographic hash: it only has to notice changes, and the processor computes
 * it, so checking a large document's files before showing its preview costs milliseconds.
 */
record Fingerprint(long length, int crc) {

	static Fingerprint of(Path file) throws IOException {
		Tally tally = new Tally();
		try (InputStream in = new CheckedInputStream(Files.newInputStream(file), tally)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return tally.fingerprint();
	}

	/**
	 * Takes the fingerprint of the bytes on their way to or from a file (through a {@code CheckedOutputStream} or
	 * {@code CheckedInputStream}), which spares reading the file again.
	 */
	static final class Tally implements Checksum {

		private final CRC32C crc = new CRC32C();
		private long length;

		@Override
		public void update(int b) {
			crc.update(b);
			length++;
		}

		@Override
		public void update(byte[] bytes, int offset, int count) {
			crc.update(bytes, offset, count);
			length += count;
		}

		@Override
		public long getValue() {
			return crc.getValue();
		}

		@Override
		public void reset() {
			crc.reset();
			length = 0;
		}

		Fingerprint fingerprint() {
			return new Fingerprint(length, (int) crc.getValue());
		}
	}
}
