package org.glossator.core.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * The length and CRC32C of a file's bytes: how a preview's name tells which versions of the annotation file and the
 * text it was made from. CRC32C, not a cryptographic hash: it only has to notice changes, and the processor computes
 * it, so checking a large document's files before showing its preview costs milliseconds.
 */
record Fingerprint(long length, int crc) {

	static Fingerprint of(Path file) throws IOException {
		CRC32C crc = new CRC32C();
		long length = 0;
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				crc.update(buffer, 0, read);
				length += read;
			}
		}
		return new Fingerprint(length, (int) crc.getValue());
	}

	static Fingerprint of(byte[] bytes) {
		CRC32C crc = new CRC32C();
		crc.update(bytes);
		return new Fingerprint(bytes.length, (int) crc.getValue());
	}

	/** Fingerprints the bytes written through it on their way to a file, which spares reading the file again. */
	static final class Recorder extends FilterOutputStream {

		private final CRC32C crc = new CRC32C();
		private long length;

		Recorder(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			crc.update(b);
			length++;
		}

		@Override
		public void write(byte[] bytes, int offset, int count) throws IOException {
			out.write(bytes, offset, count);
			crc.update(bytes, offset, count);
			length += count;
		}

		Fingerprint fingerprint() {
			return new Fingerprint(length, (int) crc.getValue());
		}
	}
}
